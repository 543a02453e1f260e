/**
 * Node module hooks for the dev server's registry imports (registered by fresh-import.ts; plain
 * JavaScript because hooks run in Node's loader thread). A registry file imported as
 * `file.ts?hookref-v=N` passes `?hookref-v=N` on to every file it imports from inside the
 * registry folder, so an edited helper such as `_shared.ts` is evaluated afresh with the events
 * that import it, while `hookref`, zod and node_modules stay single instances. Each such import
 * is reported as an edge of the registry's dependency graph.
 */
const VERSION = 'hookref-v';
let root;
let port;

export function initialize(data) {
	root = data.root;
	port = data.port;
	// A ping answered in order: once the answer arrives, every edge sent before it has too.
	port.on('message', (message) => port.postMessage(message));
	port.unref();
}

const withoutQuery = (url) => url.split('?')[0];

export async function resolve(specifier, context, nextResolve) {
	const result = await nextResolve(specifier, context);
	const version = context.parentURL && new URL(context.parentURL).searchParams.get(VERSION);
	if (!version || !result.url.startsWith(root) || result.url.includes('/node_modules/')) return result;
	const url = new URL(result.url);
	url.searchParams.set(VERSION, version);
	port.postMessage({ parent: withoutQuery(context.parentURL), child: withoutQuery(result.url) });
	return { ...result, url: url.href };
}
