/**
 * How `npm run dev` starts (model-stamp.ts): beside the site model, the build and the dev server
 * write a stamp of what it was made from. When the stamp matches the registry, dev serves the
 * model on disk at once while the registry loads; when it does not, no page is served until the
 * first load has written the model, so a page is never served from a stale one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHistory } from '../../src/lib/history/history.ts';
import { readReleases } from '../../src/lib/history/release.ts';
import { clearModelStamp, modelIsCurrent, registryStamp } from '../../src/lib/pipeline/model-stamp.ts';
import { SITE_STAMP_FILE } from '../../src/lib/pipeline/paths.ts';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { writeSiteModel } from '../../src/lib/site/load-site-model.ts';
import { buildSiteModel } from '../../src/lib/site/site-model.ts';
import { firstPage, startDev, stopDev, type Dev } from '../helpers/dev-server.ts';

const EVENT_FILE = 'listing/listing.created.ts';
const PAGE = '/events/listing.created/';
const SUMMARY = 'A new listing was created via API or dashboard.';
const SERVING_LINE = 'is unchanged since the site model was last written: serving it while the registry loads';

/** The line dev prints once the first load of `registry` is written. */
const loadedLine = (registry: string) => new RegExp(`hookref: ${registry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ public and \\d+ internal events`);

describe('npm run dev serves the last site model only while it is current', () => {
	const registry = path.join('.hookref', 'test-registries', `dev-start-${process.pid}`);
	const file = (relative: string) => path.join(registry, relative);
	let dev: Dev | undefined;
	const logs: string[] = [];

	/** The model and its stamp of the registry as it is, as `npm run build -- --prepare-only` writes them. */
	function prepare(): void {
		const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--prepare-only'], {
			env: { ...process.env, EVENTS_DIR: registry },
			encoding: 'utf8',
		});
		expect(result.status, result.stdout + result.stderr).toBe(0);
	}

	beforeAll(() => {
		rmSync(registry, { recursive: true, force: true });
		cpSync('events', registry, { recursive: true });
		prepare();
	}, 150_000);

	afterAll(async () => {
		await stopDev(dev);
		rmSync(registry, { recursive: true, force: true });
		mkdirSync('test-output', { recursive: true });
		writeFileSync('test-output/dev-start.log', logs.join('\n\n'));
	});

	it('the stamp follows every file of the registry folder and the model environment', () => {
		expect(existsSync(SITE_STAMP_FILE)).toBe(true);
		expect(modelIsCurrent(registry)).toBe(true);

		const original = readFileSync(file(EVENT_FILE), 'utf8');
		expect(original).toContain('Emitted once when a listing');
		writeFileSync(file(EVENT_FILE), original.replace('Emitted once when a listing', 'Stamped: emitted once when a listing'));
		expect(modelIsCurrent(registry)).toBe(false);
		writeFileSync(file(EVENT_FILE), original);
		expect(modelIsCurrent(registry)).toBe(true);

		// A release note, and a file the loader itself has no use for: both are in the stamp.
		for (const added of ['releases/NOTES.md', 'notes.txt']) {
			writeFileSync(file(added), 'added\n');
			expect(modelIsCurrent(registry), added).toBe(false);
			rmSync(file(added));
			expect(modelIsCurrent(registry), `${added} removed`).toBe(true);
		}

		for (const name of ['SITE_URL', 'RECEIVER_URL']) {
			const before = process.env[name];
			try {
				process.env[name] = 'https://stamp-test.example.com/elsewhere';
				expect(modelIsCurrent(registry), name).toBe(false);
			} finally {
				if (before === undefined) delete process.env[name];
				else process.env[name] = before;
			}
			expect(modelIsCurrent(registry), `${name} restored`).toBe(true);
		}
	});

	it('writeSiteModel clears the stamp first, writes it last, and says whether anything changed', async () => {
		clearModelStamp();
		expect(existsSync(SITE_STAMP_FILE)).toBe(false);
		expect(modelIsCurrent(registry)).toBe(false);

		const loaded = await loadRegistry(registry);
		const model = buildSiteModel(loaded, { history: buildHistory(loaded, readReleases(registry)) });
		const stamp = registryStamp(registry);
		writeSiteModel(model, stamp);
		expect(modelIsCurrent(registry)).toBe(true);
		// The same model again: no file changes, and the stamp stays.
		expect(writeSiteModel(model, stamp)).toBe(false);
		expect(modelIsCurrent(registry)).toBe(true);
		// Written without a stamp, the model is not known to be current.
		expect(writeSiteModel(model)).toBe(false);
		expect(existsSync(SITE_STAMP_FILE)).toBe(false);
		expect(modelIsCurrent(registry)).toBe(false);

		const index = model.events.findIndex((event) => event.type === 'listing.created');
		expect(index).toBeGreaterThanOrEqual(0);
		const changed = structuredClone(model);
		changed.events[index]!.summary = 'Changed in the model only.';
		expect(writeSiteModel(changed, stamp)).toBe(true);
		expect(writeSiteModel(changed, stamp)).toBe(false);
		expect(writeSiteModel(model, stamp)).toBe(true);

		// Back to what the build writes, for the dev server below.
		prepare();
		expect(modelIsCurrent(registry)).toBe(true);
	}, 60_000);

	it('with the model current, dev serves it at once and the first load leaves it current', async () => {
		expect(modelIsCurrent(registry)).toBe(true);
		dev = await startDev(registry);
		const body = await firstPage(dev, dev.baseUrl + PAGE, 120_000);
		expect(dev.output()).toContain(`hookref: ${registry} ${SERVING_LINE}`);
		expect(body).toContain(SUMMARY);
		await expect.poll(() => loadedLine(registry).test(dev!.output()), { timeout: 60_000, interval: 100 }).toBe(true);
		// The first load found nothing to change; its stamp is that of the registry as it is.
		await expect.poll(() => modelIsCurrent(registry), { timeout: 30_000, interval: 100 }).toBe(true);
		const again = await fetch(dev.baseUrl + PAGE);
		expect(again.status).toBe(200);
		expect(await again.text()).toContain(SUMMARY);
	}, 150_000);

	it('with the registry edited since, dev serves no page before the load has written the edit', async () => {
		await stopDev(dev);
		logs.push(dev!.output());
		const source = readFileSync(file(EVENT_FILE), 'utf8');
		expect(source).toContain('Emitted once when a listing');
		writeFileSync(file(EVENT_FILE), source.replace('Emitted once when a listing', 'Edited between runs: emitted once when a listing'));
		expect(modelIsCurrent(registry)).toBe(false);

		dev = await startDev(registry);
		// The very first page served already shows the edit.
		const body = await firstPage(dev, dev.baseUrl + PAGE, 120_000);
		expect(body).toContain('Edited between runs: emitted once when a listing');
		expect(body).toContain(SUMMARY);
		// The line is printed before Astro starts, if at all: once the load is reported, never.
		await expect.poll(() => loadedLine(registry).test(dev!.output()), { timeout: 60_000, interval: 100 }).toBe(true);
		expect(dev.output()).not.toContain(SERVING_LINE);
		await expect.poll(() => modelIsCurrent(registry), { timeout: 30_000, interval: 100 }).toBe(true);
		await stopDev(dev);
		logs.push(dev.output());
	}, 150_000);
});
