/**
 * The reader's tools in chromium, under a strict Content-Security-Policy (script-src 'self' plus
 * the hashes of the page's own inline scripts; no 'unsafe-eval'): the payload checker, the
 * signature checker over every test vector of both schemes, and the subscription builder.
 * Screenshots (light, dark, 375 px) go to test-output/tools/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { publicEvents, type Registry } from '../../src/lib/registry/model.ts';
import type { TestVector } from '../../src/lib/signing/test-vectors.ts';
import { DEFAULT_DIST, exampleDist } from '../helpers/dist-checks.ts';
import { requireTool } from '../helpers/runtimes.ts';
import { serveStatic } from '../helpers/static-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.resolve('test-output', 'tools');
const available = requireTool(existsSync(CHROMIUM), 'Chromium (/usr/bin/chromium)', 'apt-get install -y chromium');

type Server = Awaited<ReturnType<typeof serveStatic>>;

/** The policy the site is meant to run under: only its own scripts and its hashed inline ones. */
function strictPolicy(html: string): string {
	const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
		(m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
	);
	return `default-src 'self'; script-src 'self' ${hashes.join(' ')}; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'`;
}

/** A screenshot of one tool; Starlight's fixed header would otherwise cover part of it. */
async function shoot(page: Page, selector: string, file: string) {
	// Through the CSSOM, which the site's CSP (no inline <style>) does not govern.
	await page.evaluate(() => document.querySelector<HTMLElement>('header.header')?.style.setProperty('visibility', 'hidden'));
	await page.locator(selector).screenshot({ path: path.join(SCREENSHOTS, file) });
}

describe.runIf(available)('the tools in a browser', () => {
	let browser: Browser;
	const servers: Record<string, Server> = {};
	const registries: Record<string, Registry> = {};
	const violations: string[] = [];

	beforeAll(async () => {
		for (const [name, dist, dir] of [
			['default', DEFAULT_DIST, 'events'],
			['lavanda', exampleDist('lavanda'), 'examples/lavanda'],
			['entity-subscriptions', exampleDist('entity-subscriptions'), 'examples/entity-subscriptions'],
		] as const) {
			expect(existsSync(path.join(dist, 'index.html')), `${dist} is built`).toBe(true);
			servers[name] = await serveStatic(dist);
			registries[name] = await loadRegistry(dir);
		}
		browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
		mkdirSync(SCREENSHOTS, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		for (const server of Object.values(servers)) await server.close();
		expect(violations, 'Content-Security-Policy violations').toEqual([]);
	});

	/** A context whose HTML responses carry the strict CSP header; violations are collected. */
	async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
		await context.route('**/*', async (route) => {
			if (route.request().resourceType() !== 'document') return route.continue();
			const response = await route.fetch();
			const type = response.headers()['content-type'] ?? '';
			if (!type.startsWith('text/html')) return route.fulfill({ response });
			const html = await response.text();
			await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-security-policy': strictPolicy(html) } });
		});
		return context;
	}

	async function open(context: BrowserContext, site: string, urlPath: string): Promise<Page> {
		const page = await context.newPage();
		page.on('console', (message) => {
			if (/Content Security Policy|unsafe-eval/i.test(message.text())) violations.push(`${urlPath}: ${message.text()}`);
		});
		page.on('pageerror', (error) => violations.push(`${urlPath}: page error ${error.message}`));
		const response = await page.goto(servers[site]!.url + urlPath);
		expect(response?.status(), urlPath).toBe(200);
		return page;
	}

	describe('payload checker', () => {
		async function openChecker(page: Page) {
			await page.locator('#payload-checker > summary').click();
			await page.waitForSelector('#payload-checker[data-ready]', { state: 'attached' });
		}
		async function check(page: Page, text: string) {
			await page.locator('#hr-payload-input').fill(text);
			await page.evaluate(() => document.querySelector('#payload-checker .hr-tool-result')!.removeAttribute('data-verdict'));
			await page.locator('#payload-checker [data-check]').click();
			await page.waitForSelector('#payload-checker .hr-tool-result[data-verdict]', { state: 'attached' });
			return {
				verdict: await page.getAttribute('#payload-checker .hr-tool-result', 'data-verdict'),
				findings: await page.$$eval('#payload-checker .hr-finding', (items) =>
					items.map((li) => ({ pointer: li.getAttribute('data-pointer'), rule: li.getAttribute('data-rule'), severity: li.getAttribute('data-severity') })),
				),
			};
		}

		it('loads no checker code until opened, then only this event\'s validator', async () => {
			const context = await newContext();
			const page = await context.newPage();
			const requested: string[] = [];
			page.on('request', (request) => requested.push(new URL(request.url()).pathname));
			await page.goto(`${servers.default!.url}/events/listing.created/`);
			await page.waitForLoadState('networkidle');
			// The policy is in force: an inline script it does not hash is refused.
			const ran = await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.__inlineRan = true';
				document.body.append(script);
				return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
			});
			expect(ran).toBe(false);
			expect(requested.filter((p) => p.startsWith('/validators/') || /checker|builder|check-payload/.test(p))).toEqual([]);
			const html = readFileSync(path.join(DEFAULT_DIST, 'events/listing.created/index.html'));
			expect(html.length).toBeLessThanOrEqual(50 * 1024);
			await openChecker(page);
			expect(requested).toContain('/validators/listing.created.js');
			expect(requested.filter((p) => p.startsWith('/validators/')).sort()).toEqual(['/validators/listing.created.js', '/validators/runtime.js']);
			await context.close();
		});

		it('accepts every sample of several events, whole or as data only', async () => {
			const context = await newContext();
			for (const site of ['default', 'lavanda'] as const) {
				const events = publicEvents(registries[site]!).filter((_, i) => i % 4 === 0);
				expect(events.length).toBeGreaterThan(3);
				for (const event of events) {
					const page = await open(context, site, `/events/${event.slug}/`);
					await openChecker(page);
					for (const delivery of event.deliveries) {
						expect(await check(page, delivery.json), `${event.type}: ${delivery.name}`).toEqual({ verdict: 'valid', findings: [] });
						const dataField = registries[site]!.platform.envelope.dataField;
						if (dataField) expect(await check(page, JSON.stringify(delivery.body[dataField])), `${event.type} data`).toEqual({ verdict: 'valid', findings: [] });
					}
					await page.close();
				}
			}
			await context.close();
		}, 180_000);

		it('reports each kind of error at its JSON pointer, with the field\'s meaning and row', async () => {
			const context = await newContext();
			const page = await open(context, 'default', '/events/listing.created/');
			await openChecker(page);
			const event = publicEvents(registries.default!).find((e) => e.type === 'listing.created')!;
			const mutated = (change: (data: Record<string, unknown>) => void) => {
				const body = structuredClone(event.deliveries[0]!.body) as { data: Record<string, unknown> };
				change(body.data);
				return JSON.stringify(body, null, 2);
			};
			const cases = [
				{ change: (d: Record<string, unknown>) => delete d.listing_id, finding: { pointer: '/data/listing_id', rule: 'required', severity: 'error' } },
				{ change: (d: Record<string, unknown>) => (d.is_activated = 'yes'), finding: { pointer: '/data/is_activated', rule: 'type', severity: 'error' } },
				{ change: (d: Record<string, unknown>) => (d.status = 'Demolished'), finding: { pointer: '/data/status', rule: 'enum', severity: 'error' } },
				{ change: (d: Record<string, unknown>) => (d.listing_number = 'ABC'), finding: { pointer: '/data/listing_number', rule: 'pattern', severity: 'error' } },
				{ change: (d: Record<string, unknown>) => (d.listing_colour = 'red'), finding: { pointer: '/data/listing_colour', rule: 'unknown field', severity: 'warning' } },
				{ change: (d: Record<string, unknown>) => (d.agent_two_id = 42), finding: { pointer: '/data/agent_two_id', rule: 'type', severity: 'error' } },
			];
			for (const { change, finding } of cases) {
				const result = await check(page, mutated(change));
				expect(result, finding.pointer).toEqual({ verdict: finding.severity === 'error' ? 'invalid' : 'valid', findings: [finding] });
			}
			// The required field's entry quotes its documented meaning and links to its row.
			await check(page, mutated((d) => delete d.listing_id));
			const item = page.locator('#payload-checker .hr-finding').first();
			expect(await item.locator('a').getAttribute('href')).toBe('#field-listing_id');
			expect(await page.locator('#field-listing_id').count()).toBe(1);
			const rowText = (await page.locator('#field-listing_id td').nth(2).textContent())!.replace(/\s+/g, ' ').trim();
			expect(await item.locator('.hr-meaning').textContent()).toContain(rowText.slice(0, 40));
			// Several errors at once, pointers into the data when only the data is pasted.
			const data = structuredClone(event.deliveries[0]!.body.data) as Record<string, unknown>;
			delete data.agency_id;
			data.status = 'Nope';
			const dataOnly = await check(page, JSON.stringify(data));
			expect(dataOnly.findings.map((f) => f.pointer).sort()).toEqual(['/agency_id', '/status']);
			await shoot(page, '#payload-checker', 'payload-checker-light.png');
			await page.close();
			await context.close();
		});

		it('recognises a body of another event and links to its page; says when text is not JSON', async () => {
			const context = await newContext();
			const page = await open(context, 'default', '/events/listing.created/');
			await openChecker(page);
			const other = publicEvents(registries.default!).find((e) => e.type === 'listing.cancelled')!;
			expect((await check(page, other.deliveries[0]!.json)).verdict).toBe('other-event');
			const link = page.locator('#payload-checker .hr-tool-result a');
			expect(await link.getAttribute('href')).toBe(`/events/${other.slug}/`);
			expect(await link.textContent()).toBe('listing.cancelled');
			expect((await check(page, '{"event_id": ')).verdict).toBe('invalid-json');
			await context.close();
		});

		it('works from the keyboard, in dark mode and at 375 px', async () => {
			const context = await newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true, colorScheme: 'dark' });
			const page = await open(context, 'default', '/events/listing.created/');
			await page.locator('#payload-checker > summary').focus();
			await page.keyboard.press('Enter');
			await page.waitForSelector('#payload-checker[data-ready]', { state: 'attached' });
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('hr-payload-input');
			const event = publicEvents(registries.default!).find((e) => e.type === 'listing.created')!;
			const body = structuredClone(event.deliveries[0]!.body) as { data: Record<string, unknown> };
			body.data.status = 'Nope';
			await page.keyboard.insertText(JSON.stringify(body, null, 2));
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await page.waitForSelector('#payload-checker .hr-tool-result[data-verdict="invalid"]', { state: 'attached' });
			expect(await page.getAttribute('#payload-checker .hr-tool-result', 'role')).toBe('status');
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
			await shoot(page, '#payload-checker', 'payload-checker-dark-375.png');
			await context.close();
		});
	});

	describe('signature checker', () => {
		for (const site of ['default', 'lavanda'] as const) {
			it(`gives the expected verdict on every test vector (${site})`, async () => {
				const context = await newContext();
				const page = await open(context, site, '/guides/verification/');
				const vectors = JSON.parse(readFileSync(path.join(site === 'default' ? DEFAULT_DIST : exampleDist(site), 'verification/test-vectors.json'), 'utf8')) as { scheme: string; vectors: TestVector[] };
				expect(vectors.scheme).toBe(site === 'default' ? 'hmac-sha256' : 'standard-webhooks');
				expect(vectors.vectors.filter((v) => !v.expected.valid).length).toBeGreaterThanOrEqual(5);
				for (const vector of vectors.vectors) {
					await page.fill('#hr-sig-body', vector.body);
					await page.fill('#hr-sig-headers', Object.entries(vector.headers).map(([k, v]) => `${k}: ${v}`).join('\n'));
					await page.fill('#hr-sig-secret', vector.secret);
					await page.fill('#hr-sig-now', String(vector.now));
					await page.fill('#hr-sig-seen', vector.seen_nonces.join('\n'));
					await page.evaluate(() => document.querySelector('#signature-checker .hr-tool-result')!.replaceChildren());
					await page.click('#signature-checker [data-check]');
					const verdict = page.locator('#signature-checker [data-verdict]');
					await verdict.waitFor({ state: 'attached' });
					const got = { valid: (await verdict.getAttribute('data-verdict')) === 'valid', reason: (await verdict.getAttribute('data-reason')) || undefined };
					expect(got, vector.name).toEqual(vector.expected.valid ? { valid: true, reason: undefined } : { valid: false, reason: vector.expected.reason });
					if (vector.kind === 'valid') {
						expect(await page.textContent('#signature-checker [data-received]'), vector.name).toBe(vector.signature);
						expect(await page.textContent('#signature-checker [data-expected]'), vector.name).toBe(vector.signature);
					}
				}
				await context.close();
			}, 180_000);
		}

		it('explains a re-serialised body, shows the signed string, and states that nothing leaves the page', async () => {
			const context = await newContext();
			const page = await open(context, 'default', '/guides/verification/');
			const requests: { method: string; url: string; data: string | null }[] = [];
			page.on('request', (request) => requests.push({ method: request.method(), url: request.url(), data: request.postData() }));
			expect(await page.textContent('#signature-checker')).toContain('never leave the page');
			await page.click('#signature-checker [data-fill-example]');
			await page.waitForFunction(() => (document.querySelector('#hr-sig-secret') as HTMLInputElement).value !== '');
			const body = await page.inputValue('#hr-sig-body');
			await page.fill('#hr-sig-body', JSON.stringify(JSON.parse(body)));
			await page.click('#signature-checker [data-check]');
			const verdict = page.locator('#signature-checker [data-verdict]');
			await verdict.waitFor({ state: 'attached' });
			expect(await verdict.getAttribute('data-cause')).toBe('body_reserialised');
			expect(await page.textContent('#signature-checker .hr-explanation')).toContain('re-serialised');
			const timestamp = (await page.inputValue('#hr-sig-headers')).match(/X-Webhook-Timestamp: (\d+)/)![1];
			expect(await page.textContent('#signature-checker [data-signed-string]')).toBe(`${timestamp}.${JSON.stringify(JSON.parse(body))}`);
			// Only the checker's own code (and the favicon) was fetched: no request carries the secret or the body.
			const secret = await page.inputValue('#hr-sig-secret');
			expect(requests.filter((r) => r.method !== 'GET' || r.data !== null || r.url.includes(secret) || !/^\/(_astro\/|favicon)/.test(new URL(r.url).pathname))).toEqual([]);
			await context.close();
		});

		it('says there is nothing to check on a platform without a signature', async () => {
			const context = await newContext();
			const page = await open(context, 'entity-subscriptions', '/guides/verification/');
			expect(await page.textContent('#signature-checker')).toContain('nothing to check');
			expect(await page.locator('#signature-checker textarea').count()).toBe(0);
			await context.close();
		});

		for (const [theme, width] of [['light', 1280], ['dark', 375]] as const) {
			it(`renders a verdict in the ${theme} theme at ${width} px without sideways scrolling`, async () => {
				const context = await newContext({ viewport: { width, height: 900 }, colorScheme: theme });
				const page = await open(context, 'lavanda', '/guides/verification/');
				await page.click('#signature-checker [data-fill-example]');
				await page.waitForFunction(() => (document.querySelector('#hr-sig-secret') as HTMLInputElement).value !== '');
				await page.click('#signature-checker [data-check]');
				await page.locator('#signature-checker [data-verdict="valid"]').waitFor({ state: 'attached' });
				expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
				await shoot(page, '#signature-checker', `signature-checker-${theme}-${width}.png`);
				await context.close();
			});
		}
	});

	describe('subscription builder', () => {
		async function openBuilder(page: Page) {
			await page.locator('#subscription-builder > summary').click();
			await page.waitForSelector('#subscription-builder[data-ready]', { state: 'attached' });
		}
		const bodies = (page: Page) => page.$$eval('#subscription-builder [data-request-body] code', (codes) => codes.map((c) => JSON.parse(c.textContent!)));
		const curls = (page: Page) => page.$$eval('#subscription-builder [data-request-curl] code', (codes) => codes.map((c) => c.textContent!));

		it('builds the event_types request of POST /api/v1/webhooks/endpoints (default registry)', async () => {
			const context = await newContext();
			const page = await open(context, 'default', '/events/');
			await openBuilder(page);
			await page.getByLabel('All Appointment Lifecycle (4)').check();
			await page.getByLabel('listing.created', { exact: true }).check();
			const appointment = publicEvents(registries.default!).filter((e) => e.category === 'appointment').map((e) => e.type);
			expect(await bodies(page)).toEqual([{ event_types: [...appointment, 'listing.created'] }]);
			const [curl] = await curls(page);
			expect(curl!.split(' \\\n')[0]).toBe("curl -X POST 'https://valara.cloud/api/v1/webhooks/endpoints'");
			expect(curl).toContain("-H 'Content-Type: application/json'");
			// Unticking one event leaves its category box indeterminate.
			await page.getByLabel(appointment[0]!, { exact: true }).uncheck();
			expect(await page.getByLabel('All Appointment Lifecycle (4)').evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);
			expect(await bodies(page)).toEqual([{ event_types: [...appointment.slice(1), 'listing.created'] }]);
			await shoot(page, '#subscription-builder', 'subscription-builder-light.png');
			await context.close();
		});

		it('builds one Subscribe to Webhook call per event with target_url (entity-subscriptions)', async () => {
			const context = await newContext({ viewport: { width: 375, height: 800 }, isMobile: true, colorScheme: 'dark' });
			const page = await open(context, 'entity-subscriptions', '/events/');
			await openBuilder(page);
			await page.fill('#hr-sub-url', 'https://hooks.example.com/in');
			await page.getByLabel('client/created', { exact: true }).check();
			await page.getByLabel('meeting/cancelled', { exact: true }).check();
			expect(await bodies(page)).toEqual([
				{ event: 'client/created', target_url: 'https://hooks.example.com/in' },
				{ event: 'meeting/cancelled', target_url: 'https://hooks.example.com/in' },
			]);
			expect(await page.textContent('#subscription-builder .hr-tool-result')).toContain('“Subscribe to Webhook”');
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
			await shoot(page, '#subscription-builder', 'subscription-builder-dark-375.png');
			await context.close();
		});

		it('states that no call is documented where none is (lavanda)', async () => {
			const context = await newContext();
			const page = await open(context, 'lavanda', '/events/');
			await page.locator('#subscription-builder > summary').click();
			expect(await page.textContent('#subscription-builder [data-undocumented]')).toContain('not documented');
			expect(await page.locator('#subscription-builder input').count()).toBe(0);
			await context.close();
		});
	});

	it('axe finds no serious or critical violation in the opened tools, light and dark', async () => {
		const axeSource = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
		for (const theme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
			for (const [urlPath, open, fill] of [
				['/events/listing.created/', '#payload-checker > summary', async (page: Page) => {
					await page.waitForSelector('#payload-checker[data-ready]', { state: 'attached' });
					await page.fill('#hr-payload-input', '{"data": {"status": 1}}');
					await page.click('#payload-checker [data-check]');
					await page.waitForSelector('.hr-finding');
				}],
				['/guides/verification/', '#signature-checker [data-fill-example]', async (page: Page) => {
					await page.waitForFunction(() => (document.querySelector('#hr-sig-secret') as HTMLInputElement).value !== '');
					await page.click('#signature-checker [data-check]');
					await page.waitForSelector('#signature-checker [data-verdict]');
				}],
				['/events/', '#subscription-builder > summary', async (page: Page) => {
					await page.waitForSelector('#subscription-builder[data-ready]', { state: 'attached' });
					await page.getByLabel('All Billing (3)').check();
				}],
			] as const) {
				const page = await context.newPage();
				await page.goto(servers.default!.url + urlPath);
				await page.click(open);
				await fill(page);
				// Evaluated by the test driver, not as a page script: the site's CSP forbids inline ones.
				await page.evaluate(axeSource);
				const found = await page.evaluate(async () => {
					// @ts-expect-error injected above
					const result = await window.axe.run('.hr-tool', { resultTypes: ['violations'] });
					return result.violations
						.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
						.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
				});
				expect(found, `${theme} ${urlPath}`).toEqual([]);
				expect(await page.locator('.hr-tool [style]').count(), 'no style attributes').toBe(0);
				await page.close();
			}
			await context.close();
		}
	}, 180_000);
});
