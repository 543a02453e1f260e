/**
 * The Astro side of `npm run dev` (scripts/dev.ts): the registry process reports each reload of
 * the registry over IPC, and this integration reloads the open pages, or shows the registry's
 * problems in Astro's error overlay, and keeps showing them on every page load until a good
 * save. Inert under a plain `astro dev`, which has no registry process to listen to.
 */
import type { AstroIntegration } from 'astro';
import { escapeText } from '../site/html.ts';
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
<script type="module">import { ErrorOverlay } from '/@vite/client'; document.body.appendChild(new ErrorOverlay(${json}));</script>
</head><body><noscript><pre>${escapeText(error.stack)}</pre></noscript></body></html>`;
}

export function hookrefLiveReload(): AstroIntegration {
	return {
		name: 'hookref:live-reload',
		hooks: {
			'astro:server:setup': ({ server, logger }) => {
				if (!process.send || !process.env.HOOKREF_DEV) return;
				let error: OverlayError | undefined;

				const onMessage = (message: unknown) => {
					if (!isDevMessage(message) || message.type !== 'hookref:registry') return;
					error = message.error ? overlayError(message.error) : undefined;
					if (error) {
						server.environments.client.hot.send({ type: 'error', err: error });
					} else if (message.reload) {
						// Astro caches each route's getStaticPaths() (its props carry the model): drop it.
						for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
						server.environments.client.hot.send({ type: 'full-reload', path: '*' });
						logger.debug('registry reloaded: pages reloaded');
					}
				};
				// Without its registry process (killed, or crashed) the dev server has nothing to show.
				const onDisconnect = () => process.exit(0);
				process.on('message', onMessage);
				process.on('disconnect', onDisconnect);
				server.httpServer?.once('close', () => {
					process.off('message', onMessage);
					process.off('disconnect', onDisconnect);
				});

				server.middlewares.use((request, response, next) => {
					if (!error || request.method !== 'GET' || !request.headers.accept?.includes('text/html')) return next();
					response.statusCode = 500;
					response.setHeader('Content-Type', 'text/html; charset=utf-8');
					response.end(errorPage(error));
				});
				process.send({ type: 'hookref:hello' } satisfies DevMessage);
			},
		},
	};
}
