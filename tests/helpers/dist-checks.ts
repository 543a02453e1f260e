/**
 * Assertions on a built `dist/` that hold for every registry: pages and their sections, the
 * downloads, and no internal event anywhere. Shared by the default and example builds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect } from 'vitest';
import { findLeaks } from '../../src/lib/pipeline/check-leaks.ts';
import { publicEvents, type Registry } from '../../src/lib/registry/model.ts';
import { createAjv } from '../../src/lib/schema/ajv.ts';
import { EVENT_PAGE_SECTIONS } from '../../src/lib/site/sections.ts';
import { parseHeaderLines, toCurl } from '../../src/lib/site/curl.ts';
import { basePathOf, pagePath, siteUrlOf } from '../../src/lib/site/urls.ts';
import { checkLinks } from './check-links.ts';
import { parseHeadersFile } from './static-server.ts';

/** Where the test run's default build goes (not `dist/`, which belongs to the user). */
export const DEFAULT_DIST = path.resolve('.hookref/test-dist/default');
const DIST = DEFAULT_DIST;

/** The example registries: every folder under `examples/`. */
export const listExamples = () =>
	existsSync('examples')
		? readdirSync('examples', { withFileTypes: true })
				.filter((entry) => entry.isDirectory() && existsSync(path.join('examples', entry.name, 'platform.ts')))
				.map((entry) => entry.name)
				.sort()
		: [];

/** Where the test run builds `examples/<name>`. */
export const exampleDist = (name: string) => path.resolve('.hookref/test-dist', name);

/** Runs `npm run build`'s script for a registry folder; returns its exit code and output. */
export function runBuild(eventsDir: string, outDir = DIST, env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], {
		env: { ...process.env, EVENTS_DIR: eventsDir, HOOKREF_OUT_DIR: outDir, ...env },
		encoding: 'utf8',
	});
	return { status: result.status, output: result.stdout + result.stderr };
}

export function readPage(urlPath: string, dist = DIST): HTMLElement {
	const file = path.join(dist, urlPath, 'index.html');
	expect(existsSync(file), `${urlPath} is built`).toBe(true);
	// `<pre>` is parsed as HTML (not raw text) so that highlighted samples read back as their text.
	return parse(readFileSync(file, 'utf8'), { blockTextElements: { script: true, style: true } });
}

export const readJson = (urlPath: string, dist = DIST) => JSON.parse(readFileSync(path.join(dist, urlPath), 'utf8'));

/** Text of the page's main content h2s, in order. */
export const h2s = (page: HTMLElement) =>
	page.querySelectorAll('main h2').map((h) => h.text.trim()).filter((t) => t !== 'On this page');

export function checkDist(registry: Registry, dist = DIST) {
	const events = publicEvents(registry);
	const internal = registry.events.filter((e) => e.visibility === 'internal');

	// Every public event has a page with the five sections in order, and its schema validates its samples.
	for (const event of events) {
		const page = readPage(`events/${event.slug}`, dist);
		expect(page.querySelector('h1')?.text.trim()).toBe(event.type);
		const sections = h2s(page);
		expect(sections.slice(0, EVENT_PAGE_SECTIONS.length), event.type).toEqual(EVENT_PAGE_SECTIONS.map((s) => s.text));
		const schema = readJson(`schemas/${event.slug}.json`, dist);
		const validate = createAjv().compile(schema);
		for (const delivery of event.deliveries) expect(validate(delivery.body)).toBe(true);
		// The page shows every sample body exactly.
		const codes = page.querySelectorAll('.hr-sample pre').map((pre) => pre.text);
		for (const delivery of event.deliveries) {
			expect(codes.some((code) => code.replace(/\s+/g, '') === delivery.json.replace(/\s+/g, ''))).toBe(true);
		}
	}
	// The catalog lists every public event once, in category order.
	const catalog = readPage('events', dist);
	const rows = catalog.querySelectorAll('table.hr-catalog tbody tr a').map((a) => a.getAttribute('href'));
	const base = basePathOf(siteUrlOf(registry.platform));
	expect(rows).toEqual(events.map((e) => `${base}${pagePath(e.slug)}`));
	expect(h2s(catalog).slice(0, registry.platform.categories.length)).toEqual(registry.platform.categories.map((c) => c.title));
	const machine = readJson('api/v1/webhooks/events.json', dist);
	expect(machine.count).toBe(events.length);
	expect(machine.events.map((e: { type: string }) => e.type)).toEqual(events.map((e) => e.type));
	// Bundles and types.
	const bundle = readJson('schemas/events.bundle.json', dist);
	createAjv().compile(bundle);
	expect(bundle.oneOf).toHaveLength(events.length);
	expect(readFileSync(path.join(dist, 'types/events.d.ts'), 'utf8')).toContain('export type WebhookEvent');
	// The fixed pages exist.
	for (const p of ['', 'events/deny-list', 'guides/envelope', 'guides/verification', 'guides/retries']) readPage(p, dist);
	// Search index built.
	expect(existsSync(path.join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
	// Nothing internal anywhere, compressed index included.
	const needles = internal.flatMap((e) => [e.type, e.slug]);
	expect(findLeaks(dist, needles)).toEqual([]);
	for (const e of internal) expect(existsSync(path.join(dist, 'events', e.slug))).toBe(false);
	// Host files: the headers Netlify and Cloudflare Pages apply, and GitHub Pages' no-Jekyll marker.
	const headers = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
	expect(headers.find((rule) => rule.pattern.test('/events/'))?.headers).toContainEqual(['X-Content-Type-Options', 'nosniff']);
	expect(existsSync(path.join(dist, '.nojekyll'))).toBe(true);
	// Every internal link, asset and fragment resolves, as served at the site's URL.
	const links = checkLinks(dist, siteUrlOf(registry.platform));
	expect(links.broken).toEqual([]);
	expect(links.targets).toBeGreaterThan(events.length);
	return { pages: readdirSync(path.join(dist, 'events')).length, links };
}

/**
 * Runs the verification guide's "worked example" shell command over the first test vector's body
 * and headers, and returns what it prints: an integrator's generic-tool recomputation.
 */
export function runWorkedExample(dist: string): { output: string; vector: { body: string; headers: Record<string, string>; signature: string } } {
	const button = readPage('guides/verification', dist)
		.querySelectorAll('button[data-code]')
		.find((b) => b.getAttribute('data-code')!.includes('openssl dgst'));
	expect(button, 'the guide has a worked example').toBeDefined();
	// Expressive Code joins the lines of `data-code` with U+007F.
	const command = button!.getAttribute('data-code')!.replaceAll('\u007f', '\n');
	const vector = readJson('verification/test-vectors.json', dist).vectors[0];
	const dir = mkdtempSync(path.join(tmpdir(), 'worked-example-'));
	writeFileSync(path.join(dir, 'body.json'), vector.body);
	const run = spawnSync('sh', ['-c', command], {
		cwd: dir,
		encoding: 'utf8',
		env: {
			...process.env,
			TIMESTAMP: vector.timestamp,
			WEBHOOK_ID: vector.headers['webhook-id'] ?? '',
			WEBHOOK_TIMESTAMP: vector.headers['webhook-timestamp'] ?? '',
		},
	});
	expect(run.status, run.stderr).toBe(0);
	return { output: run.stdout.trim(), vector };
}

/**
 * Each sample block of an event page: its exact body, its headers, and its curl command, either
 * printed (`composedUrl` undefined) or left for the page's script to compose, which `curl` then
 * holds as that script composes it (tests/browser/site.test.ts checks the browser does so).
 */
export function readSamples(page: HTMLElement): { body: string; headers: Record<string, string>; curl: string; composedUrl?: string }[] {
	return page.querySelectorAll('.hr-sample').map((sample) => {
		const body = sample.querySelector('code[data-sample="body"]')!.text;
		const headers = parseHeaderLines(sample.querySelector('code[data-sample="headers"]')?.text ?? '');
		const curlCode = sample.querySelectorAll('pre code').at(-1)!;
		const composedUrl = curlCode.getAttribute('data-curl-url');
		if (composedUrl === undefined) return { body, headers, curl: curlCode.text };
		expect(curlCode.text, 'a composed curl block is empty in the HTML').toBe('');
		return { body, headers, curl: toCurl(composedUrl, headers, body), composedUrl };
	});
}
