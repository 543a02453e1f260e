/** The pages' single source: the model written by the build's prepare step, read once. */
import { existsSync, readFileSync } from 'node:fs';
import { SITE_MODEL_FILE } from '../build/paths.ts';
import type { SiteModel } from './site-model.ts';

let cached: SiteModel | undefined;

export function getSiteModel(): SiteModel {
	if (!cached) {
		if (!existsSync(SITE_MODEL_FILE)) {
			throw new Error(`${SITE_MODEL_FILE} is missing: run \`npm run build\` (or \`npm run dev\`), not astro directly.`);
		}
		cached = JSON.parse(readFileSync(SITE_MODEL_FILE, 'utf8')) as SiteModel;
	}
	return cached;
}
