import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegistryError } from '../../src/lib/registry/errors.ts';
import { bundleRegistry } from '../../src/lib/registry/bundle-registry.ts';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { checkRegistryWithJsonSchema } from '../../src/lib/registry/validate-registry.ts';
import { publicEvents } from '../../src/lib/registry/model.ts';
import { MINIMAL_PLATFORM, orderEvent, writeRegistry } from '../helpers/temp-registry.ts';

/** Loads a registry that must fail and returns its formatted issues. */
async function problems(files: Record<string, string>): Promise<string[]> {
	const dir = writeRegistry(files);
	const error = await loadRegistry(dir).then(
		() => undefined,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(RegistryError);
	return (error as RegistryError).message.split('\n').slice(1).map((line) => line.replaceAll(dir, '<dir>').trim());
}

describe('loadRegistry', () => {
	it('loads a valid registry with its deliveries and JSON Schema', async () => {
		const dir = writeRegistry({
			'orders/order.created.ts': orderEvent(),
			'orders/order.audited.ts': orderEvent({ type: 'order.audited', visibility: 'internal' }),
			'_helpers.ts': 'export const unused = 1;',
		});
		const registry = await loadRegistry(dir);
		expect(registry.events.map((e) => e.type)).toEqual(['order.audited', 'order.created']);
		expect(publicEvents(registry).map((e) => e.type)).toEqual(['order.created']);
		const [event] = publicEvents(registry);
		expect(event!.deliveries[0]!.body).toMatchObject({ type: 'order.created', data: { order_id: 'ord_1234' } });
		expect(Object.keys(event!.deliveries[0]!.body)).toEqual(['id', 'type', 'created', 'data']);
		expect(event!.bodyJsonSchema.properties!.type).toMatchObject({ const: 'order.created' });
	});

	it('reports a duplicate event type naming both files', async () => {
		expect(
			await problems({ 'a/order.created.ts': orderEvent(), 'b/order.created.ts': orderEvent() }),
		).toContain(
			'✖ <dir>/b/order.created.ts › event order.created › type: duplicate event type: "order.created" is also defined in <dir>/a/order.created.ts.',
		);
	});

	it('reports an unknown category with the declared ones', async () => {
		expect(await problems({ 'o.ts': orderEvent(), 'x.ts': orderEvent({ type: 'order.paid', category: 'payments' }) })).toEqual([
			'✖ <dir>/x.ts › event order.paid › category: unknown category "payments". Declared categories: orders.',
		]);
	});

	it('reports a sample that fails its schema, from zod and from ajv, with the JSON path', async () => {
		const lines = await problems({
			'o.ts': orderEvent({
				samples: `[{ name: 'Bad', data: { order_id: 'ord_1234', total: -5, customer: { email: 'ana@shop.test' } } }]`,
			}),
		});
		expect(lines).toEqual([
			'✖ <dir>/o.ts › event order.created › samples[0].data.total: Too small: expected number to be >=0 (zod)',
			'✖ <dir>/o.ts › event order.created › samples[0].data.total: must be >= 0 (JSON Schema)',
		]);
	});

	it('can leave the ajv check to the caller, which reports the same path (the build runs it beside Astro)', async () => {
		const dir = writeRegistry({ 'o.ts': orderEvent() });
		const registry = await loadRegistry(dir, { deferJsonSchemaCheck: true });
		expect(checkRegistryWithJsonSchema(registry)).toEqual([]);
		// A delivery the JSON Schema rejects, as if zod and the emitted schema disagreed.
		(registry.events[0]!.deliveries[0]!.body as { data: { total: number } }).data.total = -5;
		expect(checkRegistryWithJsonSchema(registry)).toEqual([
			{ file: `${dir}/o.ts`, event: 'order.created', path: 'samples[0].data.total', message: 'must be >= 0 (JSON Schema)' },
		]);
	});

	it('reports a sample field missing or misspelt', async () => {
		const lines = await problems({
			'o.ts': orderEvent({ samples: `[{ name: 'Typo', data: { order_id: 'ord_1234', totl: 1, customer: { email: 'ana@shop.test' } } }]` }),
		});
		expect(lines).toContain("✖ <dir>/o.ts › event order.created › samples[0].data.total: must have required property 'total' (JSON Schema)");
		expect(lines).toContain('✖ <dir>/o.ts › event order.created › samples[0].data.totl: is not a field of the data schema. Fix the sample or declare the field.');
	});

	it('reports a field without a description at its nested path', async () => {
		const lines = await problems({
			'o.ts': orderEvent({
				data: `z.object({ order_id: z.string().describe('Id.'), customer: z.object({ email: z.string() }).describe('Who.') })`,
				samples: `[{ name: 'S', data: { order_id: 'o', customer: { email: 'e@x.test' } } }]`,
			}),
		});
		expect(lines).toEqual([
			'✖ <dir>/o.ts › event order.created › data.customer.email: has no description. Add .describe("…") to the field: the description is the documentation.',
		]);
	});

	it('reports an empty category', async () => {
		const lines = await problems({ 'o.ts': orderEvent({ visibility: 'internal' }) });
		expect(lines).toEqual([
			'✖ <dir>/platform.ts › categories.orders: category "orders" is empty: it has no public event. Add one or remove the category.',
		]);
	});

	it('reports a malformed event type', async () => {
		const lines = await problems({ 'o.ts': orderEvent({ type: 'Order Created' }) });
		expect(lines[0]).toBe(
			'✖ <dir>/o.ts › event Order Created › type: "Order Created" is not a valid event type: it must match /^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$/.',
		);
	});

	it('reports a malformed definition with the field path, not a stack trace', async () => {
		const lines = await problems({ 'o.ts': orderEvent().replace("apiVersion: '2026-01-01'", "apiVersion: 'v1'") });
		expect(lines).toEqual(['✖ <dir>/o.ts › event order.created › apiVersion: must be a date like 2026-05-29']);
	});

	it('reports a file that cannot be imported', async () => {
		const lines = await problems({ 'o.ts': orderEvent(), 'broken.ts': 'export default defineEvent({' });
		// Vite's parser (the tests, the dev server) words it so; tsx (the CLI) as esbuild does: see cli.test.ts.
		expect(lines).toEqual(['✖ <dir>/broken.ts:1:29: could not be loaded: Expected `}` but found `EOF`']);
	});

	it('reports a missing platform file and a bad platform config', async () => {
		const dir = writeRegistry({ 'o.ts': orderEvent() });
		await expect(loadRegistry(`${dir}/nowhere`)).rejects.toThrow(/is not a folder/);
		const bad = await problems({
			'platform.ts': `import { definePlatform } from 'hookref'; export default definePlatform({ name: 'X' } as never);`,
			'o.ts': orderEvent(),
		});
		expect(bad).toContain('✖ <dir>/platform.ts › siteUrl: Invalid input: expected string, received undefined');
		const query = await problems({ 'platform.ts': MINIMAL_PLATFORM.replace("'https://webhooks.acme.test'", "'https://acme.test/docs?v=2'"), 'o.ts': orderEvent() });
		expect(query).toEqual([
			'✖ <dir>/platform.ts › siteUrl: "https://acme.test/docs?v=2" is not a site URL: give an http(s) URL without query or fragment, e.g. https://owner.github.io/repo (its path becomes the base path)',
		]);
	});

	// The registry is imported as one esbuild bundle (bundle-registry.ts): it must behave as
	// per-file imports do.
	describe('as one bundle', () => {
		const shared = `import { z } from 'hookref';
export const customer = z.object({ email: z.email().describe('Email.') }).describe('Who ordered.');
`;
		const withShared = (type: string) =>
			orderEvent({
				type,
				data: `z.object({ order_id: z.string().describe('Order id.'), total: z.int().describe('Total.'), customer })`,
			}).replace("import { defineEvent, z } from 'hookref';", "import { defineEvent, z } from 'hookref';\nimport { customer } from '../_shared.ts';");

		it('evaluates a helper shared by several events once', async () => {
			const dir = writeRegistry({ '_shared.ts': shared, 'orders/order.created.ts': withShared('order.created'), 'orders/order.paid.ts': withShared('order.paid') });
			const files = ['orders/order.created.ts', 'orders/order.paid.ts'].map((file) => path.join(dir, file));
			const bundle = await bundleRegistry(dir, [path.join(dir, 'platform.ts'), ...files], () => Promise.reject(new Error('imported file by file')));
			try {
				const [created, paid] = await Promise.all(files.map(async (file) => (await bundle!.importModule(file)).default as { data: { shape: Record<string, unknown> } }));
				expect(created!.data.shape.customer).toBeDefined();
				expect(created!.data.shape.customer).toBe(paid!.data.shape.customer);
			} finally {
				bundle!.dispose();
			}
		});

		it('sees an edit made between two loads in one process', async () => {
			const dir = writeRegistry({ 'orders/order.created.ts': orderEvent() });
			expect((await loadRegistry(dir)).events[0]!.description).toBe('Emitted when an order is placed.');
			const file = path.join(dir, 'orders/order.created.ts');
			writeFileSync(file, readFileSync(file, 'utf8').replace('Emitted when an order is placed.', 'Emitted once an order is placed.'));
			expect((await loadRegistry(dir)).events[0]!.description).toBe('Emitted once an order is placed.');
		});

		it('imports every file from the bundle, with each file\'s imports inside the registry', async () => {
			const dir = writeRegistry({ '_shared.ts': shared, 'orders/order.created.ts': withShared('order.created') });
			const files = [path.join(dir, 'platform.ts'), path.join(dir, 'orders/order.created.ts')];
			const bundle = await bundleRegistry(dir, files, () => Promise.reject(new Error('imported file by file')));
			expect(bundle).toBeDefined();
			try {
				const event = (await bundle!.importModule(files[1]!)).default as { type: string };
				expect(event.type).toBe('order.created');
				expect(bundle!.imports.get(path.resolve(files[1]!))).toEqual([path.resolve(dir, '_shared.ts')]);
			} finally {
				bundle!.dispose();
			}
		});

		it('is not made for a file esbuild rejects: the per-file import reports it', async () => {
			const dir = writeRegistry({ 'orders/order.created.ts': 'export default {,};' });
			expect(await bundleRegistry(dir, [path.join(dir, 'orders/order.created.ts')], () => Promise.reject(new Error('unused')))).toBeUndefined();
		});

		it('leaves no bundle behind', async () => {
			const dir = writeRegistry({ 'orders/order.created.ts': orderEvent() });
			await loadRegistry(dir);
			const bundles = path.join('.hookref', 'registry-bundle');
			expect(existsSync(bundles) ? readdirSync(bundles).filter((name) => name.startsWith(`${process.pid}-`)) : []).toEqual([]);
		});
	});
});
