/**
 * The history computed from releases: entries per release, per-event versions, and the rule
 * that an event internal *now* never reaches a history page, even if a release published it.
 */
import { describe, expect, it } from 'vitest';
import { contractOf } from '../../src/lib/history/contract.ts';
import { buildHistory } from '../../src/lib/history/history.ts';
import { readReleases, writeRelease } from '../../src/lib/history/release.ts';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { buildSiteModel } from '../../src/lib/site/site-model.ts';
import { emitChangelogFeed } from '../../src/lib/artifacts/changelog-feed.ts';
import { orderEvent, writeRegistry } from '../helpers/temp-registry.ts';

const paid = (visibility = 'public') => orderEvent({ type: 'order.paid', visibility });

describe('buildHistory', () => {
	it('never names an event that is internal now, even though an old release published it', async () => {
		const before = await loadRegistry(writeRegistry({ 'orders/order.created.ts': orderEvent(), 'orders/order.paid.ts': paid() }));
		const dir = writeRegistry({ 'orders/order.created.ts': orderEvent(), 'orders/order.paid.ts': paid('internal') });
		writeRelease(dir, '1', '2026-01-01', contractOf(before));
		const registry = await loadRegistry(dir);
		writeRelease(dir, '2', '2026-02-01', contractOf(registry));
		const history = buildHistory(registry, readReleases(dir));
		const model = buildSiteModel(registry, { history });
		expect(JSON.stringify(model)).not.toContain('order.paid');
		expect(emitChangelogFeed(model)!.content).not.toContain('order.paid');
		expect([...history.versions.keys()]).toEqual(['order.created']);
	});

	it('keeps a removed event in the changelog, unlinked, and its released versions readable', async () => {
		const before = await loadRegistry(writeRegistry({ 'orders/order.created.ts': orderEvent(), 'orders/order.paid.ts': paid() }));
		const dir = writeRegistry({ 'orders/order.created.ts': orderEvent() });
		writeRelease(dir, '1', '2026-01-01', contractOf(before));
		const registry = await loadRegistry(dir);
		const model = buildSiteModel(registry, { history: buildHistory(registry, readReleases(dir)) });
		const [unreleased, first] = model.history.changelog;
		expect(unreleased).toMatchObject({ version: null, counts: { breaking: 1, warning: 0, compatible: 0 } });
		expect(unreleased!.events).toEqual([{ type: 'order.paid', severity: 'breaking', changes: [expect.objectContaining({ severity: 'breaking' })] }]);
		expect(first).toMatchObject({ version: '1', initial: true, eventCount: 2 });
		const page = model.history.versionPages.find((p) => p.type === 'order.paid')!;
		expect(page).toMatchObject({ version: '1', slug: 'order.paid', currentHref: undefined });
		expect(page.versions).toEqual([{ label: '1 (2026-01-01)', href: '/events/order.paid/versions/1/', current: true }]);
	});

	it('records per event only the releases in which it changed', async () => {
		const v1 = await loadRegistry(writeRegistry({ 'orders/order.created.ts': orderEvent(), 'orders/order.paid.ts': paid() }));
		const dir = writeRegistry({
			'orders/order.created.ts': orderEvent().replace("summary: 'An order was created.'", "summary: 'An order was placed.'"),
			'orders/order.paid.ts': paid(),
		});
		const registry = await loadRegistry(dir);
		writeRelease(dir, '1', '2026-01-01', contractOf(v1));
		writeRelease(dir, '2', '2026-02-01', contractOf(registry));
		const history = buildHistory(registry, readReleases(dir));
		expect(history.versions.get('order.created')!.map((v) => v.version)).toEqual(['1', '2']);
		expect(history.versions.get('order.paid')!.map((v) => v.version)).toEqual(['1']);
		expect(history.entries.map((entry) => entry.version)).toEqual(['2', '1']);
		const model = buildSiteModel(registry, { history });
		const created = model.events.find((event) => event.type === 'order.created')!;
		expect(created.history!.versions.map((v) => [v.label, v.current])).toEqual([
			['Current', true],
			['2 (2026-02-01)', false],
			['1 (2026-01-01)', false],
		]);
		// The summary is also the description of `data` in the body schema.
		expect(created.history!.entries[0]!.changes).toEqual([
			{ severity: 'compatible', path: '', messageHtml: 'Summary changed.' },
			{ severity: 'compatible', path: '/data', messageHtml: '<code>/data</code>: description changed.' },
		]);
	});
});
