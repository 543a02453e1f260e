/** examples/vagaro (seed 002): type + action events, no signature, exponential retries in 15 minutes. */
import { describe, expect, inject, it } from 'vitest';
import { exampleDist, readJson, readPage } from '../helpers/dist-checks.ts';

const dist = exampleDist('vagaro');

describe('examples/vagaro', () => {
	it('built', () => expect(inject('exampleBuilds').vagaro?.status).toBe(0));

	it('names every event by its type + action pair, in the page, the schema and the envelope', () => {
		const types = readJson('api/v1/webhooks/events.json', dist).events.map((e: { type: string }) => e.type);
		expect(types).toEqual(['appointment.created', 'appointment.deleted', 'appointment.updated', 'customer.updated', 'formResponse.created', 'transaction.created']);
		const page = readPage('events/formResponse.created', dist);
		expect(page.querySelector('h1')!.text.trim()).toBe('formResponse.created');
		const schema = readJson('schemas/formResponse.created.json', dist);
		expect(schema.title).toBe('formResponse.created');
		expect(schema.properties.type.const).toBe('formResponse');
		expect(schema.properties.action.const).toBe('created');
		expect(Object.keys(schema.properties)).toEqual(['id', 'createdDate', 'type', 'action', 'payload']);
		const envelopeTypes = page.querySelectorAll('table.hr-fields')[0]!.querySelectorAll('td:nth-child(2) code').map((c) => c.text);
		expect(envelopeTypes).toEqual(expect.arrayContaining(['"formResponse"', '"created"']));
		expect(schema.properties.payload.properties.questionsAndAnswers.items.properties.answer.type).toBe('array');
	});

	it('says deliveries are unsigned and shows no signature header', () => {
		const main = readPage('events/appointment.created', dist).querySelector('main')!;
		expect(main.querySelector('#verification')!.nextElementSibling!.text).toContain('no signature');
		expect(main.text).not.toMatch(/X-[A-Za-z-]*Signature|webhook-signature|HMAC/);
		expect(readPage('guides/verification', dist).querySelector('main')!.text).toContain('no signature');
	});

	it('retries up to 5 times over 15 minutes within a 20-second timeout', () => {
		const main = readPage('events/customer.updated', dist).querySelector('main')!;
		const rows = main.querySelectorAll('table.hr-attempts tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.text.trim()));
		expect(rows).toHaveLength(6);
		expect(rows.at(-1)![2]).toBe('15 min');
		expect(main.text).toContain('20 seconds');
	});
});
