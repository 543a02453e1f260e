/**
 * The default registry built for a GitHub Pages project site (`SITE_URL=https://example.github.io/repo`)
 * and served under `/repo/` with its `_headers`: in chromium, the home page, the catalog, an event
 * page, a guide, search and every download resolve under the path, with no console error.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { publicEvents, type Registry } from '../../src/lib/registry/model.ts';
import { checkLinks } from '../helpers/check-links.ts';
import { readJson, readPage, runBuild } from '../helpers/dist-checks.ts';
import { requireTool } from '../helpers/runtimes.ts';
import { serveStatic } from '../helpers/static-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const SITE_URL = 'https://example.github.io/repo';
const PREFIX = '/repo';
const DIST = path.resolve('.hookref/test-dist/subpath');
const available = requireTool(existsSync(CHROMIUM), 'Chromium (/usr/bin/chromium)', 'apt-get install -y chromium');

describe('a site built for a subpath (SITE_URL with a path)', () => {
	let registry: Registry;
	beforeAll(async () => {
		const build = runBuild('events', DIST, { SITE_URL });
		expect(build.status, build.output.slice(-3000)).toBe(0);
		registry = await loadRegistry('events');
	});

	it('has no broken internal link, asset or fragment under the path', () => {
		const report = checkLinks(DIST, SITE_URL);
		expect(report.broken).toEqual([]);
		expect(report.targets).toBeGreaterThan(publicEvents(registry).length + 20);
	});

	it('puts the path in canonical URLs, the sitemap, schema $ids and the catalog', () => {
		const event = publicEvents(registry)[0]!;
		const canonical = readPage(`events/${event.slug}`, DIST).querySelector('link[rel="canonical"]')!.getAttribute('href');
		expect(canonical).toBe(`${SITE_URL}/events/${event.slug}/`);
		expect(readPage('', DIST).querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${SITE_URL}/`);
		expect(readJson(`schemas/${event.slug}.json`, DIST).$id).toBe(`${SITE_URL}/schemas/${event.slug}.json`);
		const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(locs).toContain(`${SITE_URL}/events/${event.slug}/`);
		expect(locs.filter((loc) => !loc.startsWith(`${SITE_URL}/`))).toEqual([]);
		const catalog = readJson('api/v1/webhooks/events.json', DIST);
		expect(catalog.events[0].page_url).toBe(`${SITE_URL}/events/${event.slug}/`);
		expect(catalog.events[0].schema_url).toBe(`${SITE_URL}/schemas/${event.slug}.json`);
		// Every page link of every page starts with the path (the link check proves they resolve).
		const hrefs = readPage(`events/${event.slug}`, DIST).querySelectorAll('a[href^="/"]').map((a) => a.getAttribute('href')!);
		expect(hrefs.length).toBeGreaterThan(20);
		expect(hrefs.filter((href) => !href.startsWith(`${PREFIX}/`))).toEqual([]);
	});

	describe.runIf(available)('in a browser, served under /repo/', () => {
		let browser: Browser;
		let context: BrowserContext;
		let server: Awaited<ReturnType<typeof serveStatic>>;
		/** Everything that went wrong on any page: console errors, failed or non-2xx requests, requests outside the path. */
		const problems: string[] = [];

		beforeAll(async () => {
			server = await serveStatic(DIST, { prefix: PREFIX, headers: true });
			browser = await chromium.launch({
				executablePath: CHROMIUM,
				args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
			});
			context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const origin = new URL(server.url).origin;
			context.on('page', (page) => {
				page.on('console', (message) => {
					if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
				});
				page.on('pageerror', (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
				page.on('requestfailed', (request) => problems.push(`failed ${request.url()}: ${request.failure()?.errorText}`));
				page.on('response', (response) => {
					const url = new URL(response.url());
					if (url.origin !== origin) return;
					if (!url.pathname.startsWith(`${PREFIX}/`)) problems.push(`outside ${PREFIX}/: ${url.pathname}`);
					if (response.status() >= 400) problems.push(`${response.status()} ${url.pathname}`);
				});
			});
		});
		afterAll(async () => {
			await browser?.close();
			await server?.close();
		});

		/**
		 * Waits until the page has loaded its search UI (Starlight loads it when the browser is idle),
		 * so that leaving the page never interrupts it.
		 */
		const settled = (page: Page) => page.waitForSelector('#starlight__search .pagefind-ui', { state: 'attached' });

		async function open(route: string): Promise<Page> {
			const page = await context.newPage();
			const response = await page.goto(server.url + route);
			expect(response?.status(), route).toBe(200);
			await settled(page);
			return page;
		}

		/** Every same-site link of the page, fetched: each must answer 200 under the path. */
		async function checkLinksOf(page: Page): Promise<number> {
			const origin = new URL(server.url).origin;
			const hrefs: string[] = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
			// Links within the page (`#…`) are the static link check's business; here, other pages and files.
			const self = page.url().split('#')[0];
			const targets = [...new Set(hrefs.map((href) => href.split('#')[0]!))].filter((href) => new URL(href).origin === origin && href !== self);
			for (const target of targets) {
				expect(new URL(target).pathname, target).toMatch(/^\/repo\//);
				expect((await page.request.get(target)).status(), target).toBe(200);
			}
			return targets.length;
		}

		it('walks the home page, the catalog, an event page and a guide through their links', async () => {
			const event = publicEvents(registry).find((e) => e.type === 'appointment.orphan.detected')!;
			const page = await open('/');
			expect(await checkLinksOf(page)).toBeGreaterThan(10);
			// Follow links as a reader would: overview → catalog → an event → the verification guide.
			await page.locator('main a', { hasText: 'Event catalog' }).first().click();
			await page.waitForURL(`${server.url}/events/`);
			await settled(page);
			expect(await page.locator('h1').first().textContent()).toBe('Webhook events');
			expect(await checkLinksOf(page)).toBeGreaterThan(publicEvents(registry).length);
			await page.locator(`table.hr-catalog a[href="${PREFIX}/events/${event.slug}/"]`).click();
			await page.waitForURL(`${server.url}/events/${event.slug}/`);
			await settled(page);
			expect(await page.locator('h1').first().textContent()).toBe(event.type);
			expect(await checkLinksOf(page)).toBeGreaterThan(10);
			await page.locator('main a', { hasText: 'verification guide' }).first().click();
			await page.waitForURL(`${server.url}/guides/verification/`);
			await settled(page);
			expect(await checkLinksOf(page)).toBeGreaterThan(5);
			// A stylesheet was applied: the page is styled, not raw HTML.
			expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^(Times|serif)/);
			await page.close();
			expect(problems).toEqual([]);
		});

		it('search finds an event and its result link opens the event page', async () => {
			const event = publicEvents(registry).find((e) => e.type === 'appointment.orphan.detected')!;
			const page = await open('/events/');
			await page.click('button[data-open-modal]');
			await page.fill('#starlight__search input', 'orphan');
			// Results render as placeholders first and fill in as their data loads: wait until all have.
			await page.waitForFunction(() => {
				const results = [...document.querySelectorAll('.pagefind-ui__result')];
				return results.length > 0 && results.every((result) => result.querySelector('.pagefind-ui__result-link'));
			});
			const result = page.locator('.pagefind-ui__result-link').first();
			expect(await result.getAttribute('href')).toBe(`${PREFIX}/events/${event.slug}/`);
			await result.click();
			await page.waitForURL(`${server.url}/events/${event.slug}/`);
			await settled(page);
			expect(await page.locator('h1').first().textContent()).toBe(event.type);
			await page.close();
			expect(problems).toEqual([]);
		});

		it('every download link answers with its file, $ids under the path', async () => {
			let downloads = 0;
			for (const route of ['/', '/events/', `/events/${publicEvents(registry)[0]!.slug}/`, '/guides/verification/', '/events/deny-list/']) {
				const page = await open(route);
				const hrefs = await page.$$eval('a[download]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
				expect(hrefs.length, route).toBeGreaterThan(0);
				for (const href of hrefs) {
					expect(new URL(href).pathname, href).toMatch(/^\/repo\//);
					const response = await page.request.get(href);
					expect(response.status(), href).toBe(200);
					const text = await response.text();
					if (href.endsWith('.d.ts')) expect(text).toContain('export type WebhookEvent');
					else if (href.includes('/schemas/')) expect(JSON.parse(text).$id).toBe(`${SITE_URL}${new URL(href).pathname.slice(PREFIX.length)}`);
					else expect(() => JSON.parse(text)).not.toThrow();
					downloads++;
				}
				await page.close();
			}
			expect(downloads).toBeGreaterThan(15);
			expect(problems).toEqual([]);
		});

		it('sends the headers of _headers: nosniff everywhere, immutable caching for /_astro/', async () => {
			const page = await open('/');
			const response = await page.request.get(`${server.url}/`);
			expect(response.headers()['x-content-type-options']).toBe('nosniff');
			expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
			const stylesheet = await page.$eval('link[rel="stylesheet"]', (link) => (link as HTMLLinkElement).href);
			expect(new URL(stylesheet).pathname).toMatch(/^\/repo\/_astro\//);
			expect((await page.request.get(stylesheet)).headers()['cache-control']).toContain('immutable');
			await page.close();
			expect(problems).toEqual([]);
		});

		it('answers a missing page with the 404 page, whose links work', async () => {
			const page = await context.newPage();
			const response = await page.goto(`${server.url}/events/no-such-event/`);
			expect(response?.status()).toBe(404);
			await settled(page);
			expect(await page.locator('h1').first().textContent()).toBe('Page not found');
			expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE_URL}/404.html`);
			// The 404 page's own response is expected; everything it loads must not be.
			const missing = `${PREFIX}/events/no-such-event/`;
			const expected = [`404 ${missing}`, `console error on ${server.url}/events/no-such-event/: Failed to load resource: the server responded with a status of 404 (Not Found)`];
			expect(problems.filter((p) => p.includes('no-such-event'))).toEqual(expected);
			problems.splice(0, problems.length, ...problems.filter((p) => !expected.includes(p)));
			expect(await checkLinksOf(page)).toBeGreaterThan(2);
			await page.close();
			expect(problems).toEqual([]);
		});
	});
});
