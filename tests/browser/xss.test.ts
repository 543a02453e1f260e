/**
 * The XSS corpus (tests/helpers/xss-registry.ts) in chromium: every page and a search, under the
 * site's CSP and again with the CSP bypassed, so the sanitiser and escaping hold on their own.
 * No dialog, no payload marker, no CSP violation; the payloads still read as text.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchChromium, recordCspViolations, searchFor, violations, waitForResults, watchPage } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { PLATFORM_NAME, VISIBLE_PAYLOAD, XSS_CATEGORY_TITLE, XSS_DIST, XSS_SUMMARY } from '../helpers/xss-registry.ts';

/** Every built page as a URL path: `/`, `/events/…/`, `/404.html`. */
const pagePaths = () =>
	readdirSync(XSS_DIST, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
		.sort();

describe.runIf(chromiumAvailable())('the XSS corpus in a browser', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveStatic>>;

	beforeAll(async () => {
		expect(inject('xssBuild').status, inject('xssBuild').output).toBe(0);
		server = await serveStatic(XSS_DIST);
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	/** Visits every page, tabs through it, then searches. */
	async function visitAll(context: BrowserContext) {
		const paths = pagePaths();
		expect(paths).toEqual(expect.arrayContaining(['/', '/404.html', '/events/', '/events/payload.delivered/', '/events/payload.retired/', '/guides/verification/']));
		const seen: { path: string; dialogs: string[]; errors: string[]; violations: string[]; marker: unknown }[] = [];
		for (const urlPath of paths) {
			const page = await context.newPage();
			const watched = watchPage(page);
			await page.goto(server.url + urlPath, { waitUntil: 'load' });
			// Focus handlers need a reader: Tab through the page (tests/site/csp.test.ts checks that no
			// element carries an on* attribute at all).
			for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
			await searchFor(page, 'payload');
			// Excerpts and filter names are inserted as HTML once each result has loaded.
			await waitForResults(page);
			seen.push({ path: urlPath, ...watched, violations: await violations(page), marker: await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss) });
			await page.close();
		}
		return seen;
	}

	it('under the CSP: no dialog, no payload runs, no CSP violation on any page or in search', async () => {
		const context = await browser.newContext();
		await recordCspViolations(context);
		const seen = await visitAll(context);
		expect(seen.length).toBeGreaterThanOrEqual(10);
		expect(seen.filter((s) => s.dialogs.length || s.errors.length || s.violations.length || s.marker !== undefined)).toEqual([]);
		await context.close();
	}, 180_000);

	it('with the CSP bypassed, the sanitiser and escaping alone stop every payload', async () => {
		const context = await browser.newContext({ bypassCSP: true });
		const seen = await visitAll(context);
		expect(seen.filter((s) => s.dialogs.length || s.errors.length || s.marker !== undefined)).toEqual([]);
		await context.close();
	}, 180_000);

	it('the payloads still read as text: title, summary, category, sample name, search filter and excerpt', async () => {
		const context = await browser.newContext();
		const page: Page = await context.newPage();
		await page.goto(`${server.url}/events/payload.retired/`);
		expect(await page.title()).toContain(PLATFORM_NAME);
		expect(await page.locator('.hr-summary').textContent()).toBe(XSS_SUMMARY);
		expect(await page.locator('.hr-event-meta a').first().textContent()).toBe(XSS_CATEGORY_TITLE);
		expect(await page.locator('.hr-sample h3').first().textContent()).toContain(`Sample name ${VISIBLE_PAYLOAD} </h3><script>`);
		expect(await page.locator('main').textContent()).toContain(`Event description ${VISIBLE_PAYLOAD} <script>alert('xss-1')</script>`);
		expect(await page.locator('main [onerror], main [onload], main [onclick], main iframe, main object, main embed, main form, main script:not([src]), main svg:not(.hr-timeline)').count()).toBe(0);

		await page.goto(`${server.url}/events/`);
		expect(await page.locator('main h2').allTextContents()).toContain(XSS_CATEGORY_TITLE);
		expect(await page.locator('main').textContent()).toContain(`JSON Schema of the ${XSS_CATEGORY_TITLE} events.`);
		await searchFor(page, 'payload');
		await waitForResults(page);
		const filter = page.getByRole('checkbox', { name: XSS_CATEGORY_TITLE });
		await filter.check();
		await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result').length === 2);
		expect(await page.locator('.pagefind-ui__filter-value label').allTextContents()).toContain(`${XSS_CATEGORY_TITLE} (2)`);
		expect(await page.locator('.pagefind-ui__result-excerpt').first().textContent()).toContain(VISIBLE_PAYLOAD);
		expect(await page.locator('#starlight__search img[onerror]').count()).toBe(0);
		await context.close();
	});
});
