/** examples/entity-subscriptions (seed 001): `entity/event_type` names, one event per subscription. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { exampleDist, readJson, readPage } from '../helpers/dist-checks.ts';

const dist = exampleDist('entity-subscriptions');

describe('examples/entity-subscriptions', () => {
	it('built', () => expect(inject('exampleBuilds')['entity-subscriptions']?.status).toBe(0));

	it('turns slashes into clean URLs and file names while pages show the verbatim name', () => {
		expect(existsSync(path.join(dist, 'events/client-created/index.html'))).toBe(true);
		expect(existsSync(path.join(dist, 'schemas/client-created.json'))).toBe(true);
		expect(readPage('events/client-created', dist).querySelector('h1')!.text.trim()).toBe('client/created');
		const schema = readJson('schemas/meeting-cancelled.json', dist);
		expect(schema.$id).toBe('https://webhooks.entity-subscriptions.example/schemas/meeting-cancelled.json');
		expect(schema.properties.event.const).toBe('meeting/cancelled');
		const links = readPage('events', dist).querySelectorAll('table.hr-catalog a').map((a) => a.getAttribute('href'));
		expect(links).toContain('/events/client-created/');
		expect(links.every((href) => /^\/events\/[a-z]+-[a-z_]+\/$/.test(href!))).toBe(true);
	});

	it('documents the one-event subscription call and its HTTP 500 failure on the catalog', () => {
		const text = readPage('events', dist).querySelector('main')!.text;
		expect(text).toContain('Subscribe to Webhook');
		expect(text).toContain('one event per call');
		expect(text).toContain('target_url');
		expect(text).toContain('HTTP 500');
		expect(text).toContain('{"response": "Not Subscribed"}');
	});

	it('publishes the seed events and keeps the internal one out', () => {
		const types = readJson('api/v1/webhooks/events.json', dist).events.map((e: { type: string }) => e.type);
		for (const type of ['client/created', 'business/created', 'meeting/created', 'meeting/cancelled', 'payment/paid', 'invoice/issued']) {
			expect(types).toContain(type);
		}
		expect(types).not.toContain('client/synced');
		expect(existsSync(path.join(dist, 'events/client-synced'))).toBe(false);
	});
});
