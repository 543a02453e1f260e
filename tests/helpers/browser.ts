/**
 * Chromium for the browser suites: launch options, and a watch on each page for what must never
 * happen (CSP violations, dialogs, script set by a payload, page errors).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { requireTool } from './runtimes.ts';

export const CHROMIUM = '/usr/bin/chromium';

export const chromiumAvailable = () => requireTool(existsSync(CHROMIUM), 'Chromium (/usr/bin/chromium)', 'apt-get install -y chromium');

export const launchChromium = (): Promise<Browser> =>
	chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});

/**
 * Records every `securitypolicyviolation` of the context's pages from the first byte on (init
 * scripts run before the page's own), read back with `violations(page)`.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const seen: string[] = [];
		Object.defineProperty(window, '__cspViolations', { value: seen });
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${event.sample ? `: ${event.sample}` : ''} (${event.sourceFile}:${event.lineNumber})`);
		});
	});
}

export const violations = (page: Page): Promise<string[]> => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);

/** Dialogs opened and uncaught errors thrown on a page, collected as they happen. */
export function watchPage(page: Page): { dialogs: string[]; errors: string[] } {
	const watched = { dialogs: [] as string[], errors: [] as string[] };
	page.on('dialog', (dialog) => {
		watched.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => watched.errors.push(error.message));
	return watched;
}

/** Opens Starlight's search dialog, types `query` and waits for Pagefind's answer to it. */
export async function searchFor(page: Page, query: string): Promise<void> {
	await page.click('button[data-open-modal]');
	await page.fill('#starlight__search input', query);
	// "Searching for …" first, then "N results for …" (or "No results for …").
	await page.waitForFunction((q) => {
		const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
		return message.includes(q) && /results? for/i.test(message);
	}, query);
}

/** Waits until Pagefind has shown at least one result and loaded every result shown (links, excerpts). */
export async function waitForResults(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const results = [...document.querySelectorAll('.pagefind-ui__result')];
		return results.length > 0 && results.every((result) => result.querySelector('.pagefind-ui__result-link'));
	});
}
