/**
 * The default site under its own Content-Security-Policy in chromium: every page type loads and
 * searches with no `securitypolicyviolation`, and every interactive element still works (theme,
 * search and its filter, copy buttons, tabs, the mobile menu). At 375 px: the field table's types
 * stay whole words and signature lines wrap. Screenshots go to test-output/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchChromium, recordCspViolations, searchFor, violations, waitForResults, watchPage } from '../helpers/browser.ts';
import { DEFAULT_DIST } from '../helpers/dist-checks.ts';
import { serveStatic } from '../helpers/static-server.ts';

const SCREENSHOTS = path.resolve('test-output');

/** One page of each type; the 404 is what the server answers for a missing path. */
const PAGE_TYPES = {
	home: '/',
	catalog: '/events/',
	event: '/events/appointment.scheduled/',
	envelope: '/guides/envelope/',
	verification: '/guides/verification/',
	retries: '/guides/retries/',
	denyList: '/events/deny-list/',
	notFound: '/no-such-page/',
};

describe.runIf(chromiumAvailable())('the site under its CSP', () => {
	let browser: Browser;
	let context: BrowserContext;
	let server: Awaited<ReturnType<typeof serveStatic>>;

	beforeAll(async () => {
		expect(inject('defaultBuild').status).toBe(0);
		server = await serveStatic(DEFAULT_DIST);
		browser = await launchChromium();
		context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
		await recordCspViolations(context);
		mkdirSync(SCREENSHOTS, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	async function open(urlPath: string, ctx = context): Promise<{ page: Page; watched: ReturnType<typeof watchPage> }> {
		const page = await ctx.newPage();
		const watched = watchPage(page);
		await page.goto(server.url + urlPath, { waitUntil: 'load' });
		return { page, watched };
	}

	it.each(Object.entries(PAGE_TYPES))('%s (%s) loads and searches with no CSP violation', async (_type, urlPath) => {
		const { page, watched } = await open(urlPath);
		expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
		await searchFor(page, 'appointment');
		await waitForResults(page);
		expect(await violations(page)).toEqual([]);
		expect(watched.errors).toEqual([]);
		await page.close();
	});

	it('the theme switch works and the choice survives a reload (the hashed inline theme scripts run)', async () => {
		const { page } = await open(PAGE_TYPES.event);
		for (const theme of ['light', 'dark'] as const) {
			await page.locator('starlight-theme-select select').first().selectOption(theme);
			await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			await page.reload();
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			expect(await page.locator('starlight-theme-select select').first().inputValue()).toBe(theme);
		}
		expect(await violations(page)).toEqual([]);
		await page.close();
	});

	it('copy buttons, tabs and the search filter work', async () => {
		const { page } = await open(PAGE_TYPES.event);
		const copy = page.locator('.hr-copy').first();
		await copy.click();
		await expect.poll(() => copy.textContent()).toBe('Copied');
		expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())).event_type).toBe('appointment.scheduled');
		await searchFor(page, 'cancelled');
		await page.getByRole('checkbox', { name: /^Billing/ }).check();
		await page.waitForFunction(() => {
			const links = [...document.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-title > .pagefind-ui__result-link')];
			return links.length > 0 && links.every((a) => /subscription|invoice/.test(a.href));
		});
		expect(await violations(page)).toEqual([]);
		await page.close();

		const guide = await open(PAGE_TYPES.verification);
		const python = guide.page.getByRole('tab', { name: 'Python' });
		await python.click();
		await expect.poll(() => python.getAttribute('aria-selected')).toBe('true');
		expect(await guide.page.getByRole('tabpanel').filter({ hasText: 'def ' }).isVisible()).toBe(true);
		// Expressive Code's copy button, in the tab now shown.
		const ecCopy = guide.page.getByRole('tabpanel').locator('button[data-code]').first();
		await ecCopy.click();
		await expect.poll(() => guide.page.evaluate(() => navigator.clipboard.readText())).toContain('def ');
		expect(await violations(guide.page)).toEqual([]);
		await guide.page.close();
	});

	it('at 375 px: the menu opens, types stay whole words, signature lines wrap, nothing violates the CSP', async () => {
		const mobile = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
		await mobile.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
		await recordCspViolations(mobile);
		for (const urlPath of [PAGE_TYPES.event, '/events/listing.updated/', PAGE_TYPES.envelope, PAGE_TYPES.verification]) {
			const { page } = await open(urlPath, mobile);
			// A word split over two lines has two client rects.
			const broken = await page.$$eval('.hr-fields td:nth-child(2) code', (codes) =>
				codes.filter((code) => /^[a-z]+$/.test(code.textContent ?? '') && code.getClientRects().length > 1).map((code) => code.textContent),
			);
			expect(broken, urlPath).toEqual([]);
			const scrolling = await page.$$eval('.hr-code pre.hr-wrap, .expressive-code pre.wrap', (pres) =>
				pres.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).map((pre) => pre.textContent?.slice(0, 40)),
			);
			expect(scrolling, urlPath).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), urlPath).toBeLessThanOrEqual(0);
			if (urlPath === PAGE_TYPES.event) {
				await page.locator('#data-schema').scrollIntoViewIfNeeded();
				await page.screenshot({ path: path.join(SCREENSHOTS, 'csp-mobile-fields.png') });
				await page.locator('.hr-sample-extra').first().scrollIntoViewIfNeeded();
				await page.screenshot({ path: path.join(SCREENSHOTS, 'csp-mobile-headers.png') });
				const menu = page.locator('button.sl-menu-button');
				await menu.click();
				await expect.poll(() => page.locator('nav.sidebar a[aria-current="page"]').isVisible()).toBe(true);
			}
			if (urlPath === PAGE_TYPES.verification) {
				await page.locator('#worked-example').scrollIntoViewIfNeeded();
				await page.screenshot({ path: path.join(SCREENSHOTS, 'csp-mobile-worked-example.png') });
			}
			expect(await violations(page), urlPath).toEqual([]);
			await page.close();
		}
		await mobile.close();
	});
});
