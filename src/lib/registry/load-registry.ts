/**
 * Reads a registry folder: `platform.ts` plus one event per `.ts` file (files and folders whose
 * name starts with `_` are helpers and are skipped). Every problem found is collected and thrown
 * as one `RegistryError`, so a user sees all their mistakes at once.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { pathToFileURL } from 'node:url';
import { bundleRegistry, type ImportModule } from './bundle-registry.ts';
import { EventDefinitionSchema } from './event-definition.ts';
import { fromZodIssues, RegistryError, type RegistryIssue } from './errors.ts';
import type { Registry } from './model.ts';
import { PlatformConfigSchema } from './platform-config.ts';
import { describeLoadError } from './load-error.ts';
import { checkUtf8, listRegistryFiles, PLATFORM_FILE } from './registry-files.ts';
import { validateRegistry, type CheckedEventCache } from './validate-registry.ts';

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
	const fileIssues = [...files.issues, ...files.sourceFiles.map(checkUtf8).filter((issue) => issue !== undefined)];
	if (fileIssues.length > 0) throw new RegistryError(fileIssues);
	const bundle = options.importModule ? undefined : await bundleRegistry(dir, [platformFile, ...files.eventFiles], importNative);
	try {
		return await loadFiles(dir, platformFile, files.eventFiles, { ...options, importModule: options.importModule ?? bundle?.importModule });
	} finally {
		bundle?.dispose();
	}
}

async function loadFiles(dir: string, platformFile: string, eventFiles: string[], options: LoadOptions): Promise<Registry> {
	const loadedPlatform = await importDefault(platformFile, options.importModule);
	if (loadedPlatform.issue) throw new RegistryError([loadedPlatform.issue]);
	const platform = PlatformConfigSchema.safeParse(loadedPlatform.value);
	if (!platform.success) throw new RegistryError(fromZodIssues(platform.error, { file: platformFile }));

	const issues: RegistryIssue[] = [];
	const definitions = [];
	// Imports overlap (the TypeScript loader transpiles off the main thread); results keep file order.
	const modules: Awaited<ReturnType<typeof importDefault>>[] = [];
	for (let i = 0; i < eventFiles.length; i += IMPORT_BATCH) {
		modules.push(...(await Promise.all(eventFiles.slice(i, i + IMPORT_BATCH).map((file) => importDefault(file, options.importModule)))));
	}
	for (const [i, file] of eventFiles.entries()) {
		const loaded = modules[i]!;
		if (loaded.issue) {
			issues.push(loaded.issue);
			continue;
		}
		const event = typeof loaded.value === 'object' && loaded.value ? (loaded.value as { type?: unknown }).type : undefined;
		const parsed = EventDefinitionSchema.safeParse(loaded.value);
		if (!parsed.success) {
			issues.push(...fromZodIssues(parsed.error, { file, event: typeof event === 'string' ? event : undefined }));
			continue;
		}
		definitions.push({ file, definition: parsed.data });
	}
	const { registry, issues: semanticIssues } = validateRegistry(dir, platform.data, definitions, {
		partial: issues.length > 0,
		deferJsonSchemaCheck: options.deferJsonSchemaCheck,
		checkedEvents: options.checkedEvents,
	});
	issues.push(...semanticIssues);
	if (issues.length > 0) throw new RegistryError(issues);
	return registry;
}
