/**
 * The pages' source: the model written by the build's prepare step. What every page shares
 * (platform, categories, sidebar data, guides) is one file, read once per process; each event page
 * and each released-version page reads only its own file, so no page parses the whole registry and
 * the renderer never holds every page's data at once.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { SITE_DOWNLOADS_FILE, SITE_MODEL_FILE, SITE_PAGES_DIR } from '../pipeline/paths.ts';
import { clearModelStamp, writeModelStamp } from '../pipeline/model-stamp.ts';
import { writeAtomically } from '../pipeline/write-atomically.ts';
import type { VersionPageModel } from './history-model.ts';
import type { EventPageModel, SiteModel } from './site-model.ts';

/** The shared part: the model without the pages' own data, plus how many of each page there are. */
export type SharedSiteModel = Omit<SiteModel, 'events' | 'history' | 'downloadIndex'> & {
	/** Each event's history is in its page's file. */
	history: Omit<SiteModel['history'], 'versionPages' | 'events'>;
	/** Event page i reads `events/<i>.json`, in this order. */
	eventSlugs: string[];
	/** Version page i reads `versions/<i>.json`. */
	versionPageKeys: { slug: string; version: string }[];
};

const pageFile = (kind: 'events' | 'versions', index: number) => path.join(SITE_PAGES_DIR, kind, `${index}.json`);


/** Writes `content` to `file` unless it holds it already; whether it wrote. */
function writeIfChanged(file: string, content: string): boolean {
	try {
		if (readFileSync(file, 'utf8') === content) return false;
	} catch {
		// not there yet
	}
	writeAtomically(file, content);
	return true;
}

/**
 * Writes the model as the pages read it (the build's prepare step, and the dev server on every
 * registry save): each page's file, then the shared file, each renamed into place, and each left
 * alone when it holds the same already. `stamp` (model-stamp.ts) says what the model was made
 * from; it is cleared first, so a write cut short leaves none. Returns whether any file changed.
 */
export function writeSiteModel(model: SiteModel, stamp?: string): boolean {
	clearModelStamp();
	let changed = false;
	for (const kind of ['events', 'versions'] as const) mkdirSync(path.join(SITE_PAGES_DIR, kind), { recursive: true });
	model.events.forEach((event, i) => (changed = writeIfChanged(pageFile('events', i), JSON.stringify(event)) || changed));
	model.history.versionPages.forEach((page, i) => (changed = writeIfChanged(pageFile('versions', i), JSON.stringify(page)) || changed));
	// Files of pages that no longer exist (a registry that shrank).
	for (const [kind, count] of [['events', model.events.length], ['versions', model.history.versionPages.length]] as const) {
		for (const name of readdirSync(path.join(SITE_PAGES_DIR, kind))) {
			if (!/^\d+\.json$/.test(name) || Number.parseInt(name, 10) >= count) {
				rmSync(path.join(SITE_PAGES_DIR, kind, name), { force: true });
				changed = true;
			}
		}
	}
	// Its own file: the sizes change with every schema, and only the Downloads page reads them, so
	// the shared file (part of every reused page's key, pipeline/reused-pages.ts) stays the same.
	changed = writeIfChanged(SITE_DOWNLOADS_FILE, JSON.stringify(model.downloadIndex)) || changed;
	const { events, history, downloadIndex: _downloadIndex, ...rest } = model;
	const { versionPages, events: _perEvent, ...sharedHistory } = history;
	const shared: SharedSiteModel = {
		...rest,
		history: sharedHistory,
		eventSlugs: events.map((event) => event.slug),
		versionPageKeys: versionPages.map((page) => ({ slug: page.slug, version: page.version })),
	};
	mkdirSync(path.dirname(SITE_MODEL_FILE), { recursive: true });
	changed = writeIfChanged(SITE_MODEL_FILE, JSON.stringify(shared)) || changed;
	if (stamp) writeModelStamp(stamp);
	return changed;
}

let cached: SharedSiteModel | undefined;
let cachedStamp: string | undefined;

/** Under `npm run dev` the model is rewritten (renamed over) on every registry save. */
const stampOf = (file: string) => {
	const stat = statSync(file);
	return `${stat.ino}:${stat.mtimeMs}`;
};

export function getSiteModel(): SharedSiteModel {
	if (cached && import.meta.env?.DEV && existsSync(SITE_MODEL_FILE) && stampOf(SITE_MODEL_FILE) !== cachedStamp) cached = undefined;
	if (!cached) {
		if (!existsSync(SITE_MODEL_FILE)) {
			throw new Error(`${SITE_MODEL_FILE} is missing: run \`npm run build\` (or \`npm run dev\`), not astro directly.`);
		}
		cachedStamp = stampOf(SITE_MODEL_FILE);
		cached = JSON.parse(readFileSync(SITE_MODEL_FILE, 'utf8')) as SharedSiteModel;
	}
	return cached;
}

/** The Downloads page's list of files. */
export const getDownloadIndex = (): SiteModel['downloadIndex'] => JSON.parse(readFileSync(SITE_DOWNLOADS_FILE, 'utf8')) as SiteModel['downloadIndex'];

/** The model of event page `index` (its position in `eventSlugs`). */
export const getEventPage = (index: number): EventPageModel => JSON.parse(readFileSync(pageFile('events', index), 'utf8')) as EventPageModel;

/** The model of version page `index` (its position in `versionPageKeys`). */
export const getVersionPage = (index: number): VersionPageModel => JSON.parse(readFileSync(pageFile('versions', index), 'utf8')) as VersionPageModel;
