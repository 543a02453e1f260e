/**
 * The pages' single source: the model written by the build's prepare step (or `npm run dev`),
 * read once, and again under the dev server whenever a registry save has rewritten it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { SITE_MODEL_FILE } from '../build/paths.ts';
import type { SiteModel } from './site-model.ts';

let cached: SiteModel | undefined;
let cachedStamp: string | undefined;

/** Under `npm run dev` the model is rewritten (renamed over) on every registry save. */
const stampOf = (file: string) => {
	const stat = statSync(file);
	return `${stat.ino}:${stat.mtimeMs}`;
};

export function getSiteModel(): SiteModel {
	if (cached && import.meta.env?.DEV && existsSync(SITE_MODEL_FILE) && stampOf(SITE_MODEL_FILE) !== cachedStamp) cached = undefined;
	if (!cached) {
		if (!existsSync(SITE_MODEL_FILE)) {
			throw new Error(`${SITE_MODEL_FILE} is missing: run \`npm run build\` (or \`npm run dev\`), not astro directly.`);
		}
		cachedStamp = stampOf(SITE_MODEL_FILE);
		cached = JSON.parse(readFileSync(SITE_MODEL_FILE, 'utf8')) as SiteModel;
	}
	return cached;
}
