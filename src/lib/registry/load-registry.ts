/**
 * Reads a registry folder: `platform.ts` plus one event per `.ts` file (files and folders whose
 * name starts with `_` are helpers and are skipped). Every problem found is collected and thrown
 * as one `RegistryError`, so a user sees all their mistakes at once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { pathToFileURL } from 'node:url';
import { bundleRegistry, type ImportModule, type RegistryBundle } from './bundle-registry.ts';
import { EventDefinitionSchema } from './event-definition.ts';
import { fromZodIssues, RegistryError, type RegistryIssue } from './errors.ts';
import type { Registry } from './model.ts';
import { PlatformConfigSchema } from './platform-config.ts';
import { describeLoadError } from './load-error.ts';
import { checkUtf8, listRegistryFiles, PLATFORM_FILE } from './registry-files.ts';
import { LoadCache } from './load-cache.ts';
import { internalNamesKey, internalNamesOf, validateRegistry, type CheckedEventCache, type LoadedEvent } from './validate-registry.ts';

/** Event files imported at once. */
const IMPORT_BATCH = 64;

// Each event's body schema parses only its few samples: zod's JIT (which compiles a fast path
// per object schema) costs more than it saves here, ~4× at 500 events.
z.config({ jitless: true });

/** Event files of a registry folder, sorted for deterministic output. */
export function listEventFiles(dir: string): string[] {
	return listRegistryFiles(dir).eventFiles;
}

const importNative = (file: string) => import(pathToFileURL(path.resolve(file)).href);

async function importDefault(file: string, importModule: ImportModule = importNative): Promise<{ value?: unknown; issue?: RegistryIssue }> {
	try {
		const module = await importModule(file);
		if (!('default' in module)) {
			return { issue: { file, message: 'has no default export. Export the result of defineEvent(…) as default.' } };
		}
		return { value: module.default };
	} catch (error) {
		return { issue: describeLoadError(file, error) };
	}
}

export type { ImportModule };

export interface LoadOptions {
	/**
	 * Skip the ajv check of samples against the emitted JSON Schema; the caller runs
	 * `checkRegistryWithJsonSchema` itself (the build does, while Astro renders). zod still runs.
	 */
	deferJsonSchemaCheck?: boolean;
	/**
	 * How registry files are imported; the dev server re-imports edited ones (src/lib/dev/).
	 * By default the registry is bundled in one esbuild pass (bundle-registry.ts).
	 */
	importModule?: ImportModule;
	/** Checked events of unchanged files, kept across loads by the dev server (see `validateRegistry`). */
	checkedEvents?: CheckedEventCache;
	/**
	 * Read the checked events of files unchanged since an earlier load from `.hookref/cache/`, and
	 * store this load's (load-cache.ts): the build's. Needs the bundle (no `importModule`).
	 */
	cache?: boolean;
}

export async function loadRegistry(dir: string, options: LoadOptions = {}): Promise<Registry> {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		throw new RegistryError([{ file: dir, message: 'is not a folder. Set EVENTS_DIR to a registry folder.' }]);
	}
	const platformFile = path.join(dir, PLATFORM_FILE);
	if (!existsSync(platformFile)) {
		throw new RegistryError([
			{ file: platformFile, message: 'is missing. Every registry needs a platform.ts that exports definePlatform(…).' },
		]);
	}
	// Before anything is imported: a folder that loops or a file that is not UTF-8 would
	// otherwise surface as a thousand import failures or as silently replaced characters.
	const files = listRegistryFiles(dir);
	const sources = new Map(files.sourceFiles.map((file) => [path.resolve(file), readFileSync(file)]));
	const fileIssues = [...files.issues, ...files.sourceFiles.map((file) => checkUtf8(file, sources.get(path.resolve(file)))).filter((issue) => issue !== undefined)];
	if (fileIssues.length > 0) throw new RegistryError(fileIssues);
	const cache = options.cache && !options.importModule ? new LoadCache(dir, platformFile, sources) : undefined;
	const bundles: RegistryBundle[] = [];
	/** An import for `files`: the caller's, else one esbuild bundle of them (bundle-registry.ts). */
	const importerOf = async (files: string[]): Promise<ImportModule> => {
		if (options.importModule) return options.importModule;
		const bundle = await bundleRegistry(dir, files, importNative);
		if (!bundle) return importNative;
		bundles.push(bundle);
		cache?.learn(bundle);
		return bundle.importModule;
	};
	try {
		return await loadFiles(dir, platformFile, files.eventFiles, { ...options, importerOf }, cache);
	} finally {
		for (const bundle of bundles) bundle.dispose();
	}
}

async function loadFiles(
	dir: string,
	platformFile: string,
	eventFiles: string[],
	options: LoadOptions & { importerOf: (files: string[]) => Promise<ImportModule> },
	cache?: LoadCache,
): Promise<Registry> {
	// Files unchanged since a load that checked them are read back, neither bundled nor imported (load-cache.ts).
	const stored = new Map(eventFiles.flatMap((file) => {
		const entry = cache?.read(file);
		return entry ? [[file, entry] as const] : [];
	}));
	const importModule = await options.importerOf([platformFile, ...eventFiles.filter((file) => !stored.has(file))]);
	const loadedPlatform = await importDefault(platformFile, importModule);
	if (loadedPlatform.issue) throw new RegistryError([loadedPlatform.issue]);
	const platform = PlatformConfigSchema.safeParse(loadedPlatform.value);
	if (!platform.success) throw new RegistryError(fromZodIssues(platform.error, { file: platformFile }));

	const issues: RegistryIssue[] = [];
	const imported = new Map<string, LoadedEvent | undefined>();
	/** Imports `files` (imports overlap; results keep file order) into `imported`, or their issues. */
	const importFiles = async (files: string[], importModule: ImportModule) => {
		for (let i = 0; i < files.length; i += IMPORT_BATCH) {
			const batch = files.slice(i, i + IMPORT_BATCH);
			const modules = await Promise.all(batch.map((file) => importDefault(file, importModule)));
			batch.forEach((file, j) => imported.set(file, definitionOf(file, modules[j]!, issues)));
		}
	};
	/** Every event file as loaded so far, in file order. */
	const loadedEvents = () =>
		eventFiles.flatMap((file): LoadedEvent[] => {
			const entry = stored.get(file);
			const event = entry ? { file, checked: entry.event } : imported.get(file);
			return event ? [event] : [];
		});
	await importFiles(eventFiles.filter((file) => !stored.has(file)), importModule);
	const names = internalNamesKey(internalNamesOf(loadedEvents()));
	// A stored event was checked against the internal names of its load: if they changed, its text
	// is checked again (its own type and visibility are what they were, so the names stay).
	const stale = [...stored].filter(([, entry]) => entry.names !== names).map(([file]) => file);
	for (const file of stale) stored.delete(file);
	if (stale.length > 0) await importFiles(stale, await options.importerOf(stale));
	const loaded = loadedEvents();
	const { registry, issues: semanticIssues } = validateRegistry(dir, platform.data, loaded, {
		partial: issues.length > 0,
		deferJsonSchemaCheck: options.deferJsonSchemaCheck,
		checkedEvents: options.checkedEvents,
	});
	issues.push(...semanticIssues);
	if (issues.length > 0) throw new RegistryError(issues);
	if (cache) {
		const imported = new Set(loaded.filter((event) => 'definition' in event).map((event) => event.file));
		cache.write(registry.events.filter((event) => imported.has(event.file)), names);
		cache.save();
	}
	return registry;
}

/** The definition a module exports, or undefined with its issues added to `issues`. */
function definitionOf(file: string, module: Awaited<ReturnType<typeof importDefault>>, issues: RegistryIssue[]): LoadedEvent | undefined {
	if (module.issue) {
		issues.push(module.issue);
		return undefined;
	}
	const event = typeof module.value === 'object' && module.value ? (module.value as { type?: unknown }).type : undefined;
	const parsed = EventDefinitionSchema.safeParse(module.value);
	if (!parsed.success) {
		issues.push(...fromZodIssues(parsed.error, { file, event: typeof event === 'string' ? event : undefined }));
		return undefined;
	}
	return { file, definition: parsed.data };
}
