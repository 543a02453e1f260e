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
	changelog: '/changelog/',
	changelogFeed: '/changelog.xml',
} as const;

/** Slugs an event may not take because a fixed page lives there. */
export const RESERVED_SLUGS = new Set(['deny-list']);
