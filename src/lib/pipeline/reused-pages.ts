/**
 * Pages carried over from the previous build instead of rendered again. An event page's or a
 * released-version page's HTML is a pure function of its page file (`.hookref/site-pages/…`), the
 * shared model (`.hookref/site.json`), the environment the model reads and hookref's own source
 * (components, astro.config, dependencies: `hookrefSourceHash`); the pages of
 * `src/pages/[...shared]/` (`SHARED_PAGES`) need the same minus a page file. The build keys each
 * such page by the SHA-256 of those inputs and remembers, per output folder, the keys of the site
 * it published (`.hookref/page-cache/`). The next build renders only the pages whose key changed or
 * whose HTML is not in the published site; the others are copied from that site into Astro's
 * output before pagefind indexes it (`hookrefReusedPages`) and are added to the sitemap
 * (`reusedPageUrls`), so the site is the same, byte for byte, as a cold build's.
 *
 * A changed shared model or hookref source changes every key: everything renders. The Downloads
 * page (it reads the files' sizes) and the 404 page always render. `HOOKREF_CACHE=off` reuses nothing.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hookrefSourceHash } from './content-cache.ts';
import { writeAtomically } from './write-atomically.ts';
import { pagePath, ROUTES, versionPath } from '../site/urls.ts';
import { SITE_MODEL_FILE, SITE_PAGES_DIR, WORK_DIR } from './paths.ts';

/** Set in the Astro process only (prepare-gate.ts): the file listing the pages it must not render. */
export const REUSE_PLAN_ENV = 'HOOKREF_REUSE_PLAN';
const PLAN_FILE = path.join(WORK_DIR, 'reused-pages.json');
const MANIFEST_DIR = path.join(WORK_DIR, 'page-cache');
/** Environment variables the model reads (site-model.ts, urls.ts): part of every key. */
const MODEL_ENV = ['SITE_URL', 'RECEIVER_URL'];

/**
 * The pages whose HTML depends on the shared model alone, one file each under
 * `src/pages/[...shared]/`: a rest parameter that is always empty gives them the `getStaticPaths`
 * that can leave them out (`sharedPagePaths`), where a static page always renders. Their files keep
 * their names, and so the bundle's file names (Astro names a shared stylesheet after a page that
 * imports it). A page reading anything else must not be listed. The 404 page reads only the model
 * too, but Astro knows the not-found page by its route (`/404`), which a parameter would change.
 */
export const SHARED_PAGES = [ROUTES.overview, ROUTES.catalog, ROUTES.denyList, ROUTES.changelog, ROUTES.envelope, ROUTES.verification, ROUTES.retries] as const;

/** What the Astro process reads: where the reused pages are, and their routes (`/events/<slug>/`, `/guides/retries/`). */
interface ReusePlan {
	from: string;
	routes: string[];
}

/** The keys of the pages of the site published at `site` (a folder in `.dist-versions/`). */
interface PageManifest {
	site: string;
	keys: Record<string, string>;
}

export interface PagePlan {
	/** Route → key of every page of this build that can be reused. */
	keys: Record<string, string>;
	reused: number;
	rendered: number;
	/** The file Astro reads the reused pages from (prepare-gate.ts hands it over), or empty. */
	planFile: string;
}

const cacheEnabled = () => process.env.HOOKREF_CACHE !== 'off';
const manifestFile = (outDir: string) => path.join(MANIFEST_DIR, `${createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16)}.json`);
const htmlOf = (site: string, route: string) => path.join(site, route, 'index.html');

function readJson<T>(file: string): T | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		// Missing, torn or foreign: nothing to reuse.
		return undefined;
	}
}

/** Route → key of every page that can be reused, from the model files the prepare step wrote. */
export function pageKeys(): Record<string, string> {
	const sharedText = readFileSync(SITE_MODEL_FILE);
	const shared = createHash('sha256').update(hookrefSourceHash()).update('\0').update(sharedText);
	for (const name of MODEL_ENV) shared.update(`\0${name}=${process.env[name] ?? ''}`);
	const sharedHash = shared.digest('hex');
	const model = JSON.parse(sharedText.toString('utf8')) as { eventSlugs: string[]; versionPageKeys: { slug: string; version: string }[] };
	const key = (route: string, file?: string) => {
		const hash = createHash('sha256').update(sharedHash).update('\0').update(route);
		if (file) hash.update('\0').update(readFileSync(file));
		return hash.digest('base64url');
	};
	const keys: Record<string, string> = {};
	for (const route of SHARED_PAGES) keys[route] = key(route);
	model.eventSlugs.forEach((slug, i) => {
		const route = pagePath(slug);
		keys[route] = key(route, path.join(SITE_PAGES_DIR, 'events', `${i}.json`));
	});
	model.versionPageKeys.forEach(({ slug, version }, i) => {
		const route = versionPath(slug, version);
		keys[route] = key(route, path.join(SITE_PAGES_DIR, 'versions', `${i}.json`));
	});
	return keys;
}

/**
 * Decides which pages of the build publishing to `outDir` come from the site published there now:
 * those whose key equals the key recorded for that very site, and whose HTML it holds.
 */
export function planReusedPages(outDir: string): PagePlan {
	const keys = pageKeys();
	const total = Object.keys(keys).length;
	const manifest = cacheEnabled() ? readJson<PageManifest>(manifestFile(outDir)) : undefined;
	const published = existsSync(outDir) ? realpathSync(outDir) : undefined;
	if (!manifest || manifest.site !== published) return { keys, reused: 0, rendered: total, planFile: '' };
	const routes = Object.keys(keys).filter((route) => manifest.keys[route] === keys[route] && existsSync(htmlOf(published, route)));
	writeAtomically(PLAN_FILE, JSON.stringify({ from: published, routes } satisfies ReusePlan));
	return { keys, reused: routes.length, rendered: total - routes.length, planFile: PLAN_FILE };
}

/** Remembers the keys of the site now published at `outDir`, for the next build. */
export function recordPublishedPages(outDir: string, keys: Record<string, string>): void {
	if (!cacheEnabled()) return;
	writeAtomically(manifestFile(outDir), JSON.stringify({ site: realpathSync(outDir), keys } satisfies PageManifest));
}

let plan: ReusePlan | undefined;
/** The plan of this Astro process: empty outside a build that reuses pages (dev, `astro` alone). */
function readPlan(): ReusePlan {
	const file = process.env[REUSE_PLAN_ENV];
	plan ??= (file && readJson<ReusePlan>(file)) || { from: '', routes: [] };
	return plan;
}

let reusedRoutes: Set<string> | undefined;
/** Whether the page at `route` (`/events/<slug>/`) is carried over, so not rendered (getStaticPaths). */
export function isReusedPage(route: string): boolean {
	reusedRoutes ??= new Set(readPlan().routes);
	return reusedRoutes.has(route);
}

/** `getStaticPaths` of the page of `src/pages/[...shared]/` at `route`: its one path, or none when it is carried over. */
export const sharedPagePaths = (route: (typeof SHARED_PAGES)[number]) => (isReusedPage(route) ? [] : [{ params: { shared: undefined } }]);

/** The sitemap's absolute URLs of the reused pages, which Astro does not list as built. */
export function reusedPageUrls(site: string, base: string): string[] {
	const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
	return readPlan().routes.map((route) => new URL(route.slice(1), root).href);
}

/**
 * A hard link where it can be made (nothing writes to a built page afterwards, and publishing
 * removes the old site by unlinking), else a copy (another file system).
 */
function carryOver(source: string, target: string): void {
	try {
		linkSync(source, target);
	} catch {
		copyFileSync(source, target);
	}
}

/**
 * Puts the reused pages into Astro's output once it has rendered the others: at
 * `astro:build:generated`, before any `astro:build:done` hook (Starlight's pagefind, the sitemap).
 */
export function hookrefReusedPages(): AstroIntegration {
	return {
		name: 'hookref:reused-pages',
		hooks: {
			'astro:build:generated': ({ dir, logger }) => {
				const { from, routes } = readPlan();
				const out = fileURLToPath(dir);
				for (const route of routes) {
					const target = htmlOf(out, route);
					mkdirSync(path.dirname(target), { recursive: true });
					carryOver(htmlOf(from, route), target);
				}
				if (routes.length > 0) logger.info(`${routes.length} unchanged pages copied from the previous build`);
			},
		},
	};
}
