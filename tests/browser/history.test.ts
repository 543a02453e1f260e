/**
 * The history features in a browser, on `examples/members-history` (three releases and unreleased
 * changes): the changelog, an event's History section and version picker, an old version's page,
 * a deprecated event's banner, catalog badge and search result, and the feed. Screenshots go to
 * test-output/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exampleDist } from '../helpers/dist-checks.ts';
import { requireTool } from '../helpers/runtimes.ts';
import { serveStatic } from '../helpers/static-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.resolve('test-output');
const DIST = exampleDist('members-history');
const available = requireTool(existsSync(CHROMIUM), 'Chromium (/usr/bin/chromium)', 'apt-get install -y chromium');

describe.runIf(available)('history in a browser', () => {
	let browser: Browser;
	let context: BrowserContext;
	let server: Awaited<ReturnType<typeof serveStatic>>;

	beforeAll(async () => {
		expect(inject('exampleBuilds')?.['members-history']?.status ?? (existsSync(DIST) ? 0 : 1)).toBe(0);
		server = await serveStatic(DIST);
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		});
		context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		mkdirSync(SCREENSHOTS, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	async function open(urlPath: string): Promise<Page> {
		const page = await context.newPage();
		const response = await page.goto(server.url + urlPath);
		expect(response?.status(), urlPath).toBe(200);
		return page;
	}

	it('the changelog lists releases newest first, breaking changes first and labelled, linking to the events', async () => {
		const page = await open('/changelog/');
		const titles = await page.$$eval('main h2', (h2s) => h2s.map((h) => h.textContent?.trim()).filter((t) => t !== 'On this page'));
		expect(titles).toEqual(['Unreleased', '2025-12-01', '2025-09-01', '2025-06-02']);
		const release = page.locator('section[aria-labelledby="release-2025-12-01"]');
		await expect.poll(() => release.locator('.hr-release-meta').textContent()).toContain('1 breaking change');
		// The team's release notes, then the computed list: the breaking event first.
		expect(await release.locator('p', { hasText: 'Sessions get their own event' }).count()).toBe(1);
		const first = release.locator('.hr-release-event').first();
		expect(await first.locator('a code').textContent()).toBe('payment.failed');
		expect(await first.locator('li').first().locator('.hr-severity').textContent()).toBe('Breaking');
		await first.locator('a').click();
		await page.waitForURL('**/events/payment.failed/');
		await page.goto(server.url + '/changelog/');
		await page.screenshot({ path: path.join(SCREENSHOTS, 'changelog.png'), fullPage: true });
		await page.close();
	});

	it('every page announces the Atom feed, and the feed opens', async () => {
		const page = await open('/events/');
		const feed = await page.getAttribute('head link[rel="alternate"][type="application/atom+xml"]', 'href');
		expect(feed).toBe('/changelog.xml');
		const response = await page.goto(server.url + feed);
		expect(response?.status()).toBe(200);
		expect(await response?.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
		await page.close();
	});

	it("an event's History section and version picker lead to a released version's page", async () => {
		const page = await open('/events/payment.failed/');
		const history = page.locator('.hr-history');
		expect(await history.locator('.hr-history-version strong').allTextContents()).toEqual(['2025-12-01', '2025-06-02']);
		expect(await history.locator('li[data-severity="breaking"]').first().textContent()).toContain('/data/error_code');
		await page.screenshot({ path: path.join(SCREENSHOTS, 'event-history.png'), fullPage: true });

		const picker = page.locator('.hr-version-picker');
		expect(await picker.locator('summary').textContent()).toContain('Current');
		await picker.locator('summary').click();
		await picker.locator('ul').waitFor({ state: 'visible' });
		await page.screenshot({ path: path.join(SCREENSHOTS, 'version-picker.png') });
		await picker.getByRole('link', { name: '2025-06-02', exact: true }).click();
		await page.waitForURL('**/events/payment.failed/versions/2025-06-02/');

		// The old version: api_version 2024-01-15, and error_code not yet nullable.
		expect(await page.locator('h1').textContent()).toBe('payment.failed — 2025-06-02');
		expect(await page.locator('.hr-event-meta').textContent()).toContain('2024-01-15');
		const row = page.locator('tr[id="field-error_code"]');
		expect(await row.textContent()).toContain('required');
		expect(await row.textContent()).not.toContain('nullable');
		expect(await page.locator('.hr-version-picker summary').textContent()).toContain('2025-06-02');
		await page.screenshot({ path: path.join(SCREENSHOTS, 'old-version.png'), fullPage: true });
		await page.getByRole('link', { name: 'the current version' }).click();
		await page.waitForURL('**/events/payment.failed/');
		expect(await page.locator('tr[id="field-error_code"]').textContent()).toContain('nullable');
		await page.close();
	});

	it('a deprecated event has a banner with its sunset and replacement, a catalog badge and a search badge', async () => {
		const page = await open('/events/member.login/');
		const banner = page.locator('aside.hr-deprecation');
		expect(await banner.locator('.starlight-aside__title').textContent()).toBe('Deprecated since 2025-12-01; sent until 2026-06-30');
		await banner.getByRole('link', { name: 'member.session_started' }).waitFor();
		await page.screenshot({ path: path.join(SCREENSHOTS, 'deprecated-event.png') });

		await page.goto(server.url + '/events/');
		const row = page.locator('tr', { has: page.locator('a[href="/events/member.login/"]') });
		expect(await row.locator('.hr-tag').textContent()).toBe('deprecated');
		await row.scrollIntoViewIfNeeded();
		await page.screenshot({ path: path.join(SCREENSHOTS, 'catalog-deprecated.png') });

		await page.click('button[data-open-modal]');
		await page.fill('#starlight__search input', 'member.login');
		const result = page.locator('.pagefind-ui__result-link', { hasText: 'member.login' }).first();
		await result.waitFor();
		expect(await result.textContent()).toBe('member.login (deprecated)');
		await page.screenshot({ path: path.join(SCREENSHOTS, 'search-deprecated.png') });
		await page.close();
	});

	it('a deprecated field is struck through with its note', async () => {
		const page = await open('/events/payment.succeeded/');
		const row = page.locator('tr[id="field-stripe_payment_intent_id"]');
		expect(await row.locator('del code').textContent()).toBe('stripe_payment_intent_id');
		const decoration = await row.locator('del code').evaluate((el) => getComputedStyle(el).textDecorationLine);
		expect(decoration).toContain('line-through');
		expect(await row.textContent()).toContain('Read processor_reference instead');
		await page.close();
	});
});
