/**
 * What astro.config.mjs reads of the site model: the platform's name and site URL (title, `site`,
 * `base`) and the changelog feed's link. The build and `npm run dev` read it from `platform.ts`
 * and the releases alone, before the registry loads, and pass it to Astro in `HOOKREF_SITE_CONFIG`
 * so that Astro starts beside the load; once the model is made they compare the two.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readReleases } from '../history/release.ts';
import { PlatformConfigSchema } from '../registry/platform-config.ts';
import { PLATFORM_FILE } from '../registry/registry-files.ts';
import { href, ROUTES, siteUrlOf, useSiteUrl } from '../site/urls.ts';

export const SITE_CONFIG_ENV = 'HOOKREF_SITE_CONFIG';

export interface AstroSiteConfig {
	platform: { name: string; siteUrl: string };
	history: { feedHref?: string };
}

/** The config as the model will have it; undefined when platform.ts or the releases cannot be read (the load then says why). */
export async function readAstroSiteConfig(eventsDir: string): Promise<AstroSiteConfig | undefined> {
	try {
		const module = await import(pathToFileURL(path.resolve(eventsDir, PLATFORM_FILE)).href);
		const platform = PlatformConfigSchema.safeParse(module.default);
		if (!platform.success) return undefined;
		const siteUrl = siteUrlOf(platform.data);
		useSiteUrl(siteUrl);
		const feedHref = readReleases(eventsDir).length > 0 ? href(ROUTES.changelogFeed) : undefined;
		return astroSiteConfigOf({ platform: { name: platform.data.name, siteUrl }, history: { feedHref } });
	} catch {
		return undefined;
	}
}

/** The config of a model (the shared site model or the whole one): compared as JSON, so always built here. */
export function astroSiteConfigOf(model: { platform: { name: string; siteUrl: string }; history: { feedHref?: string } }): AstroSiteConfig {
	const { feedHref } = model.history;
	return { platform: { name: model.platform.name, siteUrl: model.platform.siteUrl }, history: feedHref ? { feedHref } : {} };
}
