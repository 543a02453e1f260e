/**
 * The site's URL scheme, in one place: pages, guides and downloads, and the base path the site is
 * served under. Routes (`/events/`) are paths inside the site; `href(route)` is where a browser
 * finds them (`/repo/events/` on `https://owner.github.io/repo/`).
 */
import { RegistryError } from '../registry/errors.ts';
import type { PlatformConfig } from '../registry/platform-config.ts';

/** Why `url` cannot be a site URL, or undefined when it can. Shared by the registry schema and `SITE_URL`. */
export function siteUrlProblem(url: string): string | undefined {
	const parsed = URL.canParse(url) ? new URL(url) : undefined;
	if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash || parsed.username) {
		return `"${url}" is not a site URL: give an http(s) URL without query or fragment, e.g. https://owner.github.io/repo (its path becomes the base path)`;
	}
	return undefined;
}

/** The site's URL, without a trailing slash: `SITE_URL` when set, else the registry's `siteUrl`. */
export function siteUrlOf(platform: Pick<PlatformConfig, 'siteUrl'>): string {
	const url = process.env.SITE_URL || platform.siteUrl;
	const problem = process.env.SITE_URL ? siteUrlProblem(url) : undefined;
	if (problem) throw new RegistryError([{ file: 'SITE_URL (environment variable)', message: problem }]);
	return url.replace(/\/$/, '');
}

/** The path a site URL serves the site under: `''` at a host's root, `/repo` for `https://owner.github.io/repo/`. */
export const basePathOf = (siteUrl: string): string => new URL(siteUrl).pathname.replace(/\/+$/, '');

/**
 * The base path of the site being built. Inside Astro, Vite replaces `import.meta.env.BASE_URL`
 * with Astro's `base`, which astro.config.mjs takes from the site URL; the build process, which
 * renders registry Markdown before Astro runs, sets it from the same URL (`useSiteUrl`).
 */
let basePath = (import.meta.env?.BASE_URL ?? '').replace(/\/+$/, '');

/** Makes `href` resolve under the path of `siteUrl` (called once the registry's site URL is known). */
export function useSiteUrl(siteUrl: string): void {
	basePath = basePathOf(siteUrl);
}

/** A root-absolute route (`/events/`): not `//host/…`, not a fragment, not a relative or full URL. */
export const isRoute = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

/**
 * Every internal link of the site goes through `href`: a route gets the base path, so the site
 * resolves when served under a path. Anything else (full URLs, fragments) is returned unchanged.
 */
export const href = (route: string): string => (isRoute(route) ? `${basePath}${route}` : route);

export const pagePath = (slug: string) => `/events/${slug}/`;
export const pageUrl = (siteUrl: string, slug: string) => `${siteUrl}${pagePath(slug)}`;
export const categoryAnchor = (id: string) => `/events/#${id}`;
/** The route of a download, from its path under `dist/` (`schemas/x.json`). */
export const artifactRoute = (artifactPath: string) => `/${artifactPath}`;
/** A released version of an event, kept readable for good. */
export const versionPath = (slug: string, version: string) => `/events/${slug}/versions/${version}/`;
/** The changelog's anchor for a release (`null`: the unreleased changes). */
export const releaseAnchor = (version: string | null) => (version === null ? 'unreleased' : `release-${version}`);

export const ROUTES = {
	overview: '/',
	catalog: '/events/',
	denyList: '/events/deny-list/',
	envelope: '/guides/envelope/',
	verification: '/guides/verification/',
	retries: '/guides/retries/',
	/** Astro writes the not-found page as a file; hosts serve it for any missing path. */
	notFound: '/404.html',
	changelog: '/changelog/',
	changelogFeed: '/changelog.xml',
	downloads: '/downloads/',
} as const;

/** Head entry linking a page to its Markdown twin; the title's copy button looks for it. */
export const markdownHead = (twinHref: string) => [
	{ tag: 'link' as const, attrs: { rel: 'alternate', type: 'text/markdown', href: twinHref } },
];

/** Slugs an event may not take because a fixed page lives there. */
export const RESERVED_SLUGS = new Set(['deny-list']);
