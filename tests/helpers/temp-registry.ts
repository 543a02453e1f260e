/**
 * Writes small registries for tests. They live inside the project (git-ignored `.hookref/`) so
 * their `import … from 'hookref'` resolves like a real registry's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let counter = 0;

/**
 * The source of a small unsigned platform: `name` and `domain` name it, `categories` is the
 * categories' array literal, `extra` adds lines (e.g. an `eventTypePattern`).
 */
export function platformSource(options: { name: string; domain: string; description: string; categories: string; extra?: string }): string {
	return `import { definePlatform, z } from 'hookref';
export default definePlatform({
	name: '${options.name}',
	siteUrl: 'https://webhooks.${options.domain}',
	description: '${options.description}',
	hosts: { primary: 'https://api.${options.domain}' },${options.extra ? `\n\t${options.extra}` : ''}
	envelope: {
		schema: z.object({
			id: z.string().describe('Event id.'),
			type: z.string().describe('Event type.'),
			created: z.int().describe('Unix seconds.'),
			data: z.object({}).describe('Payload.'),
		}),
		typeFields: ['type'],
		dataField: 'data',
		idField: 'id',
		sample: (ctx) => ({ id: 'evt_' + ctx.hex(12), created: ctx.timestamp }),
	},
	signing: { scheme: 'none', note: 'Deliveries are not signed.' },
	retry: { timeoutSeconds: 5, schedule: { kind: 'explicit', delaysSeconds: [60] } },
	categories: ${options.categories},
	subscription: { method: 'POST', path: '/hooks', eventsField: 'events', cardinality: 'many' },
	denyList: { policy: 'Unlisted events are internal.' },
});
`;
}

export const MINIMAL_PLATFORM = platformSource({
	name: 'Acme',
	domain: 'acme.test',
	description: 'Acme sends webhooks.',
	categories: "[{ id: 'orders', title: 'Orders', description: 'Order events.' }]",
});

export const orderEvent = (overrides: { type?: string; category?: string; visibility?: string; data?: string; samples?: string } = {}) => `import { defineEvent, z } from 'hookref';
export default defineEvent({
	type: '${overrides.type ?? 'order.created'}',
	category: '${overrides.category ?? 'orders'}',
	summary: 'An order was created.',
	description: 'Emitted when an order is placed.',
	apiVersion: '2026-01-01',
	visibility: '${overrides.visibility ?? 'public'}',
	data: ${overrides.data ?? `z.object({
		order_id: z.string().regex(/^ord_[0-9]{4}$/).describe('Order id.'),
		total: z.int().nonnegative().describe('Total in cents.'),
		customer: z.object({ email: z.email().describe('Email.') }).describe('Who ordered.'),
	})`},
	samples: ${overrides.samples ?? `[{ name: 'A small order', data: { order_id: 'ord_1234', total: 4200, customer: { email: 'ana@shop.test' } } }]`},
});
`;

/** Writes `files` (relative path → source) as a registry and returns its folder, relative to cwd. */
export function writeRegistry(files: Record<string, string>): string {
	const dir = path.join('.hookref', 'test-registries', `${process.pid}-${Date.now()}-${counter++}`);
	for (const [file, source] of Object.entries({ 'platform.ts': MINIMAL_PLATFORM, ...files })) {
		const target = path.join(dir, file);
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, source);
	}
	return dir;
}
