/** The link checker on a hand-made site: it must find each kind of broken link, and only those. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../helpers/check-links.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(file: string, content: string) {
	mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
	writeFileSync(path.join(dist, file), content);
}

write('index.html', `<link rel="canonical" href="https://host.example/repo/"><link rel="stylesheet" href="/repo/_astro/site.css">
<h1 id="top">Home</h1>
<a href="/repo/events/">ok</a> <a href="events/#billing">ok, relative</a> <a href="#top">ok, same page</a>
<a href="/repo/events/#nope">missing fragment</a> <a href="/events/">outside the base</a>
<a href="/repo/guides/">missing page</a> <a href="/repo/events">folder without slash</a>
<a href="https://elsewhere.example/x">external</a> <a href="mailto:a@b.example">mail</a>
<script src="/repo/_astro/missing.js"></script><img srcset="/repo/a.png 1x, /repo/b.png 2x">`);
write('events/index.html', `<h2 id="billing">Billing</h2><meta property="og:url" content="https://host.example/repo/events/">`);
write('_astro/site.css', `body{background:url(/repo/bg.png)} a{background:url("data:image/svg+xml,x")}`);
write('a.png', '');
write('sitemap-0.xml', `<urlset><url><loc>https://host.example/repo/</loc></url><url><loc>https://host.example/repo/gone/</loc></url></urlset>`);

describe('checkLinks', () => {
	it('reports every broken link with its page and reason, and nothing else', () => {
		const report = checkLinks(dist, 'https://host.example/repo');
		expect(report.broken.map((b) => `${b.from} ${b.url}: ${b.reason}`).sort()).toEqual([
			'_astro/site.css /repo/bg.png: no file bg.png',
			'index.html /events/: outside the base path /repo/',
			'index.html /repo/_astro/missing.js: no file _astro/missing.js',
			'index.html /repo/b.png: no file b.png',
			'index.html /repo/events/#nope: no id "nope" in events/index.html',
			'index.html /repo/events: events is a folder: link it with a trailing slash',
			'index.html /repo/guides/: no file guides/index.html',
			'sitemap-0.xml https://host.example/repo/gone/: no file gone/index.html',
		]);
		expect(report.external).toBe(1);
	});

	it('reads the same site at the wrong base path as broken throughout', () => {
		const report = checkLinks(dist, 'https://host.example/');
		expect(report.broken.filter((b) => b.url.startsWith('/repo/')).length).toBeGreaterThan(5);
	});
});
