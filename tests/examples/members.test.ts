/** examples/members (seed 004): an unsigned platform with no documented retries or subscription call. */
import { describe, expect, inject, it } from 'vitest';
import { exampleDist, h2s, readJson, readPage } from '../helpers/dist-checks.ts';

const dist = exampleDist('members');

describe('examples/members', () => {
	it('built', () => expect(inject('exampleBuilds').members?.status).toBe(0));

	it('publishes every seed event in its six categories', () => {
		const catalog = readJson('api/v1/webhooks/events.json', dist);
		expect(catalog.events.map((e: { type: string }) => e.type)).toEqual([
			'member.created', 'member.deleted', 'member.login', 'member.plan_changed', 'member.updated',
			'form.created', 'form.submitted',
			'subscription.cancelled', 'subscription.created',
			'payment.failed', 'payment.succeeded',
			'ticket.created', 'ticket.replied',
			'testimonial.approved', 'testimonial.submitted',
		]);
		expect(h2s(readPage('events', dist))).toEqual(['Members', 'Forms', 'Subscriptions', 'Payments', 'Support tickets', 'Testimonials', 'Downloads']);
	});

	it('wraps data in the seed envelope: id, event, created_at, project_id, data', () => {
		const schema = readJson('schemas/member.created.json', dist);
		expect(Object.keys(schema.properties)).toEqual(['id', 'event', 'created_at', 'project_id', 'data']);
		expect(schema.properties.event.const).toBe('member.created');
		expect(schema.examples[0].data.email).toBe('john.doe@example.com');
	});

	it('says plainly that deliveries are unsigned and retries and subscribing are undocumented', () => {
		const page = readPage('events/payment.failed', dist).querySelector('main')!.text;
		expect(page).toContain('no signature');
		expect(page).toContain('no retry policy');
		expect(page).not.toContain('HMAC');
		expect(readPage('events/payment.failed', dist).querySelector('.hr-attempts')).toBeNull();
		expect(readPage('events', dist).querySelector('main')!.text).toContain('does not describe how endpoints subscribe');
		expect(readPage('guides/retries', dist).querySelector('main')!.text).toContain('no retry policy');
	});

	it('keeps the illustrative internal event out of the site', () => {
		expect(() => readPage('events/member.session_refreshed', dist)).toThrow();
	});
});
