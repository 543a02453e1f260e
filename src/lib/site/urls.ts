/** The site's URL scheme, in one place: pages, guides and downloads. */
import type { PlatformConfig } from '../registry/platform-config.ts';

export function siteUrlOf(platform: Pick<PlatformConfig, 'siteUrl'>): string {
	return (process.env.SITE_URL || platform.siteUrl).replace(/\/$/, '');
}

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
