/**
 * `npm run build`: registry → artifacts and site model → Astro + pagefind → leak check → `dist/`.
 * The site is built into `.hookref/dist` and only replaces `dist/` once every check has passed,
 * so a failed build never leaves a half-written site behind; the replacement itself is atomic
 * (`publishSite`: `dist` links to the finished site).
 *
 *   EVENTS_DIR=examples/vagaro npm run build     build another registry
 *   npm run build -- --prepare-only              stop after the model and artifacts (tests)
 *   npm run build -- --help                      print the usage, build nothing
 *
 * No child outlives a failed build: Astro runs in its own process group, which is killed on
 * every way out of this process (a registry error, a crash, SIGINT/SIGTERM/SIGHUP).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAstroSiteConfig, SITE_CONFIG_ENV, type AstroSiteConfig } from '../src/lib/pipeline/astro-site-config.ts';
import { AWAIT_MODEL_ENV, modelReadySignal, signalModelReady } from '../src/lib/pipeline/prepare-gate.ts';
import { DEFERRED_DIR, OUT_DIR, PUBLIC_STAGING_DIR, STAGING_OUT_DIR } from '../src/lib/pipeline/paths.ts';
import { resetPublicStaging } from '../src/lib/pipeline/public-staging.ts';
import type { Artifact } from '../src/lib/artifacts/emit-artifacts.ts';
import type { WrittenArtifact } from '../src/lib/artifacts/artifacts-thread.ts';
import { parseBuildArgs } from '../src/cli/build-args.ts';
import { reportCrash } from '../src/cli/report-crash.ts';

const args = parseBuildArgs(process.argv.slice(2));
if ('exitCode' in args) process.exit(args.exitCode);
const { prepareOnly } = args;
const eventsDir = process.env.EVENTS_DIR || 'events';

let astro: ChildProcess | undefined;
/** Kills Astro and anything it started (pagefind), if it is still running. */
function stopAstro() {
	if (!astro?.pid || astro.exitCode !== null || astro.signalCode !== null) return;
	try {
		process.kill(-astro.pid, 'SIGKILL');
	} catch {
		// Already gone.
	}
}
process.on('exit', stopAstro);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		stopAstro();
		console.error(`\nhookref: build interrupted (${signal}); dist/ is unchanged.`);
		process.exit(128 + os.constants.signals[signal]);
	});
}
// A bug, not a registry mistake: one line and a trace file (the exit handler stops Astro).
process.on('uncaughtException', (error) => process.exit(reportCrash(error, 'the build')));
process.on('unhandledRejection', (error) => process.exit(reportCrash(error, 'the build')));
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

function fail(message: string): never {
	console.error(`\n${message}\n`);
	process.exit(1);
}

/**
 * The environment for Astro, without the names of Vite's `import.meta.env` (vitest sets them; a CI
 * may set BASE_URL): inherited, they override the configured base on some pages (the 404 page
 * lost its `/repo/` prefix).
 */
function astroEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
	return env;
}

/**
 * Starts Astro's build, in its own process group, with what its config reads of the model. It
 * waits for the model before rendering any page (prepare-gate.ts).
 */
function startAstro(siteConfig: AstroSiteConfig): void {
	rmSync(STAGING_OUT_DIR, { recursive: true, force: true });
	astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', STAGING_OUT_DIR], {
		stdio: ['ignore', 'inherit', 'inherit'],
		// Its own process group, so that stopAstro() reaches the processes Astro starts too.
		detached: true,
		// A production build even when started from a test runner (vitest sets NODE_ENV=test, and
		// Starlight then skips search as in dev).
		env: { ...astroEnv(), [SITE_CONFIG_ENV]: JSON.stringify(siteConfig), [AWAIT_MODEL_ENV]: modelReady, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const child = astro;
	astroDone = new Promise((resolve) =>
		child.on('close', (code) => {
			astroClosedAt = performance.now();
			resolve(code);
		}),
	);
}
let astroClosedAt = 0;
let astroDone: Promise<number | null> = Promise.resolve(null);
const modelReady = modelReadySignal();
process.on('exit', () => rmSync(modelReady, { force: true }));

// Vite copies Astro's public folder into the site: it holds the project's `public/` alone before
// Astro starts (public-staging.ts), not a dev session's downloads.
resetPublicStaging();
// Astro starts now, beside the registry load, when platform.ts tells what its config needs;
// otherwise once the model is made (the load then reports what is wrong with platform.ts).
const earlyConfig = prepareOnly ? undefined : await readAstroSiteConfig(eventsDir);
if (earlyConfig) startAstro(earlyConfig);

// The rest of the pipeline is imported once Astro is on its way (its modules take ~1.3 s to load,
// which Astro's start-up would otherwise wait for).
const [
	{ LeakScanner },
	{ fillDeferredSizes },
	{ emitArtifacts, writeArtifact },
	{ emitArtifactsOnThread, writeAndScan },
	{ checkAndEmitValidators, validatorCodeCache },
	{ prepareSite },
	{ hostFiles },
	{ publishSite },
	{ planReusedPages, recordPublishedPages },
	{ RegistryError },
	{ publicEvents },
	{ sampleCheckCache },
	{ createAjv },
] = await Promise.all([
	import('../src/lib/pipeline/check-leaks.ts'),
	import('../src/lib/artifacts/downloads.ts'),
	import('../src/lib/artifacts/emit-artifacts.ts'),
	import('../src/lib/artifacts/artifacts-thread.ts'),
	import('../src/lib/artifacts/emit-validators.ts'),
	import('../src/lib/pipeline/prepare-site.ts'),
	import('../src/lib/pipeline/host-headers.ts'),
	import('../src/lib/pipeline/publish-site.ts'),
	import('../src/lib/pipeline/reused-pages.ts'),
	import('../src/lib/registry/errors.ts'),
	import('../src/lib/registry/model.ts'),
	import('../src/lib/registry/validate-registry.ts'),
	import('../src/lib/schema/ajv.ts'),
]);

let prepared;
try {
	// `--prepare-only` writes every artifact up front; a build defers what no page needs.
	prepared = await prepareSite(eventsDir, { deferred: !prepareOnly });
} catch (error) {
	if (error instanceof RegistryError) fail(`${error.message}\n\nNothing was built; dist/ is unchanged.`);
	throw error;
}
const { registry } = prepared;
const preparedAt = performance.now();
const internal = registry.events.filter((event) => event.visibility === 'internal');
console.log(
	`hookref: ${eventsDir}: ${publicEvents(registry).length} public and ${internal.length} internal events; ` +
		`model ready (${seconds()} s)`,
);
if (prepareOnly) process.exit(0);

// Astro's config read platform.ts; the model is what counts (they differ only if platform.ts
// changed meanwhile): Astro starts again with the model's.
if (!earlyConfig || JSON.stringify(earlyConfig) !== JSON.stringify(prepared.siteConfig)) {
	stopAstro();
	startAstro(prepared.siteConfig);
}
// Pages whose inputs are unchanged since the published site are copied from it (reused-pages.ts).
const pagePlan = planReusedPages(OUT_DIR);
console.log(`hookref: pages: ${pagePlan.rendered} to render, ${pagePlan.reused} reused from the previous build (the 404 and Downloads pages always render)`);
signalModelReady(modelReady, pagePlan.planFile);

// Internal events must not appear anywhere in the finished site, compressed search index included.
// (Scanned once Astro is done. Watching Astro's output to scan the pages while pagefind runs was
// tried: piped through this process, busy with the work below, Astro's output filled the pipe at
// 2,000 pages and stalled Astro itself.)
const needles = [...new Set(internal.flatMap((event) => [event.type, event.slug]))];
const leakScanner = new LeakScanner(STAGING_OUT_DIR, needles);

// While Astro renders in its own process, this one does the work no page depends on: the downloads
// (JSON Schemas, bundles, catalog, test vectors), ajv's second opinion on every sample and the
// payload checker's validators (written from the very functions that checked the samples); a
// worker thread makes the TypeScript types and
// the formats other tools read (OpenAPI, AsyncAPI, Markdown twins, llms.txt). All CPU-bound; on two
// cores they cost little wall time this way. Each file is written out as soon as it is made, so
// that only one large document is in memory at a time, and searched for internal names while its
// text is at hand (the leak check does not read it back).
const sideStarted = performance.now();
rmSync(DEFERRED_DIR, { recursive: true, force: true });
const deferred: WrittenArtifact[] = [];
// A file the published site holds with the same bytes is linked from it, not written again.
const published = existsSync(OUT_DIR) && process.env.HOOKREF_CACHE !== 'off' ? realpathSync(OUT_DIR) : undefined;
const stash = (artifact: Artifact) => deferred.push(writeAndScan(DEFERRED_DIR, artifact, leakScanner, published));
// `HOOKREF_FORMATS=off` is the bench's measure of what the formats cost (pages still link them).
const onThread = emitArtifactsOnThread(registry, { dir: DEFERRED_DIR, needles, formats: process.env.HOOKREF_FORMATS !== 'off', published });
onThread.catch(() => undefined); // awaited below, where a failure is reported
// The feed the registry half made, then the schemas, bundles, catalog and test vectors: Astro need not copy them.
for (const artifact of prepared.downloads.splice(0)) stash(artifact);
for (const artifact of await emitArtifacts(registry, { types: false, formats: false })) stash(artifact);
const schemaIssues = await checkAndEmitValidators(registry, createAjv({ source: true }), stash);
if (schemaIssues.length > 0) {
	fail(`${new RegistryError(schemaIssues).message}\n\nNothing was built; dist/ is unchanged.`);
}
deferred.push(...(await onThread));
sampleCheckCache.save();
validatorCodeCache.save();
const sideSeconds = (performance.now() - sideStarted) / 1000;
const astroStatus = await astroDone;
// Astro and the side work both done: what follows is on the critical path.
const bothDoneAt = performance.now();
if (astroStatus !== 0) fail('hookref: the Astro build failed (see above); dist/ is unchanged.');
// Moved, not copied (same file system): the bytes stay those searched above.
for (const artifact of deferred) {
	const target = path.join(STAGING_OUT_DIR, artifact.path);
	mkdirSync(path.dirname(target), { recursive: true });
	renameSync(path.join(DEFERRED_DIR, artifact.path), target);
	leakScanner.vouch(target, artifact.found);
}
// The Downloads page was rendered before these files existed: give it their sizes now.
fillDeferredSizes(STAGING_OUT_DIR, ['downloads/index.html'], deferred);
// `_headers` and `.nojekyll` for static hosts; a Content-Security-Policy header is passed here
// (`hostFiles({ contentSecurityPolicy })`).
for (const file of hostFiles()) writeArtifact(STAGING_OUT_DIR, file);

leakScanner.scan();
const leaks = leakScanner.leaks();
if (leaks.length > 0) {
	fail(
		`hookref: internal events leaked into the built site; dist/ is unchanged:\n` +
			leaks.map((leak) => `  ✖ ${leak.file} contains "${leak.needle}"`).join('\n'),
	);
}
if (!existsSync(PUBLIC_STAGING_DIR)) fail('hookref: the public staging folder is missing.');
publishSite(STAGING_OUT_DIR, OUT_DIR);
recordPublishedPages(OUT_DIR, pagePlan.keys);
// The bench reads this line (with Astro's own timings) for its stage breakdown.
const round = (ms: number) => Math.round(ms) / 1000;
console.log(
	`hookref: stages ${JSON.stringify({
		prepare_s: round(preparedAt - started),
		// Astro's run once the model was ready (its start-up overlaps the prepare step).
		astro_s: round(Math.max(0, astroClosedAt - preparedAt)),
		// ajv's pass, the types (on a thread) and the formats, beside Astro (on the critical path when longer).
		side_s: round(sideSeconds * 1000),
		post_s: round(performance.now() - bothDoneAt),
	})}`,
);
console.log(`hookref: built ${path.relative(process.cwd(), OUT_DIR)}/ in ${seconds()} s; checked ${needles.length} internal names: no leak.`);
