/**
 * `npm run dev`: the author's loop. The registry is loaded once and kept in this process; every
 * save in the registry folder (events, `platform.ts`, helpers) reloads what it touched, rewrites
 * the site model and the changed artifacts, and the open page reloads itself. Registry problems
 * are printed here and shown in the browser's error overlay until the next good save. Astro's
 * dev server runs as a child process (src/lib/dev/live-reload.ts is its end of the channel).
 *
 *   npm run dev                                   the default registry, http://localhost:4321
 *   EVENTS_DIR=examples/vagaro npm run dev -- --port 4400
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { modelIsCurrent } from '../src/lib/pipeline/model-stamp.ts';
import { WORK_DIR } from '../src/lib/pipeline/paths.ts';
import { isDevMessage, type DevMessage } from '../src/lib/dev/messages.ts';
import type { RegistrySession, ReloadSummary } from '../src/lib/dev/registry-session.ts';
import { RegistryError } from '../src/lib/registry/errors.ts';
import { readAstroSiteConfig, SITE_CONFIG_ENV } from '../src/lib/pipeline/astro-site-config.ts';

const astroArgs = process.argv.slice(2);
if (astroArgs.includes('--help') || astroArgs.includes('-h')) {
	console.log(`Usage: [EVENTS_DIR=<registry>] npm run dev [-- <astro dev options>]

Serves the site of the registry (default: events) and reloads the open page on every save in
the registry folder. Options after -- go to Astro's dev server, e.g. --port 4400 or --host;
\`npx astro dev --help\` lists them.`);
	process.exit(0);
}
const eventsDir = process.env.EVENTS_DIR || 'events';
const CRASH_LOG = path.join(WORK_DIR, 'dev-crash.log');
/**
 * The model on disk (the last build's or dev server's) was made from the registry as it is now:
 * Astro serves it at once, and the first load, under way beside it, rewrites what differs.
 */
const servingCurrentModel = modelIsCurrent(eventsDir);
/** Made once Astro is starting: its modules (ajv, the artifacts) take a second or more to import. */
let session: RegistrySession | undefined;
/** Whether Astro's server is up (`hookref:listening`). */
let listening = false;
let onListening: () => void = () => undefined;
/** The registry folder's watcher, once the first load is done. */
let watcher: { close(): Promise<void> } | undefined;
const astroListening = new Promise<void>((resolve) => (onListening = resolve));
let error: string | undefined;
/**
 * Until the first load's downloads are written (they are made once Astro is up, so that the first
 * page is served without waiting for them), Astro holds the requests for them.
 */
let preparing = true;
/** Until the first load is written, Astro (started beside it) holds every request. */
let loaded = servingCurrentModel;
/** What Astro's config was started with, as JSON (astro-site-config.ts; unknown if the first load failed). */
let astroSiteConfig: string | undefined;

async function reload(changed: string[]): Promise<ReloadSummary | undefined> {
	try {
		const summary = await session!.reload(changed);
		const recovered = error !== undefined;
		error = undefined;
		console.log(
			`hookref: ${eventsDir}: ${summary.publicEvents} public and ${summary.internalEvents} internal events` +
				`${changed.length ? ` reloaded after ${changed.map((file) => path.relative(eventsDir, file)).join(', ')}` : ''}` +
				` (${summary.milliseconds} ms; ${summary.imported} files imported, ${summary.artifactsWritten} artifacts written)` +
				(recovered ? '; the registry is valid again' : ''),
		);
		return summary;
	} catch (caught) {
		if (caught instanceof RegistryError) {
			error = caught.message;
		} else {
			mkdirSync(WORK_DIR, { recursive: true });
			writeFileSync(CRASH_LOG, caught instanceof Error ? (caught.stack ?? caught.message) : String(caught));
			error =
				`hookref could not reload the registry: ${caught instanceof Error ? caught.message.split('\n')[0] : String(caught)}\n` +
				`This is a bug in hookref; the full trace is in ${path.relative(process.cwd(), CRASH_LOG)}.`;
		}
		console.error(`\n${error}\n`);
		return undefined;
	}
}

let astro!: ChildProcess;
let restarting = false;

function startAstro(earlySite?: string): void {
	astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', ...astroArgs], {
		stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
		env: {
			...process.env,
			...(earlySite && { [SITE_CONFIG_ENV]: earlySite, HOOKREF_DEV_LOADING: loaded ? '' : '1' }),
			HOOKREF_DEV: '1', HOOKREF_DEV_REGISTRY: path.resolve(eventsDir), HOOKREF_DEV_PREPARING: preparing ? '1' : '', ASTRO_TELEMETRY_DISABLED: '1' },
	});
	// A message sent as Astro exits fails (EPIPE): its exit is handled below.
	astro.on('error', () => undefined);
	astro.on('message', (message) => {
		if (!isDevMessage(message)) return;
		if (message.type === 'hookref:hello') tell(false);
		// The downloads no page needs to render are made once the server is up, beside it.
		if (message.type === 'hookref:listening') {
			listening = true;
			onListening();
			session?.prepareDownloads();
		}
	});
	astro.on('exit', async (code, signal) => {
		if (restarting) {
			restarting = false;
			startAstro();
			return;
		}
		session?.close();
		await watcher?.close();
		process.exit(code ?? (signal ? 1 : 0));
	});
}

function tell(reloadPages: boolean): void {
	if (!astro.connected) return;
	// A broken registry has no downloads to wait for: the requests go on (and find the last ones, or none).
	astro.send({ type: 'hookref:registry', error, reload: reloadPages, loading: !loaded, preparing: preparing && error === undefined } satisfies DevMessage);
}

// Astro starts while the registry loads, with what its config reads of the model taken from
// platform.ts and the releases (or after the load, when they cannot be read: the load says why).
const early = await readAstroSiteConfig(eventsDir);
const earlySite = early && JSON.stringify(early);
if (servingCurrentModel && earlySite) console.log(`hookref: ${eventsDir} is unchanged since the site model was last written: serving it while the registry loads`);
if (earlySite) {
	astroSiteConfig = earlySite;
	startAstro(earlySite);
}
const { createRegistrySession } = await import('../src/lib/dev/registry-session.ts');
session = createRegistrySession(eventsDir, {
	servingCurrentModel,
	log: (line) => console.log(line),
	onDownloads: ({ siteChanged, error: failure }) => {
		if (failure instanceof RegistryError) {
			// ajv's check of the first load's samples, made after the first page as in the build.
			error = failure.message;
			console.error(`\n${error}\n`);
		} else if (failure !== undefined) {
			console.error(`\nhookref could not make the downloads (types, validators, formats): ${failure instanceof Error ? failure.message.split('\n')[0] : String(failure)}\n`);
		}
		const wasPreparing = preparing;
		preparing = false;
		if (wasPreparing || siteChanged || failure instanceof RegistryError) tell(siteChanged);
	},
});
if (listening) session.prepareDownloads();
// Serving the last model, Astro has both cores to start with; the load follows once it is up, and
// yields to Astro's first page until it is done (at 2,000 events the two together made the first
// page ~2 s later). Linux sets the calling thread's nice value, which esbuild's process inherits.
const servedFirst = servingCurrentModel && earlySite !== undefined;
if (servedFirst) await astroListening;
const lowered = servedFirst && process.platform === 'linux';
if (lowered) os.setPriority(19);
const first = await reload([]);
if (lowered) {
	try {
		os.setPriority(0);
	} catch {
		// Without the privilege to raise it again (most users), later reloads stay at low priority:
		// they run while Astro waits for them, so only other programs come first.
	}
}
loaded = true;
const firstConfig = first && JSON.stringify(first.siteConfig);
if (!earlySite) {
	astroSiteConfig = firstConfig;
	startAstro();
} else if (firstConfig && firstConfig !== astroSiteConfig) {
	astroSiteConfig = firstConfig;
	console.log('hookref: the platform name, site URL or changelog feed differs from platform.ts as first read: restarting the dev server');
	restarting = true;
	astro.kill('SIGTERM');
} else {
	// Pages served from the last run's model reload only if the load changed it.
	tell(!servingCurrentModel || !first || first.siteChanged);
}

const { watchRegistry } = await import('../src/lib/dev/watch-registry.ts');
watcher = watchRegistry(eventsDir, async (changed) => {
	const wasBroken = error !== undefined;
	const summary = await reload(changed);
	const config = summary && JSON.stringify(summary.siteConfig);
	if (config && config !== astroSiteConfig) {
		astroSiteConfig = config;
		// The platform's name and site URL and the feed link are Astro config (title, canonical URLs,
		// head): Astro reads them at start. The open page reconnects and reloads by itself once it is back.
		console.log('hookref: the platform name, site URL or changelog feed changed: restarting the dev server');
		restarting = true;
		astro.kill('SIGTERM');
	} else {
		// A save that changed nothing visible (a comment, a duplicate event) reloads no page.
		tell(!summary || summary.siteChanged || wasBroken);
	}
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => astro.kill(signal));
}
