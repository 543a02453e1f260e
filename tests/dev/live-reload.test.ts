/**
 * The author's loop in a real browser: `npm run dev` against a copy of the default registry,
 * a page open, and files saved the way an editor saves them. Each change must show on the open
 * page within 2 s (the figures are printed); a broken save shows the registry's problem in
 * Astro's error overlay, and the next good save brings the page back.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_STAGING_DIR, SITE_MODEL_FILE, SITE_PAGES_DIR } from '../../src/lib/pipeline/paths.ts';
import { firstPage, startDev, stopDev, type Dev } from '../helpers/dev-server.ts';
import { requireTool } from '../helpers/runtimes.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = requireTool(existsSync(CHROMIUM), 'Chromium (/usr/bin/chromium)', 'apt-get install -y chromium');
/**
 * What the issue promises an author: a save shows on the open page within 2 s. That is on a
 * machine with a core to spare; when more processes want the CPUs than there are CPUs (the
 * test machine is shared), every step takes that many times longer, and so may the budget.
 */
const contention = () => Math.max(1, loadavg()[0]! / availableParallelism());
const budget = () => Math.round(2000 * contention());
const EVENT_FILE = 'listing/listing.created.ts';
const PAGE = '/events/listing.created/';

/** The site model and every generated download, by path. */
function readPrepared(): Record<string, string> {
	const { downloadIndex: _sizes, ...model } = JSON.parse(readFileSync(SITE_MODEL_FILE, 'utf8'));
	const files: Record<string, string> = { 'site.json': JSON.stringify(model) };
	// Each event page's and version page's own model.
	for (const name of readdirSync(SITE_PAGES_DIR, { recursive: true, encoding: 'utf8' })) {
		const full = path.join(SITE_PAGES_DIR, name);
		if (statSync(full).isFile()) files[`site-pages/${name}`] = readFileSync(full, 'utf8');
	}
	for (const name of readdirSync(PUBLIC_STAGING_DIR, { recursive: true, encoding: 'utf8' })) {
		const full = path.join(PUBLIC_STAGING_DIR, name);
		if (statSync(full).isFile()) files[name] = readFileSync(full, 'utf8');
	}
	return files;
}

describe.runIf(available)('npm run dev reloads the open page on every registry save', () => {
	const registry = path.join('.hookref', 'test-registries', `live-${process.pid}`);
	let dev: Dev;
	/** What the dev server printed and the page logged. */
	const output = () => dev.output();
	/** Where `output` stood at the last save. */
	let savedAt = 0;
	let navigations = 0;
	/** Whether the page loaded last has connected to the dev server's websocket. */
	let connected = false;
	let baseUrl: string;
	let browser: Browser;
	let page: Page;
	const latencies: Record<string, number> = {};

	const file = (relative: string) => path.join(registry, relative);
	/** Replaces `from` (which must occur) in a registry file, as an editor's save does. */
	function edit(relative: string, from: string, to: string): void {
		const source = readFileSync(file(relative), 'utf8');
		expect(source, `${relative} contains ${from}`).toContain(from);
		writeFileSync(file(relative), source.replace(from, to));
	}
	/**
	 * Waits until the page loaded last listens to the dev server's websocket: a reload sent
	 * before that would be lost. Every page of the dev server logs `[vite] connected.` once
	 * (and Vite's client may itself reload a page that shows the overlay).
	 */
	const listening = () => expect.poll(() => connected, { timeout: 20_000 }).toBe(true);
	/** Saves, then waits for `visible` on the open page, within the budget. */
	async function saveAndSee(label: string, save: () => void, visible: () => Promise<unknown>): Promise<void> {
		await listening();
		savedAt = output().length;
		const started = performance.now();
		save();
		await visible();
		const elapsed = Math.round(performance.now() - started);
		latencies[label] = elapsed;
		const allowed = budget();
		expect(elapsed, `${label}: ${elapsed} ms, budget ${allowed} ms (2 s × CPU contention ${contention().toFixed(1)})\n${output()}`).toBeLessThanOrEqual(allowed);
	}
	/** The terminal's line for the reload after the last save, of `relative`, once it is printed. */
	async function reloadLine(relative: string): Promise<string> {
		const line = () => output().slice(savedAt).split('\n').find((text) => text.includes(`reloaded after ${relative} (`));
		await expect.poll(line, { timeout: 10_000 }).toBeDefined();
		return line()!;
	}
	const mainText = (text: string) => page.locator('main').getByText(text, { exact: false }).first().waitFor({ timeout: 10_000 });

	beforeAll(async () => {
		rmSync(registry, { recursive: true, force: true });
		cpSync('events', registry, { recursive: true });
		dev = await startDev(registry);
		baseUrl = dev.baseUrl;
		await firstPage(dev, baseUrl + PAGE, 150_000);
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		});
		page = await browser.newPage();
		page.on('framenavigated', (frame) => {
			if (frame !== page.mainFrame()) return;
			navigations++;
			connected = false;
			dev.note(`[browser] navigated to ${frame.url()}`);
		});
		page.on('console', (message) => {
			if (message.text().includes('[vite] connected')) connected = true;
			dev.note(`[browser console] ${message.text()}`);
		});
		await page.goto(baseUrl + PAGE);
		await page.locator('.hr-summary').waitFor();
	}, 180_000);

	afterAll(async () => {
		await browser?.close();
		await stopDev(dev);
		rmSync(registry, { recursive: true, force: true });
		// What the dev server printed and the page logged, for a failure's post-mortem.
		mkdirSync('test-output', { recursive: true });
		writeFileSync('test-output/live-reload-dev.log', dev?.output() ?? '');
		const figures = Object.entries(latencies).map(([label, ms]) => `${label} ${ms} ms`).join(', ');
		console.log(`live reload, save to visible on the open page: ${figures} (load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs)`);
	});

	it('serves the downloads it makes after the first page (a request made before waits for them)', async () => {
		// The types, validators and formats are made once the server is up; asked for at any
		// moment, they arrive complete rather than as a 404.
		const [index, types] = await Promise.all([fetch(`${baseUrl}/validators/types.json`), fetch(`${baseUrl}/types/events.d.ts`)]);
		expect(index.status).toBe(200);
		expect(Object.keys(((await index.json()) as { types: Record<string, string> }).types)).toContain('listing.created');
		expect(types.status).toBe(200);
		expect(await types.text()).toContain('export');
	});

	it('an edited description shows on the open page', async () => {
		await saveAndSee(
			'description',
			() => edit(EVENT_FILE, 'Emitted once when a listing', 'Live-reloaded: emitted once when a listing'),
			() => mainText('Live-reloaded: emitted once when a listing'),
		);
		// Only the edited file was imported again; the description is in no download.
		expect(await reloadLine(EVENT_FILE)).toMatch(/ 1 files imported, 0 artifacts written/);
	});

	it('a new field shows in the data schema table', async () => {
		await saveAndSee(
			'field',
			() => edit(EVENT_FILE, `		public_url: z.url()`, `		open_house_at: z.iso.datetime().optional().describe('Start of the first open house, when one is planned.'),\n		public_url: z.url()`),
			() => page.locator('table', { hasText: 'open_house_at' }).getByText('Start of the first open house').waitFor({ timeout: 10_000 }),
		);
		// The event's schema and the two bundles that include it; no other event's download.
		expect(await reloadLine(EVENT_FILE)).toMatch(/ 1 files imported, 3 artifacts written/);
	});

	it('an edit to platform.ts shows on the event page', async () => {
		await saveAndSee(
			'platform.ts',
			() => edit('platform.ts', '`true` when a sandbox (`sk_test_*`) key caused the event.', 'True for sandbox traffic (live edit).'),
			() => page.locator('table', { hasText: 'is_sandbox' }).getByText('True for sandbox traffic (live edit).').waitFor({ timeout: 10_000 }),
		);
	});

	it('a broken save shows the problem in the error overlay, also after a reload, and a fix clears it', async () => {
		const message = `${file(EVENT_FILE)} › event listing.created › category: unknown category "listings".`;
		const overlay = page.locator('vite-error-overlay #message-content', { hasText: message });
		await saveAndSee(
			'error',
			() => edit(EVENT_FILE, `category: 'listing',`, `category: 'listings',`),
			() => overlay.waitFor({ timeout: 10_000 }),
		);
		expect(output()).toContain(`✖ ${message}`);

		mkdirSync('test-output', { recursive: true });
		await page.screenshot({ path: 'test-output/live-reload-error-overlay.png' });

		// Loading any page while the registry is broken shows the same problem.
		const before = navigations;
		// Reloaded from a task of its own, so the evaluation returns before the page goes away.
		// Vite's client may reload a page showing the overlay by itself: that navigation is as good.
		await page.evaluate(() => void setTimeout(() => location.reload())).catch((error: Error) => {
			if (!error.message.includes('Execution context was destroyed')) throw error;
		});
		await expect.poll(() => navigations, { timeout: 10_000 }).toBeGreaterThan(before);
		await overlay.waitFor({ timeout: 10_000 });
		await page.screenshot({ path: 'test-output/live-reload-error-page.png' });

		await saveAndSee(
			'recovery',
			() => edit(EVENT_FILE, `category: 'listings',`, `category: 'listing',`),
			() => page.locator('.hr-summary').waitFor({ timeout: 10_000 }),
		);
		expect(await page.locator('vite-error-overlay').count()).toBe(0);
		await mainText('Live-reloaded: emitted once when a listing');
	});

	it('an edited helper re-imports the events that use it', async () => {
		await saveAndSee(
			'helper',
			() => edit('_shared.ts', 'Id of the agency that owns the resource.', 'The owning agency (edited in _shared.ts).'),
			() => page.locator('table', { hasText: 'agency_id' }).getByText('The owning agency (edited in _shared.ts).').waitFor({ timeout: 10_000 }),
		);
		// Exactly the files that import the helper were imported again, and their downloads follow.
		const importers = readdirSync(registry, { recursive: true, encoding: 'utf8' }).filter(
			(name) => name.endsWith('.ts') && readFileSync(file(name), 'utf8').includes(`_shared.ts'`),
		);
		expect(importers.length).toBeGreaterThan(3);
		expect(await reloadLine('_shared.ts')).toContain(` ${importers.length} files imported`);
		const schema = await (await fetch(`${baseUrl}/schemas/listing.created.json`)).text();
		expect(schema).toContain('The owning agency (edited in _shared.ts).');
	});

	it('after all these saves, the site model and downloads equal a fresh build of the edited registry', async () => {
		// The types, validators and formats are redone once saving pauses (the last save changed them):
		// wait for them. The Downloads page's sizes of those lag a save in dev, so they are left out.
		await expect.poll(() => output().slice(savedAt).includes('downloads (types, validators, formats) updated'), { timeout: 30_000 }).toBe(true);
		const live = readPrepared();
		const fresh = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--prepare-only'], {
			env: { ...process.env, EVENTS_DIR: registry },
			encoding: 'utf8',
		});
		expect(fresh.status, fresh.stderr).toBe(0);
		const expected = readPrepared();
		expect(Object.keys(live).sort()).toEqual(Object.keys(expected).sort());
		for (const [name, content] of Object.entries(expected)) expect(live[name], name).toBe(content);
	});
});
