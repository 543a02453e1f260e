/**
 * The built default site in a real browser (playwright-core driving Debian's chromium): search,
 * copy, downloads, navigation, mobile layout and accessibility. Screenshots go to test-output/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { publicEvents, type Registry } from '../../src/lib/registry/model.ts';
import { formatBytes } from '../../src/lib/artifacts/downloads.ts';
import { parseHeaderLines, toCurl } from '../../src/lib/site/curl.ts';
import { signedHeaders } from '../../src/lib/site/delivery-headers.ts';
import { DEFAULT_DIST } from '../helpers/dist-checks.ts';
import { requireTool } from '../helpers/runtimes.ts';
import { serveStatic } from '../helpers/static-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.resolve('test-output');
const available = requireTool(existsSync(CHROMIUM), 'Chromium (/usr/bin/chromium)', 'apt-get install -y chromium');

describe.runIf(available)('the site in a browser', () => {
	let browser: Browser;
	let context: BrowserContext;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	let registry: Registry;

	beforeAll(async () => {
		expect(inject('defaultBuild').status).toBe(0);
		registry = await loadRegistry('events');
		server = await serveStatic(DEFAULT_DIST);
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		});
		context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
		mkdirSync(SCREENSHOTS, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	async function open(urlPath: string, ctx: BrowserContext = context): Promise<Page> {
		const page = await ctx.newPage();
		const response = await page.goto(server.url + urlPath);
		expect(response?.status(), urlPath).toBe(200);
		return page;
	}

	/** Result links of a search from the Starlight search dialog. */
	async function search(page: Page, query: string): Promise<string[]> {
		await page.click('button[data-open-modal]');
		await page.fill('#starlight__search input', query);
		await page.waitForSelector('.pagefind-ui__result-link');
		await page.waitForFunction(
			(q) => document.querySelector('.pagefind-ui__message')?.textContent?.includes(q),
			query,
		);
		// Results render as placeholders and fill in as their data loads, not in order: wait for all.
		await page.waitForFunction(() =>
			[...document.querySelectorAll('.pagefind-ui__result')].every((result) => result.querySelector('.pagefind-ui__result-link')),
		);
		return page.$$eval('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link', (links) =>
			links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
	}

	it('search finds an event by its full type, a part of it and a word of its description', async () => {
		const page = await open('/events/');
		for (const query of ['appointment.orphan.detected', 'orphan', 'reconciliation']) {
			const results = await search(page, query);
			expect(results[0], query).toBe('/events/appointment.orphan.detected/');
			await page.keyboard.press('Escape');
		}
		for (const event of publicEvents(registry)) {
			const results = await search(page, event.type);
			expect(results[0], event.type).toBe(`/events/${event.slug}/`);
			await page.keyboard.press('Escape');
		}
		await page.close();
	}, 120_000); // 20 searches: ~27 s on the shared 2-core machine

	it('the category filter narrows results to one category', async () => {
		const page = await open('/events/');
		const all = await search(page, 'cancelled');
		const categories = (paths: string[]) =>
			new Set(paths.filter((p) => p.startsWith('/events/') && p !== '/events/').map((p) => registry.events.find((e) => `/events/${e.slug}/` === p)?.category));
		expect(categories(all).size).toBeGreaterThan(1);
		await page.getByRole('checkbox', { name: /^Billing/ }).check();
		// Pagefind re-renders the results when the filter applies: wait for that state, not for a time.
		const shown = () =>
			page.$$eval('.pagefind-ui__result-title > .pagefind-ui__result-link', (links) =>
				links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
			);
		await expect.poll(async () => [...categories(await shown())], { timeout: 15_000 }).toEqual(['billing']);
		await page.close();
	});

	it('the copy button puts exactly the sample JSON on the clipboard', async () => {
		const event = publicEvents(registry).find((e) => e.type === 'listing.status_changed')!;
		const page = await open(`/events/${event.slug}/`);
		const buttons = page.locator('.hr-sample .hr-code').filter({ hasText: 'Body' }).locator('.hr-copy');
		expect(await buttons.count()).toBe(event.deliveries.length);
		for (const [i, delivery] of event.deliveries.entries()) {
			await buttons.nth(i).click();
			await expect.poll(() => buttons.nth(i).textContent()).toBe('Copied');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe(delivery.json);
			expect(JSON.parse(copied)).toEqual(delivery.body);
		}
		await page.close();
	});

	it('composes a later sample\'s curl when its details open, as toCurl does, and copies it', async () => {
		const event = publicEvents(registry).find((e) => e.type === 'listing.status_changed')!;
		expect(event.deliveries.length).toBeGreaterThan(1);
		const delivery = event.deliveries[1]!;
		const expected = toCurl('http://localhost:3000/webhooks', signedHeaders(registry.platform, delivery), delivery.json);
		const page = await open(`/events/${event.slug}/`);
		const sample = page.locator('.hr-sample').nth(1);
		const details = sample.locator('details.hr-sample-extra');
		const curl = sample.locator('code[data-curl-url]');
		// Closed, and nothing composed yet: the command is not in the page's bytes.
		expect(await details.getAttribute('open')).toBeNull();
		expect(await curl.textContent()).toBe('');
		await details.locator('summary').click();
		await expect.poll(() => curl.textContent()).not.toBe('');
		expect(await curl.textContent()).toBe(expected);
		// …and equals toCurl of the body and headers the section shows.
		const shown = await sample.evaluate((section) => ({
			body: section.querySelector('code[data-sample="body"]')!.textContent!,
			headers: section.querySelector('code[data-sample="headers"]')!.textContent!,
		}));
		expect(shown.body).toBe(delivery.json);
		expect(await curl.textContent()).toBe(toCurl('http://localhost:3000/webhooks', parseHeaderLines(shown.headers), shown.body));
		const copy = sample.getByRole('button', { name: 'Copy as curl' });
		await copy.click();
		await expect.poll(() => copy.textContent()).toBe('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
		// Closing and reopening keeps the one command.
		await details.locator('summary').click();
		await details.locator('summary').click();
		await expect.poll(() => details.getAttribute('open')).toBe('');
		expect(await curl.textContent()).toBe(expected);
		await page.close();
	});

	it('every download link on an event page and on the catalog returns the right content', async () => {
		for (const urlPath of ['/events/', '/events/appointment.scheduled/']) {
			const page = await open(urlPath);
			const hrefs = await page.$$eval('main a[download]', (links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
			expect(hrefs.length).toBeGreaterThan(3);
			for (const href of hrefs) {
				const response = await page.request.get(server.url + href);
				expect(response.status(), href).toBe(200);
				const text = await response.text();
				if (href.endsWith('.d.ts')) {
					expect(text).toContain('export type WebhookEvent =');
					continue;
				}
				const json = JSON.parse(text);
				if (href.startsWith('/schemas/')) {
					expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
					expect(json.$id.endsWith(href)).toBe(true);
				}
				if (href === '/schemas/appointment.scheduled.json') expect(json.title).toBe('appointment.scheduled');
				if (href.endsWith('/events.json')) expect(json.count).toBe(17);
				if (href.endsWith('test-vectors.json')) expect(json.vectors.length).toBeGreaterThan(17);
			}
			await page.close();
		}
	});

	it('"Copy page as Markdown" loads its code on the click and puts the twin’s exact text on the clipboard', async () => {
		for (const urlPath of ['/events/listing.created/', '/guides/verification/']) {
			const page = await open(urlPath);
			const twin = await page.getAttribute('link[rel="alternate"][type="text/markdown"]', 'href');
			expect(twin, urlPath).toBe(`${urlPath.replace(/\/$/, '')}.md`);
			const expected = readFileSync(path.join(DEFAULT_DIST, twin!), 'utf8');
			const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('copy-page-markdown')));
			expect(await loaded()).toBe(false);
			const button = page.getByRole('button', { name: 'Copy page as Markdown' });
			await page.evaluate(() => navigator.clipboard.writeText(''));
			await button.click();
			await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
			expect(await loaded()).toBe(true);
			if (urlPath.startsWith('/events/')) await page.screenshot({ path: path.join(SCREENSHOTS, 'copy-page-markdown.png'), clip: { x: 0, y: 0, width: 1280, height: 300 } });
			await page.close();
		}
	});

	it('every link on the Downloads page resolves to the file it names, of the size it states', async () => {
		const page = await open('/downloads/');
		await page.screenshot({ path: path.join(SCREENSHOTS, 'downloads.png'), fullPage: true });
		const rows = await page.$$eval('table.hr-downloads-table tbody tr', (trs) =>
			trs.map((tr) => {
				const a = tr.querySelector('a')!;
				return { href: a.getAttribute('href')!, label: a.textContent!.trim(), size: tr.querySelectorAll('td')[2]!.textContent!.trim() };
			}),
		);
		const hrefs = rows.map((row) => row.href);
		for (const file of ['/openapi.json', '/asyncapi.json', '/llms.txt', '/llms-full.txt', '/schemas/events.bundle.json', '/types/events.d.ts', '/api/v1/webhooks/events.json', '/verification/test-vectors.json']) {
			expect(hrefs).toContain(file);
		}
		expect(hrefs.some((href) => /^\/events\/[^/]+\.md$/.test(href))).toBe(true);
		for (const row of rows) {
			const response = await page.request.get(server.url + row.href);
			expect(response.status(), row.href).toBe(200);
			expect(row.href.endsWith(`/${row.label}`), row.href).toBe(true);
			expect(row.size, row.href).toBe(formatBytes((await response.body()).length));
		}
		await page.close();
	});

	it('every catalog row links to a page whose h1 is the event type, and the sidebar marks it', async () => {
		const page = await open('/events/');
		await page.screenshot({ path: path.join(SCREENSHOTS, 'catalog.png'), fullPage: true });
		const rows = await page.$$eval('table.hr-catalog tbody a', (links) => links.map((a) => ({ href: (a as HTMLAnchorElement).getAttribute('href')!, text: a.textContent!.trim() })));
		expect(rows).toHaveLength(17);
		for (const row of rows) {
			await page.goto(server.url + row.href);
			expect(await page.locator('h1').first().textContent()).toBe(row.text);
			const current = page.locator('nav.sidebar a[aria-current="page"]');
			expect(await current.count()).toBe(1);
			expect((await current.textContent())?.trim()).toBe(row.text);
		}
		await page.goto(server.url + '/events/appointment.orphan.detected/');
		await page.screenshot({ path: path.join(SCREENSHOTS, 'event-page.png'), fullPage: true });
		await page.close();
	});

	it('at 375 px the menu opens and nothing scrolls sideways', async () => {
		const mobile = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
		for (const urlPath of ['/', '/events/', '/events/listing.updated/', '/guides/verification/', '/events/deny-list/']) {
			const page = await open(urlPath, mobile);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, urlPath).toBeLessThanOrEqual(0);
			if (urlPath === '/events/listing.updated/') {
				const menu = page.locator('button.sl-menu-button');
				await expect.poll(() => menu.isVisible()).toBe(true);
				await menu.click();
				await expect.poll(() => page.locator('nav.sidebar a[aria-current="page"]').isVisible()).toBe(true);
				await page.screenshot({ path: path.join(SCREENSHOTS, 'mobile-menu.png') });
			}
			await page.close();
		}
		await mobile.close();
	});

	it('axe finds no serious or critical violation in light and dark themes', async () => {
		const axeSource = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
		for (const theme of ['light', 'dark'] as const) {
			// axe is injected as an inline script, which the site's CSP rightly refuses: this context
			// bypasses the CSP for the tool (tests/browser/csp.test.ts checks the site under it).
			const themed = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme, bypassCSP: true });
			for (const urlPath of ['/events/', '/events/listing.created/', '/events/deny-list/']) {
				const page = await open(urlPath, themed);
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
				await page.addScriptTag({ content: axeSource });
				const violations = await page.evaluate(async () => {
					// @ts-expect-error injected above
					const result = await window.axe.run(document, { resultTypes: ['violations'] });
					return result.violations
						.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
						.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
				});
				expect(violations, `${theme} ${urlPath}`).toEqual([]);
				await page.close();
			}
			await themed.close();
		}
	});
});
