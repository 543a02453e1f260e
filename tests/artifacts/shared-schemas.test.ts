/**
 * The shared components under OpenAPI and AsyncAPI: one envelope, one component per shape that
 * several events use, and the same validation as each event's own JSON Schema.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSharedSchemas, ENVELOPE_COMPONENT } from '../../src/lib/artifacts/shared-schemas.ts';
import { findLeaks } from '../../src/lib/pipeline/check-leaks.ts';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { publicEvents } from '../../src/lib/registry/model.ts';
import { createAjv } from '../../src/lib/schema/ajv.ts';
import { openApiValidator } from '../helpers/spec-checks.ts';
import { orderEvent, writeRegistry } from '../helpers/temp-registry.ts';

const refsTo = (value: unknown, name: string) => JSON.stringify(value).split(`"#/components/schemas/${name}"`).length - 1;

describe('buildSharedSchemas', () => {
	const customer = `z.object({ email: z.email().describe('Email.'), name: z.string().describe('Name.') }).describe('Who ordered.')`;
	const withCustomer = (type: string, extra = '') =>
		orderEvent({
			type,
			data: `z.object({ order_id: z.string().describe('Order id.'),${extra} customer: ${customer} })`,
			samples: `[{ name: 'One', data: { order_id: 'ord_1',${extra ? " carrier: 'ups'," : ''} customer: { email: 'a@b.test', name: 'A' } } }]`,
		});

	it('lifts a shape two events share into one component, referenced by both; the others stay inline', async () => {
		const dir = writeRegistry({
			'orders/order.created.ts': orderEvent(),
			'orders/order.paid.ts': withCustomer('order.paid'),
			'orders/order.shipped.ts': withCustomer('order.shipped', " carrier: z.string().describe('Carrier.'),"),
		});
		const registry = await loadRegistry(dir);
		const events = publicEvents(registry);
		const { components } = buildSharedSchemas(registry, events);
		expect(Object.keys(components)).toEqual([ENVELOPE_COMPONENT, 'order.created', 'order.paid', 'order.shipped', 'Customer']);
		expect(refsTo(components['order.paid'], 'Customer')).toBe(1);
		expect(refsTo(components['order.shipped'], 'Customer')).toBe(1);
		// order.created's customer has another shape (one field): it stays inline.
		expect(refsTo(components['order.created'], 'Customer')).toBe(0);
		for (const event of events) {
			expect(refsTo(components[event.slug], ENVELOPE_COMPONENT)).toBe(1);
			// The components accept what the event's own JSON Schema accepts, and refuse what it refuses.
			const own = createAjv().compile(event.bodyJsonSchema);
			const shared = openApiValidator({ components: { schemas: components } }, event.slug);
			for (const delivery of event.deliveries) {
				expect(shared(delivery.body)).toBe(true);
				for (const broken of [
					{ ...delivery.body, type: 'order.other' },
					{ ...delivery.body, data: { ...(delivery.body.data as object), customer: { name: 'no email' } } },
				]) {
					expect(own(broken)).toBe(false);
					expect(shared(broken)).toBe(false);
				}
			}
		}
	});

	it('names a data shape two events share after the first, and inlines what only it uses', async () => {
		const dir = writeRegistry({ 'orders/order.paid.ts': withCustomer('order.paid'), 'orders/order.refunded.ts': withCustomer('order.refunded') });
		const registry = await loadRegistry(dir);
		const { components } = buildSharedSchemas(registry, publicEvents(registry));
		expect(Object.keys(components)).toEqual([ENVELOPE_COMPONENT, 'order.paid', 'order.refunded', 'OrderPaidData']);
		expect(refsTo(components, 'OrderPaidData')).toBe(2);
		expect(JSON.stringify(components.OrderPaidData)).toContain('"email"');
	});
});

describe('the leak check', () => {
	it('finds internal names in Markdown, text and JSON files, nested or not', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'leaks-'));
		writeFileSync(path.join(dir, 'llms.txt'), '- [secret.event](x)');
		writeFileSync(path.join(dir, 'page.md'), '# fine');
		writeFileSync(path.join(dir, 'openapi.json'), '{"webhooks":{"secret.event":{}}}');
		expect(findLeaks(dir, ['secret.event']).map((leak) => path.basename(leak.file))).toEqual(['llms.txt', 'openapi.json']);
	});
});
