/** The site's URL scheme, in one place: pages, guides and downloads. */
import type { PlatformConfig } from '../registry/platform-config.ts';

export function siteUrlOf(platform: Pick<PlatformConfig, 'siteUrl'>): string {
	return (process.env.SITE_URL || platform.siteUrl).replace(/\/$/, '');
}

/**
 * Every internal link of the site goes through `href`, so that a site served under a path
 * (`https://owner.github.io/repo/`) resolves. Identity for now: the base-path work fills it in.
 */
export const href = (route: string): string => route;

export const pagePath = (slug: string) => `/events/${slug}/`;
export const pageUrl = (siteUrl: string, slug: string) => `${siteUrl}${pagePath(slug)}`;
export const categoryAnchor = (id: string) => `/events/#${id}`;

export const ROUTES = {
	overview: '/',
	catalog: '/events/',
	denyList: '/events/deny-list/',
	envelope: '/guides/envelope/',
	verification: '/guides/verification/',
	retries: '/guides/retries/',
	downloads: '/downloads/',
} as const;

/** Head entry linking a page to its Markdown twin; the title's copy button looks for it. */
export const markdownHead = (twinHref: string) => [
	{ tag: 'link' as const, attrs: { rel: 'alternate', type: 'text/markdown', href: twinHref } },
];

/** Slugs an event may not take because a fixed page lives there. */
export const RESERVED_SLUGS = new Set(['deny-list']);
