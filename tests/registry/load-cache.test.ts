/**
 * The load cache (load-cache.ts): a load reads back the checked events of files whose sources are
 * unchanged since an earlier load, and imports the others; what it returns equals a load without
 * the cache, whatever changed in between (an event, a helper, platform.ts, a new file, the
 * internal names, a file outside the registry).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RegistryError } from '../../src/lib/registry/errors.ts';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { plainRegistry } from '../../src/lib/registry/model.ts';
import { orderEvent, writeRegistry } from '../helpers/temp-registry.ts';

declare global {
	// Each event file of these registries counts its own runs here.
	var hookrefTestRuns: Record<string, number> | undefined;
}

/** `source`, which counts its runs under `name` when imported. */
const counted = (name: string, source: string) =>
	`globalThis.hookrefTestRuns ??= {};\nglobalThis.hookrefTestRuns[${JSON.stringify(name)}] = (globalThis.hookrefTestRuns[${JSON.stringify(name)}] ?? 0) + 1;\n${source}`;

const withHelper = (type: string) =>
	orderEvent({
		type,
		data: `z.object({ order_id: z.string().describe('Order id.'), customer: customer() })`,
		samples: `[{ name: 'An order', data: { order_id: 'ord_1', customer: { email: 'ana@shop.test' } } }]`,
	}).replace(`import { defineEvent, z } from 'hookref';`, `import { defineEvent, z } from 'hookref';\nimport { customer } from '../_shared.ts';`);
const helper = (description: string) =>
	`import { z } from 'hookref';\nexport const customer = () => z.object({ email: z.email().describe(${JSON.stringify(description)}) }).describe('Who ordered.');\n`;

/** Runs of each event file during `load()`. */
async function runsDuring<T>(load: () => Promise<T>): Promise<{ result: T; runs: Record<string, number> }> {
	globalThis.hookrefTestRuns = {};
	const result = await load();
	return { result, runs: { ...globalThis.hookrefTestRuns } };
}

async function loadBoth(dir: string) {
	const cached = await runsDuring(() => loadRegistry(dir, { cache: true }));
	process.env.HOOKREF_CACHE = 'off';
	try {
		// Compared as plain data: each load makes its own zod schemas and functions.
		expect(plainRegistry(cached.result), 'the cached load equals a load without the cache').toStrictEqual(plainRegistry(await loadRegistry(dir, { cache: true })));
	} finally {
		delete process.env.HOOKREF_CACHE;
	}
	return cached.runs;
}

describe('the load cache', () => {
	let dir = '';
	afterEach(() => {
		rmSync(dir, { recursive: true, force: true });
		delete globalThis.hookrefTestRuns;
	});
	const edit = (file: string, from: string, to: string) => {
		const target = path.join(dir, file);
		const text = readFileSync(target, 'utf8');
		expect(text).toContain(from);
		writeFileSync(target, text.replace(from, to));
	};

	it('imports only the files whose sources changed, and loads what a load without it loads', async () => {
		dir = writeRegistry({
			'_shared.ts': helper('Email.'),
			'orders/order.created.ts': counted('created', withHelper('order.created')),
			'orders/order.paid.ts': counted('paid', orderEvent({ type: 'order.paid' })),
			'orders/order.shipped.ts': counted('shipped', orderEvent({ type: 'order.shipped' })),
		});
		expect(await loadBoth(dir), 'first load: every file').toEqual({ created: 1, paid: 1, shipped: 1 });
		expect(await loadBoth(dir), 'nothing changed').toEqual({});

		edit('orders/order.paid.ts', 'Emitted when an order is placed.', 'Emitted when an order is paid.');
		expect(await loadBoth(dir), 'an event').toEqual({ paid: 1 });
		expect((await loadRegistry(dir, { cache: true })).events.find((event) => event.type === 'order.paid')!.description).toBe('Emitted when an order is paid.');

		edit('_shared.ts', 'Email.', 'The buyer’s email.');
		expect(await loadBoth(dir), 'a helper: the events importing it').toEqual({ created: 1 });
		const created = (await loadRegistry(dir, { cache: true })).events.find((event) => event.type === 'order.created')!;
		expect(JSON.stringify(created.bodyJsonSchema)).toContain('The buyer’s email.');

		edit('platform.ts', "'Acme sends webhooks.'", "'Acme sends signed webhooks.'");
		expect(await loadBoth(dir), 'platform.ts: every event').toEqual({ created: 1, paid: 1, shipped: 1 });

		// A new file may change how an unchanged import resolves: every file is bundled and imported again.
		writeFileSync(path.join(dir, 'orders/order.refunded.ts'), counted('refunded', orderEvent({ type: 'order.refunded' })));
		expect(await loadBoth(dir), 'a new file').toEqual({ created: 1, paid: 1, shipped: 1, refunded: 1 });
		expect(await loadBoth(dir)).toEqual({});
	});

	it('checks a stored event again when the internal names change', async () => {
		dir = writeRegistry({
			'orders/order.created.ts': counted('created', orderEvent().replace('Emitted when an order is placed.', 'Emitted before order.audited.')),
			'orders/order.audited.ts': counted('audited', orderEvent({ type: 'order.audited' })),
		});
		expect(await loadBoth(dir)).toEqual({ created: 1, audited: 1 });
		expect(await loadBoth(dir)).toEqual({});
		// order.created is unchanged, but the name it mentions is now internal: it must not be published.
		edit('orders/order.audited.ts', "visibility: 'public'", "visibility: 'internal'");
		globalThis.hookrefTestRuns = {};
		const error = await loadRegistry(dir, { cache: true }).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(RegistryError);
		expect((error as RegistryError).issues.map((issue) => [issue.event, issue.path])).toContainEqual(['order.created', 'description']);
		expect(globalThis.hookrefTestRuns).toEqual({ created: 1, audited: 1 });
	});

	it('never stores an event that imports a file outside the registry', async () => {
		const outside = writeRegistry({});
		writeFileSync(path.join(outside, 'customer.ts'), helper('Email.'));
		try {
			dir = writeRegistry({ 'orders/order.paid.ts': counted('paid', orderEvent({ type: 'order.paid' })) });
			const specifier = path.relative(path.join(dir, 'orders'), path.join(outside, 'customer.ts'));
			writeFileSync(path.join(dir, 'orders/order.created.ts'), counted('created', withHelper('order.created').replace("'../_shared.ts'", JSON.stringify(specifier))));
			expect(await loadBoth(dir)).toEqual({ created: 1, paid: 1 });
			expect(await loadBoth(dir)).toEqual({ created: 1 });
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});

	it('never stores an event that imports a package hookref does not pin', async () => {
		// A registry's own packages are not in hookref's lock file: their version is not in any key.
		const withPackage = counted('created', orderEvent()).replace(`import { defineEvent, z } from 'hookref';`, `import { defineEvent, z } from 'hookref';\nimport colors from 'picocolors';\nvoid colors;`);
		dir = writeRegistry({ 'orders/order.created.ts': withPackage, 'orders/order.paid.ts': counted('paid', orderEvent({ type: 'order.paid' })) });
		expect(await loadBoth(dir)).toEqual({ created: 1, paid: 1 });
		expect(await loadBoth(dir)).toEqual({ created: 1 });
	});

	it('reads nothing back with HOOKREF_CACHE=off', async () => {
		dir = writeRegistry({ 'orders/order.created.ts': counted('created', orderEvent()) });
		await loadRegistry(dir, { cache: true });
		process.env.HOOKREF_CACHE = 'off';
		try {
			expect((await runsDuring(() => loadRegistry(dir, { cache: true }))).runs).toEqual({ created: 1 });
		} finally {
			delete process.env.HOOKREF_CACHE;
		}
	});
});
