/**
 * Checked events kept between builds, so that a rebuild imports, bundles and checks only the event
 * files whose sources changed. An event file's checked event (plain data: `RegistryEvent`) is a
 * function of its sources (the file and every registry file it imports, directly or not),
 * platform.ts's sources, the registry's internal names and hookref's own source. An entry's key is
 * the digest of all of them but the names, which are stored with the entry and compared once the
 * load knows them. Only events that checked without an issue are stored: a file with a mistake is
 * imported and reported every time.
 *
 * The import graph is the one esbuild followed when it last bundled each file (bundle-registry.ts),
 * kept per listing of the registry folder: while no file is added, removed or renamed, an unchanged
 * file resolves its imports as before, so its graph holds without bundling it again. Resolution
 * also reads the `tsconfig.json` and `package.json` files above the registry: their digests are part
 * of the listing.
 *
 * An event importing a file outside the registry folder (whose own imports are not followed) or a
 * package hookref's lock file does not pin is never stored. Entries are v8-serialised: a checked event comes back exactly as it was made
 * (key order, `undefined` values), so the site is the same, byte for byte, as a cold build's.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { ContentCache, ContentFileCache } from '../pipeline/content-cache.ts';
import type { RegistryBundle } from './bundle-registry.ts';
import type { RegistryEvent } from './model.ts';

interface StoredEvent {
	/** The internal names the event was checked against (its public text must not contain them). */
	names: string;
	event: RegistryEvent;
}

/** What esbuild found a file to import, as of its digest; paths relative to the registry folder. */
type ImportGraph = Record<string, { digest: string; imports: string[]; outside: boolean }>;

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url');

/** `file`'s digest as it is on disk now, or undefined when it cannot be read (gone, a folder). */
function digestOfFile(file: string): string | undefined {
	try {
		return digest(readFileSync(file));
	} catch {
		return undefined;
	}
}

/** The configuration files esbuild's resolution reads above `root`, with their digests. */
function resolutionConfigs(root: string): string[] {
	const found: string[] = [];
	for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
		for (const name of ['tsconfig.json', 'jsconfig.json', 'package.json']) {
			const file = path.join(dir, name);
			if (existsSync(file)) found.push(`${file} ${digest(readFileSync(file))}`);
		}
		if (path.dirname(dir) === dir) return found;
	}
}

export class LoadCache {
	private readonly entries = new ContentFileCache('checked-events');
	private readonly graphs = new ContentCache<ImportGraph>('registry-graph');
	private readonly graph: ImportGraph;
	private readonly root: string;
	/** Each file's digest as the load began: a file saved during the load is not stored. */
	private readonly digests = new Map<string, string | undefined>();
	private platformSources: string | undefined;

	/** `sources`: the registry's `.ts` files as read when the load began, by absolute path. */
	constructor(
		dir: string,
		private readonly platformFile: string,
		sources: Map<string, Uint8Array>,
	) {
		this.root = path.resolve(dir);
		for (const [file, bytes] of sources) this.digests.set(file, digest(bytes));
		const listing = readdirSync(this.root, { recursive: true, encoding: 'utf8' }).sort();
		// The graph is updated in place as bundles find imports, and saved as it is then.
		this.graph = this.graphs.get(JSON.stringify([listing, resolutionConfigs(this.root)]), () => ({}));
	}

	private digestOf(file: string): string | undefined {
		if (!this.digests.has(file)) this.digests.set(file, digestOfFile(file));
		return this.digests.get(file);
	}

	/**
	 * The sources `file` runs, as `path digest` lines; undefined when the graph does not hold them
	 * all (a file changed since it was last bundled, or one that imports from outside the registry).
	 */
	private sourcesOf(file: string, digestOf = (source: string) => this.digestOf(source)): string | undefined {
		const seen = new Map<string, string>();
		const pending = [path.relative(this.root, path.resolve(file))];
		while (pending.length > 0) {
			const next = pending.pop()!;
			if (seen.has(next)) continue;
			const known = this.graph[next];
			const current = digestOf(path.join(this.root, next));
			if (!known || known.outside || current === undefined || known.digest !== current) return undefined;
			seen.set(next, current);
			pending.push(...known.imports);
		}
		return [...seen]
			.map(([source, sourceDigest]) => `${source} ${sourceDigest}`)
			.sort()
			.join('\n');
	}

	private inputOf(file: string, platform: string | undefined, digestOf?: (source: string) => string | undefined): string | undefined {
		const sources = platform && this.sourcesOf(file, digestOf);
		return sources ? JSON.stringify([file, sources, platform]) : undefined;
	}

	/** The event an earlier load checked for `file` with the same sources, if it stored one. */
	read(file: string): StoredEvent | undefined {
		const input = this.inputOf(file, (this.platformSources ??= this.sourcesOf(this.platformFile)));
		const stored = input === undefined ? undefined : this.entries.read(input);
		if (!stored) return undefined;
		try {
			return deserialize(stored) as StoredEvent;
		} catch {
			return undefined; // a foreign or torn entry: the file is imported
		}
	}

	/** Adds what `bundle` found each of its files to import to the graph. */
	learn(bundle: Pick<RegistryBundle, 'imports' | 'outside'>): void {
		this.platformSources = undefined;
		for (const [file, imports] of bundle.imports) {
			const fileDigest = this.digestOf(file);
			// Not a file on disk: unknown to the graph, so no event that reaches it is stored.
			if (fileDigest === undefined) continue;
			this.graph[path.relative(this.root, file)] = {
				digest: fileDigest,
				imports: imports.map((source) => path.relative(this.root, source)),
				outside: bundle.outside.has(file),
			};
		}
	}

	/**
	 * Stores `events`, checked against `names` without an issue, whose sources on disk are still
	 * those the load began with (read again: a file saved during the load is not stored).
	 */
	write(events: RegistryEvent[], names: string): void {
		const now = new Map<string, string | undefined>();
		const digestNow = (source: string) => {
			if (!now.has(source)) now.set(source, digestOfFile(source));
			return now.get(source);
		};
		const platform = this.sourcesOf(this.platformFile);
		if (platform === undefined || platform !== this.sourcesOf(this.platformFile, digestNow)) return;
		for (const event of events) {
			const input = this.inputOf(event.file, platform);
			if (input === undefined || input !== this.inputOf(event.file, platform, digestNow)) continue;
			this.entries.write(input, serialize({ names, event } satisfies StoredEvent));
		}
	}

	/** Saves the graph and deletes the entries this load neither read nor wrote. */
	save(): void {
		this.graphs.save();
		this.entries.save();
	}
}
