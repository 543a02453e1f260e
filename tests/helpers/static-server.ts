/**
 * Serves a built site on a loopback port, the way a static host would (dir → index.html, the
 * site's 404.html for anything missing), at the root or mounted under a path prefix as GitHub
 * Pages serves a project site (`/repo/…`). With `headers`, it applies the site's `_headers`
 * file as Netlify and Cloudflare Pages do, so tests see the responses those hosts send.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.ts': 'application/typescript; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.md': 'text/markdown; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
	/** Path the site is mounted at, e.g. `/repo`; requests outside it get a bare 404. */
	prefix?: string;
	/** Apply `<root>/_headers` (Netlify / Cloudflare Pages syntax). */
	headers?: boolean;
}

type HeaderRule = { pattern: RegExp; headers: [string, string][] };

/** The `_headers` rules: a path line, then indented `Name: value` lines; `*` matches anything. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
			rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
			continue;
		}
		const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
		if (!match || rules.length === 0) throw new Error(`_headers: cannot read line "${line}"`);
		rules.at(-1)!.headers.push([match[1]!, match[2]!]);
	}
	return rules;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
	const prefix = (options.prefix ?? '').replace(/\/+$/, '');
	const headersFile = path.join(root, '_headers');
	const rules = options.headers && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const server: Server = createServer((req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end(`outside ${prefix}/`);
			return;
		}
		const sitePath = pathname.slice(prefix.length) || '/';
		for (const rule of rules) {
			if (rule.pattern.test(sitePath)) for (const [name, value] of rule.headers) res.setHeader(name, value);
		}
		let file = path.join(root, sitePath);
		if (!file.startsWith(root)) file = root;
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': 'text/html' });
			createReadStream(path.join(root, '404.html')).pipe(res);
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
