/**
 * The registry half of the build: load and validate the registry, emit the artifacts into the
 * public staging folder and write the site model. Astro then renders from those files.
 */
import { emitArtifacts, writeArtifact, type Artifact } from '../artifacts/emit-artifacts.ts';
import { emitValidatorArtifacts, validatorCodeCache } from '../artifacts/emit-validators.ts';
import { createAjv } from '../schema/ajv.ts';
import { loadRegistry } from '../registry/load-registry.ts';
import type { Registry } from '../registry/model.ts';
import { buildSiteModel } from '../site/site-model.ts';
import { markdownCache } from '../site/markdown.ts';
import { writeSiteModel } from '../site/load-site-model.ts';
import { registryStamp } from './model-stamp.ts';
import { astroSiteConfigOf, type AstroSiteConfig } from './astro-site-config.ts';
import { emitChangelogFeed } from '../artifacts/changelog-feed.ts';
import { buildHistory } from '../history/history.ts';
import { readReleases } from '../history/release.ts';
import { PUBLIC_STAGING_DIR } from './paths.ts';

export interface PreparedSite {
	registry: Registry;
	/**
	 * With `deferred`, the download made here (the changelog feed, made from the model), left for
	 * the caller to place in the built site with the downloads it makes itself: Astro then does not
	 * copy them from its public folder (seconds at thousands of events), and the build searches
	 * them for internal names while their text is in memory.
	 */
	downloads: Artifact[];
	/** What astro.config.mjs reads of the model. */
	siteConfig: AstroSiteConfig;
}

/**
 * `deferred`: leave the ajv check of samples and every download no page renders from (schemas,
 * bundles, catalog, test vectors, the types, the payload checker's validators and the formats
 * other tools read) to the caller, which makes them while Astro renders (`scripts/build.ts`), and
 * hand it the feed to place (`downloads`); the Downloads page shows their sizes once they exist
 * (`fillDeferredSizes`). `--prepare-only` gets everything up front, in the public folder. Either
 * way the caller empties that folder first (`resetPublicStaging`), the build before Astro starts.
 */
export async function prepareSite(eventsDir: string, options: { deferred?: boolean } = {}): Promise<PreparedSite> {
	const deferred = options.deferred ?? false;
	// What the model is made from, read before the load (a save during it makes a later stamp differ).
	const stamp = registryStamp(eventsDir);
	const registry = await loadRegistry(eventsDir, { deferJsonSchemaCheck: deferred, cache: true });
	const history = buildHistory(registry, readReleases(eventsDir));
	const artifacts = deferred ? [] : await emitArtifacts(registry);
	// The build writes the validators while Astro renders (scripts/build.ts); dev needs them now.
	if (!deferred) {
		artifacts.push(...(await emitValidatorArtifacts(registry, createAjv({ source: true }))));
		validatorCodeCache.save();
	}
	const model = buildSiteModel(registry, { history, artifacts });
	markdownCache.save();
	const feed = emitChangelogFeed(model);
	if (feed) artifacts.push(feed);

	// Into the public folder its caller emptied (public-staging.ts).
	if (!deferred) for (const artifact of artifacts) writeArtifact(PUBLIC_STAGING_DIR, artifact);
	writeSiteModel(model, stamp);
	return { registry, downloads: deferred ? artifacts : [], siteConfig: astroSiteConfigOf(model) };
}
