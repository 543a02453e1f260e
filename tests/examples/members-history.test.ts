/**
 * examples/members-history: three releases and unreleased changes, built into a changelog, an
 * Atom feed, History sections, released-version pages and deprecation notices.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, inject, it } from 'vitest';
import { exampleDist, h2s, readJson, readPage } from '../helpers/dist-checks.ts';

const dist = exampleDist('members-history');

describe('examples/members-history', () => {
	it('built', () => expect(inject('exampleBuilds')['members-history']?.status).toBe(0));

	it('publishes an Atom feed that a feed parser reads: one entry per release, newest first', async () => {
		const xml = readFileSync(path.join(dist, 'changelog.xml'), 'utf8');
		expect(xml).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
		const feed = await new Parser().parseString(xml);
		expect(feed.title).toBe('Members (history) webhooks changelog');
		expect(feed.items.map((item) => item.title)).toEqual(['2025-12-01 — 1 breaking', '2025-09-01 — 1 warning', '2025-06-02']);
		expect(feed.items.map((item) => item.isoDate)).toEqual(['2025-12-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z', '2025-06-02T00:00:00.000Z']);
		const latest = feed.items[0]!;
		expect(latest.link).toBe('https://webhooks.members.example/changelog/#release-2025-12-01');
		expect(latest.content).toContain('<a href="https://webhooks.members.example/events/payment.failed/"><code>payment.failed</code></a>');
		expect(latest.content).toContain('Sessions get their own event');
		// Unreleased changes are not announced.
		expect(xml).not.toContain('assignee_email');
	});

	it('links the feed from the head of every page', () => {
		for (const page of ['', 'events', 'events/member.login', 'changelog', 'events/payment.failed/versions/2025-06-02']) {
			const link = readPage(page, dist).querySelector('head link[rel="alternate"][type="application/atom+xml"]');
			expect(link?.getAttribute('href'), page).toBe('/changelog.xml');
		}
	});

	it('computes the changelog: unreleased first, each release with its notes and labelled changes', () => {
		const page = readPage('changelog', dist);
		expect(h2s(page)).toEqual(['Unreleased', '2025-12-01', '2025-09-01', '2025-06-02']);
		const unreleased = page.querySelector('section[aria-labelledby="unreleased"]')!;
		expect(unreleased.text).toContain('not released yet');
		expect(unreleased.text).toContain('/data/assignee_email');
		const december = page.querySelector('section[aria-labelledby="release-2025-12-01"]')!;
		const severities = december.querySelectorAll('li[data-severity]').map((li) => li.getAttribute('data-severity'));
		expect(severities[0]).toBe('breaking');
		expect(december.querySelectorAll('.hr-release-event a').map((a) => a.getAttribute('href'))).toEqual([
			'/events/payment.failed/', '/events/member.login/', '/events/member.session_started/', '/events/payment.succeeded/',
		]);
		expect(page.querySelector('section[aria-labelledby="release-2025-09-01"] li[data-severity="warning"]')!.text).toContain('"google"');
	});

	it('gives a page only to the versions in which an event changed', () => {
		const versions = (slug: string) =>
			['2025-06-02', '2025-09-01', '2025-12-01'].filter((v) => existsSync(path.join(dist, 'events', slug, 'versions', v, 'index.html')));
		expect(versions('payment.failed')).toEqual(['2025-06-02', '2025-12-01']);
		expect(versions('payment.succeeded')).toEqual(['2025-06-02', '2025-09-01', '2025-12-01']);
		expect(versions('ticket.created')).toEqual(['2025-06-02']);
		expect(versions('testimonial.approved')).toEqual(['2025-09-01']);
		const history = readPage('events/payment.failed', dist).querySelector('.hr-history')!;
		expect(history.querySelectorAll('.hr-history-version a strong').map((s) => s.text)).toEqual(['2025-12-01', '2025-06-02']);
		// ticket.created changed after the last release: its history starts with the unreleased change.
		expect(readPage('events/ticket.created', dist).querySelector('.hr-history li')!.text).toContain('Unreleased');
	});

	it('flags the deprecated event in its JSON Schema and the catalog, and the deprecated field in the schema', () => {
		expect(readJson('schemas/member.login.json', dist).deprecated).toBe(true);
		expect(readJson('schemas/member.created.json', dist).deprecated).toBeUndefined();
		const bundle = readJson('schemas/events.bundle.json', dist);
		expect(bundle.$defs['member.login'].deprecated).toBe(true);
		const entry = readJson('api/v1/webhooks/events.json', dist).events.find((e: { type: string }) => e.type === 'member.login');
		expect(entry).toMatchObject({ deprecated: true, deprecation: { since: '2025-12-01', sunset: '2026-06-30', replaced_by: 'member.session_started' } });
		const field = readJson('schemas/payment.succeeded.json', dist).properties.data.properties.stripe_payment_intent_id;
		expect(field.deprecated).toBe(true);
	});

	it('keeps the internal event out of the releases and the history pages', () => {
		const internal = 'member.session_refreshed';
		for (const version of ['2025-06-02', '2025-09-01', '2025-12-01']) {
			expect(readFileSync(`examples/members-history/releases/${version}.json`, 'utf8')).not.toContain(internal);
		}
		expect(readFileSync(path.join(dist, 'changelog', 'index.html'), 'utf8')).not.toContain(internal);
	});
});
