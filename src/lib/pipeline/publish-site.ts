/**
 * Atomic publishing: `dist/` is at every instant either the complete previous site or the complete
 * new one. `dist` is a symbolic link to a complete site folder in `.dist-versions/` beside it; a
 * new site is moved there whole, then a fresh link is renamed over `dist`. rename(2) replaces the
 * link in one step, so a reader (or a kill) never sees a missing or half-written `dist/`. The old
 * site is then discarded (trash.ts: moved aside, deleted in the background); leftovers of a killed
 * build are discarded by the next one.
 *
 * Hosts and tools given `dist/` read the folder it points to (nginx, `tar`, the GitHub Pages
 * upload, Netlify and Wrangler deploys); `cp -rL dist/ …` copies the site itself.
 */
import { lstatSync, mkdirSync, readdirSync, renameSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { discard } from './trash.ts';

/** The steps of a publish, in order; `onStep` is called before each (the tests kill the build there). */
export const PUBLISH_STEPS = ['move-site', 'link', 'swap', 'remove-old'] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number];

/** The folder beside `outDir` holding the site versions `outDir` links to: `dist` → `.dist-versions`. */
export const versionsDirOf = (outDir: string) => path.join(path.dirname(outDir), `.${path.basename(outDir)}-versions`);

let publishes = 0;

/**
 * Replaces the site at `outDir` with the finished site in `stagingDir` (same file system) in one
 * atomic rename. `stagingDir` is consumed.
 */
export function publishSite(stagingDir: string, outDir: string, onStep: (step: PublishStep) => void = () => {}): void {
	const versions = versionsDirOf(outDir);
	mkdirSync(versions, { recursive: true });
	// Unique even for two publishes of one process within a millisecond.
	const id = `${Date.now().toString(36)}-${process.pid}-${++publishes}`;
	const site = path.join(versions, id);

	onStep('move-site');
	renameSync(stagingDir, site);

	onStep('link');
	// A relative target, so the project folder can move; made beside the versions, then renamed in.
	const link = path.join(versions, `link-${id}`);
	symlinkSync(path.relative(path.dirname(outDir), site), link, 'dir');

	onStep('swap');
	const previous = lstatIfAny(outDir);
	if (previous && !previous.isSymbolicLink()) {
		// A plain `dist/` folder (from before sites were linked, or copied in by hand) cannot be
		// swapped atomically: set it aside, then link. This happens once per output folder.
		if (!previous.isDirectory()) throw new Error(`${outDir} is neither a folder nor a link to one: remove it and build again.`);
		renameSync(outDir, path.join(versions, `${id}-previous`));
	}
	renameSync(link, outDir);

	onStep('remove-old');
	for (const entry of readdirSync(versions)) if (entry !== id) discard(path.join(versions, entry));
}

/** What is at `file` itself (a link is not followed), or undefined when nothing is. */
const lstatIfAny = (file: string) => lstatSync(file, { throwIfNoEntry: false });
