/**
 * `registry check` is the one gate: every mistake the build would reject or mangle is reported by
 * `loadRegistry` (what `check` runs) with the file, the event and the field path. Each case pins
 * the exact line the author sees.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_PLATFORM, orderEvent, writeRegistry } from '../helpers/temp-registry.ts';
import { permissive, problems, problemsIn } from './problems.ts';

const withDescription = (description: string) => orderEvent().replace("description: 'Emitted when an order is placed.'", `description: ${JSON.stringify(description)}`);
const audited = orderEvent({ type: 'order.audited', visibility: 'internal' });
const tree = (data: string) => orderEvent({ data, samples: `[{ name: 'S', data: { order_id: 'a', tree: { name: 'x', children: [] } } }]` });

describe('registry check: recursive schemas are rejected', () => {
	const recursive =
		'is a recursive schema (it contains itself, through z.lazy or a getter). hookref does not support recursive schemas: the published JSON Schema, TypeScript types and field table need a finite shape. Nest a fixed number of levels, or refer to the children by id.';
	it('a getter-based recursive object, at the field that recurses', async () => {
		const lines = await problems({
			'o.ts': tree(`(() => { const Node: any = z.object({ name: z.string().describe('Name.'), get children() { return z.array(Node).describe('Kids.'); } }); return z.object({ order_id: z.string().describe('Id.'), tree: Node.describe('Tree.') }); })()`),
		});
		expect(lines).toEqual([`✖ <dir>/o.ts › event order.created › data.tree.children: ${recursive}`]);
	});
	it('z.lazy, at the field that holds it', async () => {
		const lines = await problems({
			'o.ts': tree(`(() => { const Node: any = z.lazy(() => z.object({ name: z.string().describe('Name.'), children: z.array(Node).describe('Kids.') })); return z.object({ order_id: z.string().describe('Id.'), tree: Node.describe('Tree.') }); })()`),
		});
		expect(lines).toEqual([`✖ <dir>/o.ts › event order.created › data.tree: ${recursive}`]);
	});
	it('reported at the data path when the envelope calls its data field otherwise', async () => {
		const lines = await problems({
			'platform.ts': MINIMAL_PLATFORM.replace("data: z.object({}).describe('Payload.')", "payload: z.object({}).describe('Payload.')").replace("dataField: 'data'", "dataField: 'payload'"),
			'o.ts': tree(`(() => { const Node: any = z.lazy(() => z.object({ name: z.string().describe('Name.'), children: z.array(Node).describe('Kids.') })); return z.object({ order_id: z.string().describe('Id.'), tree: Node.describe('Tree.') }); })()`),
		});
		expect(lines).toEqual([`✖ <dir>/o.ts › event order.created › data.tree: ${recursive}`]);
	});
	it('a schema registered with an id (a $ref the bundles cannot carry)', async () => {
		const lines = await problems({
			'o.ts': orderEvent({ data: `z.object({ order_id: z.string().describe('Id.').meta({ id: 'OrderId' }) })`, samples: `[{ name: 'S', data: { order_id: 'a' } }]` }),
		});
		expect(lines).toEqual([
			'✖ <dir>/o.ts › event order.created › data.order_id: refers to the shared schema "OrderId" (registered with .meta({ id })). hookref publishes each event as one self-contained schema: remove the id from the schema\'s metadata.',
		]);
	});
});

describe('registry check: internal event names never reach public text', () => {
	const leak = (name: string) => `names the internal event "${name}", which is never published. Remove the name from public text (or make that event public).`;
	it('in an event description', async () => {
		const lines = await problems({ 'o.ts': withDescription('Sent after order.audited completes.'), 'a.ts': audited });
		expect(lines).toEqual([`✖ <dir>/o.ts › event order.created › description: ${leak('order.audited')}`]);
	});
	it("in a field's describe()", async () => {
		const lines = await problems({
			'o.ts': orderEvent().replace(".describe('Email.')", ".describe('Copied from order.audited.')"),
			'a.ts': audited,
		});
		expect(lines).toEqual([`✖ <dir>/o.ts › event order.created › data.customer.email: its description ${leak('order.audited')}`]);
	});
	it('in a sample value', async () => {
		const lines = await problems({
			'o.ts': orderEvent({ samples: `[{ name: 'S', data: { order_id: 'ord_1234', total: 1, customer: { email: 'order.audited@shop.test' } } }]` }),
			'a.ts': audited,
		});
		expect(lines).toEqual([`✖ <dir>/o.ts › event order.created › samples[0].data.customer.email: ${leak('order.audited')}`]);
	});
	it('in platform text', async () => {
		const lines = await problems({
			'platform.ts': MINIMAL_PLATFORM.replace("description: 'Order events.'", "description: 'Order events (not order.audited).'"),
			'o.ts': orderEvent(),
			'a.ts': audited,
		});
		expect(lines).toEqual([`✖ <dir>/platform.ts › categories[0].description: ${leak('order.audited')}`]);
	});
	it("in a value platform.ts's envelope builder writes into the samples", async () => {
		const lines = await problems({
			'platform.ts': MINIMAL_PLATFORM.replace("sample: (ctx) => ({ id: 'evt_' + ctx.hex(12),", "sample: (ctx) => ({ id: 'order.audited_' + ctx.hex(12),"),
			'o.ts': orderEvent(),
			'a.ts': audited,
		});
		expect(lines).toEqual([`✖ <dir>/platform.ts › event order.created › envelope.sample.id: ${leak('order.audited')}`]);
	});
	it('as deprecated.replacedBy', async () => {
		const lines = await problems({
			'o.ts': orderEvent().replace("visibility: 'public',", "visibility: 'public',\n\tdeprecated: { message: 'Use the audit event.', replacedBy: 'order.audited' },"),
			'a.ts': audited,
		});
		expect(lines).toEqual([`✖ <dir>/o.ts › event order.created › deprecated.replacedBy: ${leak('order.audited')}`]);
	});
	it('in a public event type (its URL would contain the internal name)', async () => {
		const lines = await problems({ 'o.ts': orderEvent(), 'p.ts': orderEvent({ type: 'order.audited_v2' }), 'a.ts': audited });
		expect(lines).toEqual([`✖ <dir>/p.ts › event order.audited_v2 › type: ${leak('order.audited')}`]);
	});
	it('internal events may name each other', async () => {
		const dir = writeRegistry({ 'o.ts': orderEvent(), 'a.ts': audited.replace("'Emitted when an order is placed.'", "'After order.archived.'"), 'b.ts': orderEvent({ type: 'order.archived', visibility: 'internal' }) });
		const { loadRegistry } = await import('../../src/lib/registry/load-registry.ts');
		expect((await loadRegistry(dir)).events).toHaveLength(3);
	});
});

describe('registry check: deprecated.replacedBy names an event', () => {
	const deprecated = (replacedBy: string) =>
		orderEvent().replace("visibility: 'public',", `visibility: 'public',\n\tdeprecated: { message: 'Use the other one.', replacedBy: '${replacedBy}' },`);
	it('no such event', async () => {
		expect(await problems({ 'o.ts': deprecated('no.such_event') })).toEqual([
			'✖ <dir>/o.ts › event order.created › deprecated.replacedBy: names no event: "no.such_event" is not a type in this registry.',
		]);
	});
	it('a typo, with a suggestion', async () => {
		expect(await problems({ 'o.ts': deprecated('order.paied'), 'p.ts': orderEvent({ type: 'order.paid' }) })).toEqual([
			'✖ <dir>/o.ts › event order.created › deprecated.replacedBy: names no event: "order.paied" is not a type in this registry. Did you mean "order.paid"?',
		]);
	});
	it('itself', async () => {
		expect(await problems({ 'o.ts': deprecated('order.created') })).toEqual([
			'✖ <dir>/o.ts › event order.created › deprecated.replacedBy: names the event itself. Name the event that replaces it.',
		]);
	});
});

describe('registry check: every type makes a usable URL, even with a permissive eventTypePattern', () => {
	const platform = permissive(MINIMAL_PLATFORM);
	it.each([
		['..', '".." makes no usable URL: /events/../ starts or ends with ".", which browsers and file systems treat as a path step or a hidden file.'],
		['.', '"." makes no usable URL: /events/./ starts or ends with ".", which browsers and file systems treat as a path step or a hidden file.'],
		['.hidden', '".hidden" makes no usable URL: /events/.hidden/ starts or ends with ".", which browsers and file systems treat as a path step or a hidden file.'],
		['///', '"///" makes no usable URL: it needs at least one letter or digit.'],
		['events.bundle', '"events.bundle" would take the URL of the download /schemas/events.bundle.json; rename it.'],
		['deny-list', '"deny-list" would take the URL of the fixed page /events/deny-list/; rename it.'],
	])('%s', async (type, message) => {
		const lines = await problems({ 'platform.ts': platform, 'o.ts': orderEvent(), 'x.ts': orderEvent({ type }) });
		expect(lines).toEqual([`✖ <dir>/x.ts › event ${type} › type: ${message}`]);
	});
	it('types whose URLs differ only in case (one file on macOS and Windows)', async () => {
		const lines = await problems({ 'platform.ts': platform, 'a.ts': orderEvent(), 'b.ts': orderEvent({ type: 'Order.Created' }) });
		expect(lines).toEqual(['✖ <dir>/b.ts › event Order.Created › type: its URL /events/Order.Created/ collides with the event in <dir>/a.ts; rename one of them.']);
	});
});

describe('registry check: registry text is published as written', () => {
	it('a NUL in a description', async () => {
		expect(await problems({ 'o.ts': withDescription('Emitted when\u0000 an order is placed.') })).toEqual([
			'✖ <dir>/o.ts › event order.created › description: contains the control character U+0000 (at character 13). Remove it: registry text is published as written.',
		]);
	});
	it("a bidi override in a field's describe()", async () => {
		expect(await problems({ 'o.ts': orderEvent().replace(".describe('Order id.')", ".describe('Order \\u202Eid.')") })).toEqual([
			'✖ <dir>/o.ts › event order.created › data.order_id: its description contains the invisible bidirectional control U+202E, which can make published text read unlike its source (at character 7). Remove it: registry text is published as written.',
		]);
	});
	it('a control character in a sample and a bidi isolate in platform.ts', async () => {
		const lines = await problems({
			'platform.ts': MINIMAL_PLATFORM.replace("name: 'Acme'", "name: 'Acme\\u2066'"),
			'o.ts': orderEvent({ samples: `[{ name: 'S', data: { order_id: 'ord_1234', total: 1, customer: { email: 'a\\u0007@shop.test' } } }]` }),
		});
		expect(lines).toEqual([
			'✖ <dir>/platform.ts › name: contains the invisible bidirectional control U+2066, which can make published text read unlike its source (at character 5). Remove it: registry text is published as written.',
			'✖ <dir>/o.ts › event order.created › samples[0].data.customer.email: contains the control character U+0007 (at character 2). Remove it: registry text is published as written.',
		]);
	});
	it('invalid UTF-8 in a registry file, with its line and column', async () => {
		const dir = writeRegistry({ 'o.ts': orderEvent() });
		const source = Buffer.from(withDescription('Emitted when an order is placed.'));
		const at = source.indexOf('Emitted');
		writeFileSync(path.join(dir, 'o.ts'), Buffer.concat([source.subarray(0, at), Buffer.from([0xff]), source.subarray(at)]));
		expect(await problemsIn(dir)).toEqual([
			'✖ <dir>/o.ts:6:16: is not valid UTF-8 (byte 0xFF). Save the file as UTF-8: hookref would otherwise publish the character as "\uFFFD".',
		]);
	});
});

describe('registry check: the registry folder', () => {
	it('a symbolic link loop is one problem', async () => {
		const dir = writeRegistry({ 'orders/o.ts': orderEvent() });
		symlinkSync('..', path.join(dir, 'orders', 'loop'));
		expect(await problemsIn(dir)).toEqual([
			'✖ <dir>/orders/loop: is a symbolic link to <dir>, a folder that contains it: the registry folder would loop forever. Remove the link.',
		]);
	});
	it('a link to itself', async () => {
		const dir = writeRegistry({ 'o.ts': orderEvent() });
		symlinkSync('self', path.join(dir, 'self'));
		expect(await problemsIn(dir)).toEqual(['✖ <dir>/self: is a symbolic link that points to itself. Remove the link.']);
	});
	it('a linked folder that does not loop is read', async () => {
		const dir = writeRegistry({ '_shared/o.ts': orderEvent() });
		mkdirSync(path.join(dir, 'orders'));
		symlinkSync('../_shared/o.ts', path.join(dir, 'orders', 'o.ts'));
		const { loadRegistry } = await import('../../src/lib/registry/load-registry.ts');
		expect((await loadRegistry(dir)).events.map((e) => e.type)).toEqual(['order.created']);
	});
});

describe('registry check: code that runs', () => {
	it('a sample that is not JSON', async () => {
		const lines = await problems({
			'o.ts': orderEvent({ samples: `[{ name: 'S', data: { order_id: 'ord_1234', total: Number.NaN, customer: { email: 'a@shop.test' }, at: new Date(0) } }]` }),
		});
		expect(lines).toEqual([
			'✖ <dir>/o.ts › event order.created › samples[0].data.total: is NaN, which JSON cannot carry. Use a finite number or null.',
			'✖ <dir>/o.ts › event order.created › samples[0].data.at: is a Date, which is not JSON. Write the value as it is delivered (e.g. a date as an ISO string).',
		]);
	});
	it('an envelope builder that throws', async () => {
		const lines = await problems({
			'platform.ts': MINIMAL_PLATFORM.replace("sample: (ctx) => ({", "sample: (ctx) => { throw new Error('no id yet'); return ({").replace("created: ctx.timestamp }),", "created: ctx.timestamp }); },"),
			'o.ts': orderEvent(),
		});
		expect(lines).toEqual([
			'✖ <dir>/platform.ts › event order.created › envelope.sample: threw "no id yet" while wrapping this event\'s samples. Fix the function: it must return the envelope\'s values.',
		]);
	});
	it('an event file that throws while it loads, at the line that threw', async () => {
		const lines = await problems({ 'o.ts': orderEvent(), 'x.ts': "const limit = 3;\nif (limit) throw new RangeError('limit reached');\nexport default {};\n" });
		expect(lines).toEqual(['✖ <dir>/x.ts:2:18: could not be loaded: RangeError: limit reached']);
	});
});
