/**
 * `registry -- release` and `registry -- diff` end to end on small registries: snapshots are
 * immutable and public-only, hand edits are caught, and the gate's exit codes follow the rule.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { orderEvent, writeRegistry } from '../helpers/temp-registry.ts';

async function cli(argv: string[], eventsDir = 'events') {
	const out: string[] = [];
	const err: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));
	const error = vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
	try {
		const code = await runCli(argv, { eventsDir });
		return { code, stdout: out.join('\n'), stderr: err.join('\n') };
	} finally {
		log.mockRestore();
		error.mockRestore();
	}
}

const internalEvent = orderEvent({ type: 'order.fraud_scored', visibility: 'internal' });

function registryWith(files: Record<string, string>) {
	return writeRegistry({ 'orders/order.created.ts': orderEvent(), 'internal/order.fraud_scored.ts': internalEvent, ...files });
}

/** The order event with its data schema and api_version replaced. */
const changedOrder = (data: string, apiVersion = '2026-01-01', sample = `{ order_id: 'ord_1234', total: 4200, customer: { email: 'ana@shop.test' } }`) =>
	orderEvent({ data, samples: `[{ name: 'A small order', data: ${sample} }]` }).replace("apiVersion: '2026-01-01'", `apiVersion: '${apiVersion}'`);

const baseData = `z.object({
		order_id: z.string().regex(/^ord_[0-9]{4}$/).describe('Order id.'),
		total: z.int().nonnegative().describe('Total in cents.'),
		customer: z.object({ email: z.email().describe('Email.') }).describe('Who ordered.'),
	})`;

afterEach(() => vi.restoreAllMocks());

describe('registry release', () => {
	it('writes a public-only snapshot and refuses to overwrite it', async () => {
		const dir = registryWith({});
		const first = await cli(['release', '1.0.0', '--date', '2026-01-15'], dir);
		expect(first.code, first.stderr).toBe(0);
		const file = path.join(dir, 'releases', '1.0.0.json');
		const text = readFileSync(file, 'utf8');
		const snapshot = JSON.parse(text);
		expect(snapshot).toMatchObject({ format: 'hookref-release/1', version: '1.0.0', released_at: '2026-01-15' });
		expect(snapshot.events.map((event: { type: string }) => event.type)).toEqual(['order.created']);
		expect(snapshot.events[0]).toMatchObject({ category: 'orders', api_version: '2026-01-01', samples: [{ name: 'A small order' }] });
		expect(snapshot.events[0].schema.properties.data.properties.order_id.pattern).toBe('^ord_[0-9]{4}$');
		expect(text).not.toContain('fraud_scored');

		const again = await cli(['release', '1.0.0'], dir);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('release 1.0.0 exists already and releases are immutable');
		expect(readFileSync(file, 'utf8')).toBe(text);
	});

	it('rejects a malformed version or date with exit 1, and a missing version with exit 2', async () => {
		const dir = registryWith({});
		expect((await cli(['release', '../x'], dir)).stderr).toContain('is not a valid version');
		expect((await cli(['release', '2.0', '--date', 'tomorrow'], dir)).stderr).toContain('is not a date like');
		expect((await cli(['release'], dir)).code).toBe(2);
	});

	it('detects a snapshot edited by hand, in diff and in the next release', async () => {
		const dir = registryWith({});
		await cli(['release', '1.0.0'], dir);
		const file = path.join(dir, 'releases', '1.0.0.json');
		writeFileSync(file, readFileSync(file, 'utf8').replace('An order was created.', 'An order was made.'));
		const diff = await cli(['diff', file, dir]);
		expect(diff.code).toBe(1);
		expect(diff.stderr).toContain(`${file}: was edited by hand`);
		expect((await cli(['release', '1.1.0'], dir)).stderr).toContain('was edited by hand');
		expect((await cli(['check'], dir)).stderr).toContain('was edited by hand');
	});
});

describe('registry diff', () => {
	it('prints the changes as JSON pointers into the body, never an internal event', async () => {
		const before = registryWith({});
		const after = registryWith({
			'orders/order.created.ts': changedOrder(baseData.replace(".describe('Total in cents.')", ".nullable().describe('Total in cents.')")),
			'internal/order.fraud_scored.ts': orderEvent({ type: 'order.fraud_scored', visibility: 'internal', data: 'z.object({})', samples: "[{ name: 'x', data: {} }]" }),
		});
		const result = await cli(['diff', before, after, '--json']);
		const { changes } = JSON.parse(result.stdout);
		expect(changes).toEqual([
			{ event: 'order.created', path: '/data/total', kind: 'null-allowed', severity: 'breaking', message: expect.stringContaining('may now be null') },
		]);
		expect(result.stdout).not.toContain('fraud_scored');
		expect(result.code).toBe(1);
	});

	it('exits 0 when the breaking change comes with a new api_version', async () => {
		const before = registryWith({});
		const after = registryWith({ 'orders/order.created.ts': changedOrder(baseData.replace(".nonnegative()", ''), '2026-06-01') });
		const result = await cli(['diff', before, after]);
		expect(result.stdout).toMatch(/Breaking \(1\)\n {2}! order\.created \/data\/total: `\/data\/total` lost its minimum \(0\)/);
		expect(result.stdout).toContain('api_version moved from 2026-01-01 to 2026-06-01');
		expect(result.code).toBe(0);
	});

	it('exits 0 for warnings and compatible changes', async () => {
		const before = registryWith({});
		const after = registryWith({
			'orders/order.created.ts': changedOrder(baseData.replace("Who ordered.'),", "Who ordered.'),\n\t\tnote: z.string().optional().describe('Note.'),")),
			'orders/order.paid.ts': orderEvent({ type: 'order.paid' }),
		});
		const { changes } = JSON.parse((await cli(['diff', before, after, '--json'])).stdout);
		expect(changes.map((c: { kind: string }) => c.kind).sort()).toEqual(['event-added', 'field-added']);
		expect((await cli(['diff', before, after])).code).toBe(0);
	});

	it('blocks removing an event before its sunset and allows it after', async () => {
		const deprecated = (sunset: string) =>
			orderEvent({ type: 'order.paid' }).replace("visibility: 'public',", `visibility: 'public',\n\tdeprecated: { message: 'Use order.created.', sunset: '${sunset}', replacedBy: 'order.created' },`);
		const after = registryWith({});
		const early = await cli(['diff', registryWith({ 'orders/order.paid.ts': deprecated('2999-01-01') }), after, '--json']);
		expect(JSON.parse(early.stdout).changes).toEqual([expect.objectContaining({ event: 'order.paid', kind: 'event-removed', severity: 'breaking' })]);
		expect(early.code).toBe(1);
		expect((await cli(['diff', registryWith({ 'orders/order.paid.ts': deprecated('2020-01-01') }), after])).code).toBe(0);
	});

	it('reports an event made internal as a removal, without saying more', async () => {
		const before = registryWith({ 'orders/order.paid.ts': orderEvent({ type: 'order.paid' }) });
		const after = registryWith({ 'orders/order.paid.ts': orderEvent({ type: 'order.paid', visibility: 'internal' }) });
		const { changes } = JSON.parse((await cli(['diff', before, after, '--json'])).stdout);
		expect(changes).toEqual([expect.objectContaining({ event: 'order.paid', kind: 'event-removed', severity: 'breaking' })]);
	});

	it('compares a release with a registry folder', async () => {
		const dir = registryWith({});
		await cli(['release', '1.0.0'], dir);
		const release = path.join(dir, 'releases', '1.0.0.json');
		const same = await cli(['diff', release, dir, '--json']);
		expect(JSON.parse(same.stdout)).toEqual({ changes: [] });
		expect(same.code).toBe(0);
		// A fresh folder: this process has the first one's modules cached.
		const edited = registryWith({ 'orders/order.created.ts': changedOrder(baseData.replace('z.email()', 'z.string()')) });
		const changed = await cli(['diff', release, edited, '--json']);
		// zod writes an email as a format and a pattern: both are gone.
		expect(JSON.parse(changed.stdout).changes).toEqual([
			expect.objectContaining({ path: '/data/customer/email', kind: 'pattern-removed' }),
			expect.objectContaining({ path: '/data/customer/email', kind: 'format-removed' }),
		]);
		expect(changed.code).toBe(1);
	});

	it('treats a changed header or signing scheme as breaking', async () => {
		const before = registryWith({});
		const after = registryWith({
			'platform.ts': readFileSync(path.join(before, 'platform.ts'), 'utf8').replace(
				"signing: { scheme: 'none', note: 'Deliveries are not signed.' },",
				"signing: { scheme: 'standard-webhooks', testSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', secretNote: 'From the dashboard.' },",
			),
		});
		const result = await cli(['diff', before, after, '--json']);
		expect(JSON.parse(result.stdout).changes).toContainEqual(expect.objectContaining({ event: null, path: '/signing/scheme', severity: 'breaking' }));
		expect(result.code).toBe(1);
	});

	it('exits 2 on a wrong number of arguments and 1 on a missing side', async () => {
		expect((await cli(['diff', 'events'])).code).toBe(2);
		const missing = await cli(['diff', 'nowhere/releases/1.json', 'events']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('nowhere/releases/1.json: does not exist');
	});
});
