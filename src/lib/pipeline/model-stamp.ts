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

/** The stamp of the registry in `eventsDir` as it is on disk now. */
export function registryStamp(eventsDir: string): string {
	const hash = createHash('sha256').update(hookrefSourceHash()).update('\0');
	for (const name of MODEL_ENVIRONMENT) hash.update(`${name}=${process.env[name] ?? ''}\0`);
	const root = path.resolve(eventsDir);
	// Followed links are read as their targets are (registry-files.ts follows them too).
	const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((name) => {
			try {
				return statSync(path.join(root, name)).isFile();
			} catch {
				return false; // a dangling link: the load reports it
			}
		})
		.sort();
	for (const name of files) hash.update(name).update('\0').update(readFileSync(path.join(root, name))).update('\0');
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
