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
} as const;

/** Slugs an event may not take because a fixed page lives there. */
export const RESERVED_SLUGS = new Set(['deny-list']);
