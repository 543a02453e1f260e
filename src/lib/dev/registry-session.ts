/**
 * The dev server's registry: loaded once, then brought up to date after every save. What a save
 * did not touch is kept: the modules of unchanged files, their checked events (zod, JSON Schema,
 * ajv), their schema downloads and their rendered page parts. Only artifacts whose content changed are rewritten, and the
 * downloads no page needs to render (the TypeScript types, the payload checker's validators, the
 * formats for other tools), which cost seconds on a large registry, are made after the first load
 * once the dev server is up (`prepareDownloads`), and redone once saving has paused.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { emitChangelogFeed } from '../artifacts/changelog-feed.ts';
import { emitArtifacts, emitFormatArtifacts, emitTypesArtifact, writeArtifact, type Artifact } from '../artifacts/emit-artifacts.ts';
import { checkAndEmitValidators, emitValidatorArtifacts } from '../artifacts/emit-validators.ts';
import { buildHistory } from '../history/history.ts';
import { readReleases } from '../history/release.ts';
import { createAjv } from '../schema/ajv.ts';
import { resetPublicStaging } from '../pipeline/public-staging.ts';
import { PUBLIC_STAGING_DIR } from '../pipeline/paths.ts';
import { bundleRegistry } from '../registry/bundle-registry.ts';
import { loadRegistry } from '../registry/load-registry.ts';
import { listRegistryFiles, PLATFORM_FILE } from '../registry/registry-files.ts';
import { publicEvents, type Registry, type RegistryEvent } from '../registry/model.ts';
import { RegistryError } from '../registry/errors.ts';
import type { CheckedEventCache } from '../registry/validate-registry.ts';
import { buildDownloadIndex, buildSiteModel, type RenderedEvent, type SiteModel } from '../site/site-model.ts';
import { writeSiteModel } from '../site/load-site-model.ts';
import { registryStamp, writeModelStamp } from '../pipeline/model-stamp.ts';
import { astroSiteConfigOf, type AstroSiteConfig } from '../pipeline/astro-site-config.ts';
import { createFreshImporter } from './fresh-import.ts';

export interface ReloadSummary {
	publicEvents: number;
	internalEvents: number;
	/** Registry files imported afresh by this reload. */
	imported: number;
	/** Artifacts written (or removed) because their content changed. */
	artifactsWritten: number;
	/** Whether the site model or an artifact changed: whether open pages need reloading. */
	siteChanged: boolean;
	/** What astro.config.mjs reads from the model: a change needs a restart of Astro's dev server. */
	siteConfig: AstroSiteConfig;
	milliseconds: number;
}

/**
 * Saving must pause this long before the downloads no page shows are redone: the types, the
 * payload checker's validators and the formats for other tools (each covers every event).
 */
const DEFERRED_DELAY_MS = 1500;

export interface RegistrySession {
	/**
	 * Reloads the registry after `changed` files (any path; none for the first load) and rewrites
	 * the site model and the artifacts that changed. Throws the `RegistryError` of a broken
	 * registry, leaving the last good model and artifacts in place.
	 */
	reload(changed?: string[]): Promise<ReloadSummary>;
	/**
	 * Makes the downloads the first load left out now (the dev server is up and serving pages).
	 * A reload before they are done makes them itself.
	 */
	prepareDownloads(): void;
	/** Stops the pending downloads update. */
	close(): void;
}

export interface SessionOptions {
	log?: (line: string) => void;
	/**
	 * Called after each update of the deferred downloads (`error` if making them failed, a
	 * `RegistryError` if ajv's check of the first load's samples failed);
	 * `siteChanged` when the Downloads page's sizes changed with them.
	 */
	onDownloads?: (result: { siteChanged: boolean; error?: unknown }) => void;
	/**
	 * The model and public folder on disk were made from the registry as it is (model-stamp.ts)
	 * and are being served while the first load runs: it overwrites them in place, rather than
	 * starting from an empty public folder, and reports the site changed only where it did.
	 */
	servingCurrentModel?: boolean;
}

export function createRegistrySession(eventsDir: string, options: SessionOptions = {}): RegistrySession {
	const importer = createFreshImporter(eventsDir);
	/** Module namespaces by absolute file path, valid until the file or one it imports changes. */
	const modules = new Map<string, Record<string, unknown>>();
	let checkedEvents: CheckedEventCache = new WeakMap();
	/**
	 * The first load leaves ajv's second opinion on the samples to the background step: until it
	 * has passed, the checked events it cached lack it, and a reload must not reuse them.
	 */
	let samplesUnchecked = false;
	const eventSchemas = new WeakMap<RegistryEvent, Artifact>();
	const renderedEvents = new WeakMap<RegistryEvent, RenderedEvent>();
	/** Artifact path → content as last written into the public staging folder. */
	let written: Map<string, string> | undefined;
	let lastModel: string | undefined;
	/** The model and artifacts last written, which the deferred step completes with its sizes. */
	let last: { registry: Registry; model: SiteModel; artifacts: Artifact[]; stamp: string } | undefined;
	/** Paths written by the deferred step, which the reload's own sweep of stale files leaves alone. */
	const deferredPaths = new Set<string>();
	let lastDeferred: Artifact[] = [];
	let typesTimer: NodeJS.Timeout | undefined;
	let generation = 0;

	/** Content of each file as last reported changed: editors often report one save twice. */
	const seen = new Map<string, string | undefined>();
	const readOrUndefined = (file: string) => {
		try {
			return readFileSync(file, 'utf8');
		} catch {
			return undefined; // deleted, or a folder
		}
	};

	function forget(changed: string[]): void {
		const touched = new Set<string>();
		for (const file of changed.map((name) => path.resolve(name))) {
			const content = readOrUndefined(file);
			if (content !== undefined && seen.has(file) && seen.get(file) === content) continue;
			seen.set(file, content);
			touched.add(file);
		}
		for (const file of [...modules.keys()]) {
			if (touched.has(file) || [...importer.dependenciesOf(file)].some((dependency) => touched.has(dependency))) {
				modules.delete(file);
			}
		}
	}

	/**
	 * What the public folder holds at `file`: as this session last wrote it, or, serving the last
	 * run's folder, as found there.
	 */
	const previous = (file: string) =>
		written?.get(file) ?? (options.servingCurrentModel ? readOrUndefined(path.join(PUBLIC_STAGING_DIR, file)) : undefined);

	function writeArtifacts(artifacts: Artifact[]): number {
		if (!written) {
			// First load: start from the project's public/ files, as the build does; unless pages are
			// being served from the folder as it is (`previous` then reads what it holds).
			written = new Map();
			if (!options.servingCurrentModel) resetPublicStaging();
		}
		let count = 0;
		const current = new Set<string>();
		for (const artifact of artifacts) {
			current.add(artifact.path);
			if (previous(artifact.path) === artifact.content) {
				written.set(artifact.path, artifact.content);
				continue;
			}
			writeArtifact(PUBLIC_STAGING_DIR, artifact);
			written.set(artifact.path, artifact.content);
			count++;
		}
		for (const stale of [...written.keys()].filter((file) => !current.has(file) && !deferredPaths.has(file))) {
			rmSync(path.join(PUBLIC_STAGING_DIR, stale), { force: true });
			written.delete(stale);
			count++;
		}
		return count;
	}

	async function emitDeferred(registry: Registry, checkSamples: boolean): Promise<Artifact[]> {
		const ajv = createAjv({ source: true });
		const validators: Artifact[] = [];
		if (checkSamples) {
			// The build's pass: ajv's check of the samples, each validator written from the function
			// that checked them, one event at a time.
			const issues = await checkAndEmitValidators(registry, ajv, (artifact) => validators.push(artifact));
			// The next reload checks every event again, in full (`samplesUnchecked` stays set).
			if (issues.length > 0) throw new RegistryError(issues);
			samplesUnchecked = false;
		} else {
			validators.push(...(await emitValidatorArtifacts(registry, ajv)));
		}
		return [await emitTypesArtifact(registry), ...validators, ...emitFormatArtifacts(registry)];
	}

	function writeDeferred(artifacts: Artifact[]): number {
		let count = 0;
		for (const artifact of artifacts) {
			deferredPaths.add(artifact.path);
			if (previous(artifact.path) === artifact.content) {
				written?.set(artifact.path, artifact.content);
				continue;
			}
			writeArtifact(PUBLIC_STAGING_DIR, artifact);
			written?.set(artifact.path, artifact.content);
			count++;
		}
		return count;
	}

	/** The Downloads page lists the deferred files' sizes: brings the written model up to date. */
	function updateDownloadIndex(): boolean {
		if (!last) return false;
		const downloadIndex = buildDownloadIndex(last.registry, [...last.artifacts, ...lastDeferred]);
		if (JSON.stringify(downloadIndex) === JSON.stringify(last.model.downloadIndex)) return false;
		last.model.downloadIndex = downloadIndex;
		writeSiteModel(last.model, last.stamp);
		lastModel = JSON.stringify(last.model);
		return true;
	}

	function scheduleDeferred(registry: Registry, ofGeneration: number, delay = DEFERRED_DELAY_MS): void {
		clearTimeout(typesTimer);
		const checkSamples = samplesUnchecked;
		typesTimer = setTimeout(async () => {
			const started = performance.now();
			let artifacts: Artifact[];
			try {
				artifacts = await emitDeferred(registry, checkSamples);
			} catch (error) {
				if (ofGeneration === generation) options.onDownloads?.({ siteChanged: false, error });
				return;
			}
			// A newer registry is on its way: its own update will follow.
			if (ofGeneration !== generation) return;
			lastDeferred = artifacts;
			const count = writeDeferred(artifacts);
			const siteChanged = updateDownloadIndex();
			if (count > 0) options.log?.(`hookref: ${count} downloads (types, validators, formats) updated (${Math.round(performance.now() - started)} ms)`);
			options.onDownloads?.({ siteChanged });
		}, delay);
		typesTimer.unref();
	}
	/** The registry of the first load while its downloads wait for `prepareDownloads`. */
	let awaitingDownloads: { registry: Registry; ofGeneration: number } | undefined;
	/** Whether `prepareDownloads` was called: a first load after it (a broken start) goes on at once. */
	let serverUp = false;

	return {
		async reload(changed = []) {
			const started = performance.now();
			const ofGeneration = ++generation;
			clearTimeout(typesTimer);
			forget(changed);
			// What this load's model is made from, read before it (model-stamp.ts).
			const stamp = registryStamp(eventsDir);
			importer.nextGeneration();
			let imported = 0;
			// Nothing imported yet (the first load, or after a failed one): every file at once, in
			// one bundle; its files' imports become the dependency graph that later saves follow.
			const platformFile = path.join(eventsDir, PLATFORM_FILE);
			const bundle =
				modules.size === 0 && existsSync(platformFile)
					? await bundleRegistry(eventsDir, [platformFile, ...listRegistryFiles(eventsDir).eventFiles], (file) => importer.importFresh(file))
					: undefined;
			if (bundle) importer.recordImports(bundle.imports);
			const importModule = async (file: string) => {
				const absolute = path.resolve(file);
				let module = modules.get(absolute);
				if (!module) {
					module = await (bundle?.importModule ?? importer.importFresh)(absolute);
					modules.set(absolute, module);
					imported++;
				}
				return module;
			};
			let registry: Registry;
			try {
				// The first load serves pages before ajv's check of the samples, like the build.
				if (samplesUnchecked) checkedEvents = new WeakMap();
				samplesUnchecked = modules.size === 0;
				registry = await loadRegistry(eventsDir, { importModule, checkedEvents, deferJsonSchemaCheck: samplesUnchecked });
			} finally {
				bundle?.dispose();
				// Record what the new modules import, failed loads included, before the next save.
				await importer.settle();
			}
			const artifacts = await emitArtifacts(registry, { types: false, formats: false, eventSchemas });
			const history = buildHistory(registry, readReleases(eventsDir));
			const firstLoad = !written;
			// The Downloads page lists the deferred files' sizes as of their last update, until
			// the update after this load completes them (the first load has none yet). The feed is
			// made from the model, so it is not among the listed artifacts, as in the build.
			const listed = [...artifacts];
			const model = buildSiteModel(registry, { history, artifacts: [...listed, ...lastDeferred], renderedEvents });
			const feed = emitChangelogFeed(model);
			if (feed) artifacts.push(feed);
			const artifactsWritten = writeArtifacts(artifacts);
			const modelJson = JSON.stringify(model);
			let modelChanged = false;
			// The first load compares with the files on disk (the last run's, maybe being served).
			if (modelJson !== lastModel) modelChanged = writeSiteModel(model, stamp);
			// The same model from other files (a comment edited): it is what they make too.
			else writeModelStamp(stamp);
			lastModel = modelJson;
			last = { registry, model, artifacts: listed, stamp };
			// The first load's downloads wait until the dev server is up; later ones until saving pauses.
			awaitingDownloads = undefined;
			if (firstLoad && !serverUp) awaitingDownloads = { registry, ofGeneration };
			else scheduleDeferred(registry, ofGeneration, firstLoad ? 0 : DEFERRED_DELAY_MS);
			const publicCount = publicEvents(registry).length;
			return {
				publicEvents: publicCount,
				internalEvents: registry.events.length - publicCount,
				imported,
				artifactsWritten,
				siteChanged: modelChanged || artifactsWritten > 0,
				siteConfig: astroSiteConfigOf(model),
				milliseconds: Math.round(performance.now() - started),
			};
		},
		prepareDownloads() {
			serverUp = true;
			if (!awaitingDownloads || awaitingDownloads.ofGeneration !== generation) return;
			scheduleDeferred(awaitingDownloads.registry, awaitingDownloads.ofGeneration, 0);
			awaitingDownloads = undefined;
		},
		close() {
			clearTimeout(typesTimer);
		},
	};
}
