import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { versionsDirOf } from '../../src/lib/pipeline/publish-site.ts';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { publicEvents, type Registry } from '../../src/lib/registry/model.ts';
import { checkDist, DEFAULT_DIST as DIST, h2s, readJson, readPage, readSamples, runWorkedExample } from '../helpers/dist-checks.ts';

describe('npm run build (default registry)', () => {
	let registry: Registry;
	const build = inject('defaultBuild');
	beforeAll(async () => {
		registry = await loadRegistry('events');
	});

	it('builds successfully', () => {
		expect(build.output).toContain('17 public and 2 internal events');
		expect(build.status).toBe(0);
	});

	it('passes the dist checks shared by every registry', () => {
		checkDist(registry);
	});

	it('publishes dist as a link to one complete site version (see publishSite)', () => {
		expect(lstatSync(DIST).isSymbolicLink()).toBe(true);
		expect(readdirSync(versionsDirOf(DIST))).toEqual([path.basename(realpathSync(DIST))]);
	});

	it('has 17 event pages in 5 categories, as in seed 000', () => {
		const catalog = readPage('events');
		expect(h2s(catalog)).toEqual(['Appointment Lifecycle', 'Billing', 'Listing Lifecycle', 'Media', 'User Lifecycle', 'Downloads']);
		expect(catalog.querySelector('main')!.text).toContain('17 public webhook event types in 5 categories');
		expect(catalog.querySelector('main')!.text).toContain('https://dash.jacoballenmedia.com/api/v1/webhooks/events');
		expect(catalog.querySelector('main')!.text).toContain('event_types');
		expect(catalog.querySelector('a[href="/events/deny-list/"]')).not.toBeNull();
		expect(publicEvents(registry)).toHaveLength(17);
	});

	it('renders an event page: summary, version, field table, downloads, signed sample, retries', () => {
		const page = readPage('events/appointment.orphan.detected');
		const main = page.querySelector('main')!;
		expect(main.text).toContain('2026-05-29');
		const fieldNames = main.querySelectorAll('table.hr-fields')[1]!.querySelectorAll('td:first-child > code').map((td) => td.text.trim());
		expect(fieldNames).toContain('issue_type');
		expect(main.text).toContain('event_missing');
		const downloads = main.querySelectorAll('.hr-downloads a').map((a) => a.getAttribute('href'));
		expect(downloads).toContain('/schemas/appointment.orphan.detected.json');
		expect(downloads).toContain('/schemas/events.bundle.json');
		expect(main.querySelector('.hr-timeline')).not.toBeNull();
		expect(main.text).toContain('X-Webhook-Signature');
	});

	it('links sidebar categories to their catalog anchors', () => {
		const page = readPage('events/listing.created');
		const hrefs = page.querySelectorAll('nav.sidebar a').map((a) => a.getAttribute('href'));
		expect(hrefs).toContain('/events/#billing');
		expect(readPage('events').querySelector('#billing')).not.toBeNull();
	});

	it('leaves no internal event in the deny-list page', () => {
		const text = readPage('events/deny-list').text;
		expect(text).not.toContain('media.delivery.partial');
		expect(text).not.toContain('listing.section_updated');
	});

	it('keeps every event page within the 50 KB budget', () => {
		// The bench checks the same budget at 500 to 5,000 events (README, "Performance").
		for (const event of publicEvents(registry)) {
			expect(statSync(path.join(DIST, 'events', event.slug, 'index.html')).size, event.type).toBeLessThanOrEqual(50 * 1024);
		}
	});

	it('ships an event page no script beyond search, theme, the mobile menu, copy and the payload checker\'s loader', () => {
		const html = readFileSync(path.join(DIST, 'events/appointment.scheduled/index.html'), 'utf8');
		const modules = [...html.matchAll(/<script type="module" src="\/_astro\/([A-Za-z]+)[.\w-]*\.js"/g)].map((m) => m[1]);
		// Page.astro's is Starlight's sidebar-scroll keeper, part of its page frame. PayloadChecker's is
		// a loader of a few hundred bytes: the checker and its validator load when it is opened.
		// CopyPageButton's is one click listener; the code that fetches and copies the Markdown loads
		// on the first click.
		expect(modules.sort()).toEqual(['CopyBlock', 'CopyPageButton', 'Page', 'PageFrame', 'PayloadChecker', 'Search', 'ThemeSelect']);
		expect(html).not.toContain('copy-page-markdown');
		expect(html).not.toContain('prefetch');
	});

	it('serves the catalog JSON with page URLs that exist', () => {
		const catalog = readJson('api/v1/webhooks/events.json');
		for (const event of catalog.events) {
			const local = new URL(event.page_url).pathname;
			expect(readFileSync(path.join(DIST, local, 'index.html'), 'utf8')).toContain(event.type);
		}
	});

	it('publishes signed samples that openssl verifies, with a byte-identical curl body', () => {
		for (const event of publicEvents(registry)) {
			const page = readPage(`events/${event.slug}`);
			const samples = readSamples(page);
			expect(samples).toHaveLength(event.samples.length);
			// The first sample's curl is printed; the others' are composed in the browser from the
			// body and headers shown (an empty block naming the receiver: see readSamples).
			expect(samples.map((s) => s.composedUrl)).toEqual(samples.map((_, i) => (i === 0 ? undefined : 'http://localhost:3000/webhooks')));
			for (const { body, headers, curl } of samples) {
				const openssl = spawnSync('openssl', ['dgst', '-sha256', '-hmac', 'test_secret_001'], {
					input: `${headers['X-Webhook-Timestamp']}.${body}`,
					encoding: 'utf8',
				});
				const hex = openssl.stdout.trim().split('= ')[1];
				expect(headers['X-Webhook-Signature'], event.type).toBe(`sha256=${hex}`);
				expect(headers['X-Webhook-Event-Type']).toBe(event.type);
				const quoted = /--data-binary '((?:[^']|'\\'')*)'$/s.exec(curl!)![1]!.replaceAll(`'\\''`, `'`);
				expect(quoted).toBe(body);
				expect(curl).toContain("curl -X POST 'http://localhost:3000/webhooks'");
			}
		}
	});

	it('has a worked example on the verification guide that openssl runs to the published signature', () => {
		const { output, vector } = runWorkedExample(DIST);
		expect(`sha256=${output.split('= ')[1]}`).toBe(vector.signature);
	});

	it('publishes test vectors computed from the registry', () => {
		const vectors = readJson('verification/test-vectors.json');
		expect(vectors.test_secret).toBe('test_secret_001');
		const valid = vectors.vectors.filter((v: { kind: string }) => v.kind === 'valid');
		expect(valid.map((v: { event_type: string }) => v.event_type)).toEqual(
			expect.arrayContaining(publicEvents(registry).map((e) => e.type)),
		);
		for (const v of vectors.vectors) {
			expect(typeof v.now).toBe('number');
			expect(v.headers['X-Webhook-Signature']).toBe(v.signature);
		}
	});
});
