/**
 * A content-addressed cache of the build's pure work (rendered Markdown, ajv's verdict on an
 * event's samples, the TypeScript types) under `.hookref/cache/`. An entry's key is the SHA-256 of
 * everything its result depends on: the input text the caller passes plus hookref's own source
 * (every file under `src/`, astro.config, `package.json` and the lock file, so a new hookref version or a changed
 * helper of hookref's is a new key). A changed input is a different key, so an entry is never stale;
 * a one-event change recomputes that event's entries only.
 *
 * `HOOKREF_CACHE=off` computes everything and reads and writes nothing (the cold builds of the tests).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR } from './paths.ts';
import { writeAtomically } from './write-atomically.ts';

const enabled = () => process.env.HOOKREF_CACHE !== 'off';

/**
 * hookref's own code and dependencies as one hash, part of every key: every file under `src/`,
 * the Astro and TypeScript configs, `package.json` (its version) and the lock file, read from
 * `root` (the project).
 */
export function hookrefSourceHash(root?: string): string {
	// This project's, once per process: a running process keeps the code it started with.
	if (root === undefined) return (ownSourceHash ??= hookrefSourceHash(process.cwd()));
	const hash = createHash('sha256');
	const files = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
	for (const file of [...files, ...['astro.config.mjs', 'ec.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'].map((name) => path.join(root, name))]) {
		if (!existsSync(file)) continue;
		hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex');
}
let ownSourceHash: string | undefined;

/** An entry's key: the input under hookref's source hash. */
const keyOf = (sourceHash: string, input: string) => createHash('sha256').update(sourceHash).update('\0').update(input).digest('base64url');

/** Where the caches of the project at `root` (default: this one) live. */
const cacheDirOf = (root: string | undefined) => (root ? path.join(root, '.hookref', 'cache') : CACHE_DIR);

export class ContentCache<T> {
	private readonly file: string;
	private readonly root: string;
	private sourceHash: string | undefined;
	private stored: Record<string, T> | undefined;
	/** The entries this build used: only they are written back, so the cache never grows stale rows. */
	private readonly used = new Map<string, T>();

	/** `root`: the hookref project whose source is hashed and whose `.hookref/cache/` holds the entries. */
	constructor(kind: string, root?: string) {
		this.root = root ?? process.cwd();
		this.file = path.join(cacheDirOf(root), `${kind}.json`);
	}

	private load(): Record<string, T> {
		if (!this.stored) {
			this.stored = {};
			if (enabled() && existsSync(this.file)) {
				try {
					this.stored = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, T>;
				} catch {
					// A torn or foreign file is an empty cache.
				}
			}
		}
		return this.stored;
	}

	private keyOf(input: string): string {
		return keyOf((this.sourceHash ??= hookrefSourceHash(this.root)), input);
	}

	/** `compute()`'s result for `input` (every value the result depends on, as text). */
	get(input: string, compute: () => T): T {
		if (!enabled()) return compute();
		const key = this.keyOf(input);
		const hit = this.used.get(key) ?? this.load()[key];
		const value = hit !== undefined ? hit : compute();
		this.used.set(key, value);
		return value;
	}

	/** `get` for work that is asynchronous. */
	async getAsync(input: string, compute: () => Promise<T>): Promise<T> {
		if (!enabled()) return compute();
		const key = this.keyOf(input);
		const hit = this.used.get(key) ?? this.load()[key];
		const value = hit !== undefined ? hit : await compute();
		this.used.set(key, value);
		return value;
	}

	/** Writes the entries used by this build (atomically: a reader never sees half a file). */
	save(): void {
		if (!enabled() || this.used.size === 0) return;
		writeAtomically(this.file, JSON.stringify(Object.fromEntries(this.used)));
	}
}

/**
 * `ContentCache` for large values (a validator module is ~50 KB, a checked event ~20 KB): one file
 * per entry under `.hookref/cache/<kind>/`, read only when asked for, so a build never parses the
 * whole cache. `save()` deletes the entries this build did not use.
 */
export class ContentFileCache {
	private readonly dir: string;
	private readonly root: string;
	private sourceHash: string | undefined;
	private readonly used = new Set<string>();

	constructor(kind: string, root?: string) {
		this.root = root ?? process.cwd();
		this.dir = path.join(cacheDirOf(root), kind);
	}

	private fileOf(input: string): string {
		const key = keyOf((this.sourceHash ??= hookrefSourceHash(this.root)), input);
		this.used.add(key);
		return path.join(this.dir, key);
	}

	/** The entry stored for `input`, if any. */
	read(input: string): Buffer | undefined {
		if (!enabled()) return undefined;
		const file = this.fileOf(input);
		return existsSync(file) ? readFileSync(file) : undefined;
	}

	/** Stores `value` as the entry for `input`. */
	write(input: string, value: string | Buffer): void {
		if (enabled()) writeAtomically(this.fileOf(input), value);
	}

	get(input: string, compute: () => string): string {
		const stored = this.read(input);
		if (stored) return stored.toString('utf8');
		const value = compute();
		this.write(input, value);
		return value;
	}

	/** Removes the entries (and torn temporary files) this build did not use. */
	save(): void {
		if (!enabled() || !existsSync(this.dir)) return;
		for (const name of readdirSync(this.dir)) if (!this.used.has(name)) rmSync(path.join(this.dir, name), { force: true });
	}
}
