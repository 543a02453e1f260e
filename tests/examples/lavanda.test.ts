/**
 * examples/lavanda (seed 003): a flat envelope, `v1.` types, and the Standard Webhooks scheme.
 * Every signed sample on the pages and every valid test vector verifies with the official
 * `standardwebhooks` package, an implementation that is not ours.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { describe, expect, inject, it, vi } from 'vitest';
import { exampleDist, h2s, readJson, readPage, readSamples, runWorkedExample } from '../helpers/dist-checks.ts';

const dist = exampleDist('lavanda');
const SEED_TYPES = [
	'v1.auth_identity.user.created', 'v1.auth_identity.user.role_bindings.updated', 'v1.auth_identity.user.updated',
	'v1.availability.product_availability.updated', 'v1.availability.unit_availability.updated',
	'v1.booking.booking_ttl.updated', 'v1.booking.created', 'v1.booking.expired', 'v1.booking.updated',
	'v1.catalog.product.created', 'v1.catalog.product.deleted', 'v1.catalog.product.updated',
	'v1.catalog.product_group.created', 'v1.catalog.product_group.updated', 'v1.catalog.product_rate.updated',
	'v1.crm.company.created', 'v1.crm.company.updated', 'v1.crm.contact.created', 'v1.crm.contact.updated',
	'v1.crm.lead.created', 'v1.crm.lead.status_updated', 'v1.crm.lead.updated',
	'v1.spaces.building.created', 'v1.spaces.building.updated', 'v1.spaces.unit.created', 'v1.spaces.unit.updated',
	'v1.tickets_tasks.task.created', 'v1.tickets_tasks.task.updated', 'v1.tickets_tasks.ticket.created', 'v1.tickets_tasks.ticket.updated',
];

describe('examples/lavanda', () => {
	it('built', () => expect(inject('exampleBuilds').lavanda?.status).toBe(0));

	it('publishes every seed event at its verbatim v1. URL, in the seven categories', () => {
		const types = readJson('api/v1/webhooks/events.json', dist).events.map((e: { type: string }) => e.type);
		expect([...types].sort()).toEqual([...SEED_TYPES].sort());
		for (const type of SEED_TYPES) expect(existsSync(path.join(dist, 'events', type, 'index.html')), type).toBe(true);
		expect(h2s(readPage('events', dist))).toEqual(['Auth identity', 'Availability', 'Bookings', 'Catalog', 'CRM', 'Spaces', 'Tickets and tasks', 'Downloads']);
	});

	it('keeps the envelope flat: entity objects at the top level beside id and type', () => {
		const schema = readJson('schemas/v1.booking.expired.json', dist);
		expect(Object.keys(schema.properties)).toEqual(['id', 'type', 'booking', 'workspace']);
		expect(schema.properties.booking.properties.units.type).toBe('array');
		expect(Object.keys(readJson('schemas/v1.catalog.product.created.json', dist).properties)).toContain('timestamp');
	});

	it('signs samples with webhook-id, webhook-timestamp and webhook-signature that standardwebhooks verifies', () => {
		const secret = readJson('verification/test-vectors.json', dist).test_secret as string;
		const webhook = new Webhook(secret);
		for (const type of SEED_TYPES) {
			for (const { body, headers } of readSamples(readPage(`events/${type}`, dist))) {
				expect(Object.keys(headers)).toEqual(['Content-Type', 'webhook-id', 'webhook-timestamp', 'webhook-signature']);
				vi.setSystemTime(Number(headers['webhook-timestamp']) * 1000);
				expect(webhook.verify(body, headers), type).toEqual(JSON.parse(body));
				expect(() => webhook.verify(body.replace('"id"', '"Id"'), headers)).toThrow();
			}
		}
		vi.useRealTimers();
	});

	it('has a worked example on the verification guide that openssl runs to the published signature', () => {
		const { output, vector } = runWorkedExample(dist);
		expect(`v1,${output}`).toBe(vector.signature);
	});

	it('retries on Svix’s schedule: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h', () => {
		const rows = readPage('events/v1.booking.created', dist).querySelectorAll('table.hr-attempts tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.text.trim()));
		expect(rows.map((r) => r[1])).toEqual(['—', '5 s', '5 min', '30 min', '2 h', '5 h', '10 h', '10 h']);
		expect(rows.at(-1)![2]).toBe('27 h 35 min 5 s');
	});

	it('publishes test vectors whose valid ones standardwebhooks accepts and whose forged ones it refuses', () => {
		const vectors = readJson('verification/test-vectors.json', dist);
		expect(vectors.scheme).toBe('standard-webhooks');
		for (const vector of vectors.vectors) {
			vi.setSystemTime(vector.now * 1000);
			const verify = () => new Webhook(vector.secret).verify(vector.body, vector.headers);
			// The package keeps no replay memory: a reused webhook-id is the receiver's own check.
			if (vector.expected.valid || vector.kind === 'reused_id') expect(verify, vector.name).not.toThrow();
			else expect(verify, vector.name).toThrow();
		}
		vi.useRealTimers();
	});
});
