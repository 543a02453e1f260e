/**
 * Astro's public folder (`PUBLIC_STAGING_DIR`): the project's `public/` plus, under
 * `--prepare-only` and `npm run dev`, every generated download. A build empties it before Astro
 * starts: Vite copies whatever it holds into the site, and the last dev session's downloads
 * (of events since deleted, say) must not be among them.
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { discard } from './trash.ts';
import { PUBLIC_DIR, PUBLIC_STAGING_DIR, WORK_DIR } from './paths.ts';

/**
 * Empties the public staging folder and copies the project's `public/` into it. The last run's
 * thousands of files are discarded at once (trash.ts; seconds to delete at 2,000 events).
 */
export function resetPublicStaging(): void {
	mkdirSync(WORK_DIR, { recursive: true });
	if (existsSync(PUBLIC_STAGING_DIR)) discard(PUBLIC_STAGING_DIR);
	if (existsSync(PUBLIC_DIR)) cpSync(PUBLIC_DIR, PUBLIC_STAGING_DIR, { recursive: true });
}
