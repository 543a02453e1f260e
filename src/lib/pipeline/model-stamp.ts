/**
 * Whether the site model on disk was made from the registry as it is now. Beside the model, the
 * build and the dev server write a stamp: the hash of what the model is made from, namely
 * hookref's own source, every file in the registry folder (events, helpers, `platform.ts`,
 * releases and their notes) and the environment variables the model reads. `npm run dev` serves
 * the model on disk at once when the stamp matches, while the registry loads.
 *
 * A file outside the registry folder that an event imports is not in the stamp: the load that
 * follows rewrites whatever it changes, and the open page reloads.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { hookrefSourceHash } from './content-cache.ts';
import { SITE_STAMP_FILE } from './paths.ts';
import { writeAtomically } from './write-atomically.ts';

/** The environment variables the model depends on (site-model.ts, urls.ts). */
const MODEL_ENVIRONMENT = ['SITE_URL', 'RECEIVER_URL'] as const;

/**
 * Each file's digest, by path, as of its size and modification time: the dev server stamps the
 * registry on every save, and reads again only the files that changed since (as git's index does).
 */
const digests = new Map<string, { size: number; mtimeMs: number; digest: string }>();

function digestOf(file: string, stats: { size: number; mtimeMs: number }): string {
	const known = digests.get(file);
	if (known && known.size === stats.size && known.mtimeMs === stats.mtimeMs) return known.digest;
	const digest = createHash('sha256').update(readFileSync(file)).digest('hex');
	digests.set(file, { size: stats.size, mtimeMs: stats.mtimeMs, digest });
	return digest;
}

/** The stamp of the registry in `eventsDir` as it is on disk now. */
export function registryStamp(eventsDir: string): string {
	const hash = createHash('sha256').update(hookrefSourceHash()).update('\0');
	for (const name of MODEL_ENVIRONMENT) hash.update(`${name}=${process.env[name] ?? ''}\0`);
	const root = path.resolve(eventsDir);
	// Followed links are read as their targets are (registry-files.ts follows them too).
	for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
		const file = path.join(root, name);
		let stats;
		try {
			stats = statSync(file);
		} catch {
			continue; // a dangling link: the load reports it
		}
		if (stats.isFile()) hash.update(name).update('\0').update(digestOf(file, stats)).update('\0');
	}
	return hash.digest('hex');
}

/** Forgets the stamp: the model is about to change. */
export const clearModelStamp = () => rmSync(SITE_STAMP_FILE, { force: true });

/** Records that the model just written was made from `stamp`. */
export const writeModelStamp = (stamp: string) => writeAtomically(SITE_STAMP_FILE, stamp);

/** Whether the model on disk was made from the registry in `eventsDir` as it is now. */
export function modelIsCurrent(eventsDir: string): boolean {
	if (!existsSync(SITE_STAMP_FILE)) return false;
	try {
		return readFileSync(SITE_STAMP_FILE, 'utf8') === registryStamp(eventsDir);
	} catch {
		return false; // no registry folder: the load reports it
	}
}
