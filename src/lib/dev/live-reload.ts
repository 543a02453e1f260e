/**
 * The Astro side of `npm run dev` (scripts/dev.ts): the registry process reports each reload of
 * the registry over IPC, and this integration reloads the open pages, or shows the registry's
 * problems in Astro's error overlay, and keeps showing them on every page load until a good
 * save. Inert under a plain `astro dev`, which has no registry process to listen to.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { ARTIFACT_PATHS } from '../artifacts/artifact-paths.ts';
import { OUT_DIR, PUBLIC_STAGING_DIR, SITE_PAGES_DIR, WORK_DIR } from '../pipeline/paths.ts';
import { versionsDirOf } from '../pipeline/publish-site.ts';
import { escapeText } from '../site/html.ts';
import { TOOL_PATHS } from '../tools/tool-paths.ts';
import { isDevMessage, type DevMessage } from './messages.ts';

interface OverlayError {
	name: string;
	title: string;
	message: string;
	hint: string;
	/** The overlay always has a "Stack Trace" box; it holds the problems as printed, to copy. */
	stack: string;
}

/** The registry's problems as Astro's error overlay takes them (`message` as text). */
function overlayError(text: string): OverlayError {
	const [title = 'The registry has problems', ...lines] = text.trim().split('\n');
	return {
		name: 'RegistryError',
		title: title.replace(/:$/, ''),
		message: lines.map((line) => line.trim()).join('\n'),
		hint: 'Fix the registry file and save it: this page reloads by itself.',
		stack: text.trim(),
	};
}

/**
 * A page showing the overlay, served instead of any page while the registry is broken. The
 * overlay puts `message` into innerHTML (Astro escapes what it sends over the websocket; this
 * page must do the same).
 */
function errorPage(error: OverlayError): string {
	const json = JSON.stringify({ ...error, message: escapeText(error.message) }).replaceAll('<', '\\u003c');
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Registry error</title>
<script type="module" src="/@vite/client"></script>
<script type="module">
import { ErrorOverlay, createHotContext } from '/@vite/client';
document.body.appendChild(new ErrorOverlay(${json}));
// A good save reloads the pages listening at that moment: had it come before this page was
// listening, the page would stay here. So once listening, ask whether the page is back.
const reloadIfFixed = () => fetch(location.href, { headers: { accept: 'text/html' } }).then((response) => response.ok && location.reload());
createHotContext('/@hookref/registry-error').on('vite:ws:connect', reloadIfFixed);
reloadIfFixed();
</script>
</head><body><noscript><pre>${escapeText(error.stack)}</pre></noscript></body></html>`;
}

/**
 * The downloads the registry process makes only once the dev server is up (registry-session.ts):
 * the types, the payload checker's validators and the formats for other tools (OpenAPI, AsyncAPI,
 * llms.txt, the pages' Markdown twins). Paths under the site's base, without a leading slash.
 */
const VALIDATORS_FOLDER = `${path.posix.dirname(TOOL_PATHS.validatorIndex)}/`;
const DEFERRED_FILES = new Set<string>([ARTIFACT_PATHS.types, ARTIFACT_PATHS.openapi, ARTIFACT_PATHS.asyncapi, ARTIFACT_PATHS.llms, ARTIFACT_PATHS.llmsFull]);
const isDeferredDownload = (file: string) => DEFERRED_FILES.has(file) || file.startsWith(VALIDATORS_FOLDER) || file.endsWith('.md');
/** What the generated public folder holds (`.ts` is the types download: text, not video/mp2t). */
const CONTENT_TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.ts': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
};

/**
 * Serves a file of the generated public folder as it is on disk now, or passes on. Vite is told not
 * to watch that folder (see below), so its own list of public files is the one it read at start.
 */
async function serveGenerated(file: string, response: ServerResponse, next: () => void): Promise<void> {
	let content: Buffer;
	try {
		content = await readFile(file);
	} catch {
		return next(); // not there (yet), or a folder
	}
	response.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
	response.end(content);
}

/**
 * The registry's state, one per process: Astro may set up its dev server more than once (and
 * load this module more than once), and every server must serve the same state.
 */
interface LiveState {
	error?: OverlayError;
	/** The registry's first load is under way (Astro starts beside it): every request waits. */
	loading: boolean;
	/** The first downloads are being made: requests for them wait. */
	preparing: boolean;
	/** Waiting requests, each asked again after every change of state. */
	held: (() => void)[];
	servers: Set<ViteDevServer>;
}
const STATE = Symbol.for('hookref.live-reload');

function liveState(): LiveState {
	const global = globalThis as { [STATE]?: LiveState };
	if (global[STATE]) return global[STATE];
	const state: LiveState = {
		servers: new Set(),
		loading: process.env.HOOKREF_DEV_LOADING === '1',
		preparing: process.env.HOOKREF_DEV_PREPARING === '1',
		held: [],
	};
	process.on('message', (message: unknown) => {
		if (!isDevMessage(message) || message.type !== 'hookref:registry') return;
		state.error = message.error ? overlayError(message.error) : undefined;
		state.loading = message.loading === true;
		state.preparing = message.preparing === true;
		for (const retry of state.held.splice(0)) retry();
		for (const server of state.servers) {
			if (state.error) {
				server.environments.client.hot.send({ type: 'error', err: state.error });
			} else if (message.reload) {
				// Astro caches each route's getStaticPaths() (its props carry the model): drop it.
				for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
				server.environments.client.hot.send({ type: 'full-reload', path: '*' });
			}
		}
	});
	// Without its registry process (killed, or crashed) the dev server has nothing to show.
	process.on('disconnect', () => process.exit(0));
	global[STATE] = state;
	return state;
}

export function hookrefLiveReload(): AstroIntegration {
	return {
		name: 'hookref:live-reload',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				// The registry is the registry process's to watch: left to Vite, a save there would
				// make Vite's client reload a page that shows the overlay before the registry is reloaded.
				const registry = process.env.HOOKREF_DEV_REGISTRY;
				// Nor need Vite watch hookref's work folder: built sites, their old versions, caches, test
				// and bench folders (gigabytes after a bench, symlink loops from the tests) kept a dev start
				// waiting for its watcher (~2 s at 2,000 events after a bench, before the first page). Under
				// `npm run dev` the generated public folder and the pages' model files are not watched
				// either: the registry process writes thousands of them at once, and Astro reloads its
				// content config for every JSON or Markdown file Vite reports (~30 s of a dev start at 2,000
				// events). Pages read their model files as they render, the registry process says when to
				// reload, and the public folder is served from disk below. The published site and its
				// versions are not watched wherever `HOOKREF_OUT_DIR` puts them.
				const watchedWork = process.env.HOOKREF_DEV ? [] : [PUBLIC_STAGING_DIR, SITE_PAGES_DIR];
				const unwatched = [OUT_DIR, versionsDirOf(OUT_DIR)];
				const within = (file: string, dir: string) => file === dir || file.startsWith(dir + path.sep);
				const ignoredWork = (file: string) => {
					const absolute = path.resolve(file);
					if (unwatched.some((dir) => within(absolute, dir))) return true;
					return within(absolute, WORK_DIR) && absolute !== WORK_DIR && !watchedWork.some((dir) => within(absolute, dir));
				};
				const ignored = registry ? [`${registry}/**`, ignoredWork] : [ignoredWork];
				// The event page's modules are compiled while the registry loads, not on the first request.
				const warmup = process.env.HOOKREF_DEV ? { ssrFiles: ['./src/pages/events/*.astro'] } : undefined;
				updateConfig({ vite: { server: { warmup, watch: { ignored } } } });
			},
			'astro:server:setup': ({ server }) => {
				if (!process.send || !process.env.HOOKREF_DEV) return;
				const state = liveState();
				state.servers.add(server);
				server.httpServer?.once('close', () => state.servers.delete(server));
				// Requests wait for the registry's first load. Files of the generated public folder are
				// served as they are on disk (Vite does not watch it), and a download the registry process
				// has not written yet is served once it has: the first page comes up before them (a
				// payload checker opened at once just waits).
				const publicDir = path.resolve(server.config.publicDir);
				const waitForRegistry = (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
					const hold = () => void state.held.push(() => waitForRegistry(request, response, next));
					if (state.loading) return hold();
					if (request.method !== 'GET' || !request.url) return next();
					const base = server.config.base.replace(/\/?$/, '/');
					let pathname: string;
					try {
						pathname = decodeURIComponent(new URL(request.url, 'http://dev').pathname);
					} catch {
						return next();
					}
					if (!pathname.startsWith(base)) return next();
					const file = pathname.slice(base.length);
					const target = path.resolve(publicDir, file);
					if (!target.startsWith(publicDir + path.sep)) return next();
					if (state.preparing && isDeferredDownload(file)) return hold();
					void serveGenerated(target, response, next);
				};
				server.middlewares.use(waitForRegistry);
				server.middlewares.use((request, response, next) => {
					if (!state.error || request.method !== 'GET' || !request.headers.accept?.includes('text/html')) return next();
					response.statusCode = 500;
					response.setHeader('Content-Type', 'text/html; charset=utf-8');
					response.end(errorPage(state.error));
				});
				process.send({ type: 'hookref:hello' } satisfies DevMessage);
			},
			'astro:server:start': () => {
				if (process.send && process.env.HOOKREF_DEV) process.send({ type: 'hookref:listening' } satisfies DevMessage);
			},
		},
	};
}
