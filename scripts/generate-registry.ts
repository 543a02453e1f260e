/**
 * Writes a synthetic registry of N events for the benchmark: realistic nested payloads of 10-40
 * fields (enums, nullable and optional fields, formats, nested objects, arrays of objects), 1-3
 * samples each, spread over 5-20 categories. Deterministic for a given N.
 *
 *   npx tsx scripts/generate-registry.ts <dir> <n> [--history]    --history adds three releases
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contractOf, type Contract, type ContractEvent } from '../src/lib/history/contract.ts';
import { writeRelease } from '../src/lib/history/release.ts';
import { loadRegistry } from '../src/lib/registry/load-registry.ts';
import type { JsonSchema } from '../src/lib/schema/json-schema.ts';

/** A small deterministic PRNG (mulberry32): the same N always yields the same registry. */
function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
		pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
	};
}
type Random = ReturnType<typeof random>;

const NOUNS = ['order', 'invoice', 'shipment', 'customer', 'refund', 'payout', 'booking', 'ticket', 'device', 'project', 'report', 'member', 'document', 'contract', 'session', 'review', 'coupon', 'account', 'workflow', 'dataset'];
const VERBS = ['created', 'updated', 'deleted', 'archived', 'restored', 'approved', 'rejected', 'completed', 'failed', 'expired', 'assigned', 'renewed', 'paused', 'resumed', 'exported'];
const WORDS = ['status', 'region', 'channel', 'priority', 'source', 'owner', 'label', 'reference', 'note', 'tier', 'zone', 'batch', 'origin', 'target', 'reason', 'stage', 'plan', 'group', 'kind', 'unit'];
const CITIES = ['Lisbon', 'Osaka', 'Denver', 'Nairobi', 'Toronto', 'Krakow', 'Austin', 'Porto'];
const STATES = ['pending', 'active', 'blocked', 'settled', 'queued', 'closed'];

interface FieldSpec {
	name: string;
	kind: 'string' | 'id' | 'int' | 'money' | 'bool' | 'datetime' | 'email' | 'enum' | 'object' | 'array';
	nullable: boolean;
	optional: boolean;
	children?: FieldSpec[];
}

function makeFields(r: Random, count: number, depth: number, prefix: string): FieldSpec[] {
	const fields: FieldSpec[] = [];
	const used = new Set<string>();
	let remaining = count;
	while (remaining > 0) {
		const roll = r.next();
		const nested = depth < 2 && remaining > 4;
		const kind: FieldSpec['kind'] =
			nested && roll < 0.12 ? 'object' : nested && roll < 0.2 ? 'array' : r.pick(['string', 'id', 'int', 'money', 'bool', 'datetime', 'email', 'enum'] as const);
		const word = r.pick(WORDS);
		let name = { string: `${word}_name`, id: `${word}_id`, int: `${word}_count`, money: `${word}_amount`, bool: `is_${word}`, datetime: `${word}_at`, email: `${word}_email`, enum: `${word}_state`, object: word, array: `${word}_items` }[kind];
		while (used.has(name)) name = `${name}_${used.size}`;
		used.add(name);
		const field: FieldSpec = { name, kind, nullable: r.next() < 0.15, optional: r.next() < 0.1 };
		if (kind === 'object' || kind === 'array') {
			const size = r.int(2, Math.min(6, remaining - 1));
			field.children = makeFields(r, size, depth + 1, `${prefix}${name}.`);
			remaining -= size;
		}
		fields.push(field);
		remaining -= 1;
	}
	return fields;
}

function zodOf(field: FieldSpec, indent: string): string {
	const base = (() => {
		switch (field.kind) {
			case 'string': return 'z.string().min(1)';
			case 'id': return 'z.string().regex(/^[a-z]{3}_[0-9a-z]{10}$/)';
			case 'int': return 'z.int().min(0).max(100000)';
			case 'money': return 'z.int().nonnegative()';
			case 'bool': return 'z.boolean()';
			case 'datetime': return 'z.iso.datetime()';
			case 'email': return 'z.email()';
			case 'enum': return `z.enum(${JSON.stringify(STATES)})`;
			case 'object': return `z.object({\n${field.children!.map((c) => `${indent}\t${c.name}: ${zodOf(c, `${indent}\t`)},`).join('\n')}\n${indent}})`;
			case 'array': return `z.array(z.object({\n${field.children!.map((c) => `${indent}\t${c.name}: ${zodOf(c, `${indent}\t`)},`).join('\n')}\n${indent}}).describe('One entry.')).min(1)`;
		}
	})();
	const words = field.name.replaceAll('_', ' ');
	return `${base}${field.nullable ? '.nullable()' : ''}${field.optional ? '.optional()' : ''}.describe('The ${words} of the resource${field.nullable ? '; null when unknown' : ''}.')`;
}

function sampleOf(field: FieldSpec, r: Random, forceNull: boolean): unknown {
	if (field.nullable && forceNull) return null;
	switch (field.kind) {
		case 'string': return `${r.pick(CITIES)} ${r.pick(WORDS)} ${r.int(1, 99)}`;
		case 'id': return `${r.pick(['ord', 'cus', 'inv', 'shp'])}_${r.int(1e9, 9e9).toString(36).padStart(10, '0').slice(0, 10)}`;
		case 'int': return r.int(0, 5000);
		case 'money': return r.int(100, 250000);
		case 'bool': return r.next() < 0.5;
		case 'datetime': return `2026-0${r.int(1, 9)}-1${r.int(0, 9)}T${String(r.int(10, 23))}:${String(r.int(10, 59))}:00Z`;
		case 'email': return `${r.pick(['ana', 'li', 'sam', 'noor', 'kai'])}.${r.pick(['silva', 'tanaka', 'ortiz', 'mwangi'])}@example-corp.com`;
		case 'enum': return r.pick(STATES);
		case 'object': return objectSample(field.children!, r, forceNull);
		case 'array': return Array.from({ length: r.int(1, 2) }, () => objectSample(field.children!, r, forceNull));
	}
}

function objectSample(fields: FieldSpec[], r: Random, forceNull: boolean) {
	return Object.fromEntries(
		fields.filter((f) => !(f.optional && forceNull)).map((f) => [f.name, sampleOf(f, r, forceNull)]),
	);
}

const PLATFORM = (categories: string[]) => `import { definePlatform, z } from 'hookref';

export default definePlatform({
	name: 'Synthetic',
	siteUrl: 'https://webhooks.synthetic.test',
	description: 'A generated registry used to benchmark hookref.',
	hosts: { primary: 'https://api.synthetic.test' },
	catalogEndpoint: { method: 'GET', path: '/v1/webhooks/events' },
	envelope: {
		schema: z.object({
			event_id: z.string().describe('Unique event id; deduplicate on it.'),
			event_type: z.string().describe('The event type.'),
			api_version: z.string().describe('API version of the payload.'),
			timestamp: z.int().describe('Unix seconds at dispatch.'),
			nonce: z.string().describe('Unique per attempt.'),
			data: z.object({}).describe('The payload.'),
		}),
		typeFields: ['event_type'],
		dataField: 'data',
		idField: 'event_id',
		versionField: 'api_version',
		sample: (ctx) => ({ event_id: 'evt_' + ctx.ulid(), timestamp: ctx.timestamp, nonce: ctx.hex(32) }),
	},
	headers: [{ name: 'Content-Type', value: 'application/json', description: 'JSON.' }],
	signing: {
		scheme: 'hmac-sha256',
		signatureHeader: 'X-Signature',
		timestampHeader: 'X-Timestamp',
		signaturePrefix: 'sha256=',
		toleranceSeconds: 300,
		nonceField: 'nonce',
		replayWindowSeconds: 600,
		testSecret: 'bench_secret',
		secretNote: 'Shown once when the endpoint is created.',
	},
	retry: { timeoutSeconds: 10, schedule: { kind: 'exponential', retries: 6, factor: 2, initialDelaySeconds: 30 }, deadLetter: 'Dead-lettered after the last attempt.' },
	categories: ${JSON.stringify(categories.map((id) => ({ id, title: `${id[0]!.toUpperCase()}${id.slice(1)} events`, description: `Events about ${id}s.` })), null, '\t').replaceAll('\n', '\n\t')},
	subscription: { method: 'POST', path: '/v1/webhooks', eventsField: 'event_types', cardinality: 'many', omitMeansAll: true },
	denyList: { policy: 'Events outside the catalog are internal.' },
});
`;

/** Every hundredth event is deprecated, with a sunset date and a replacement, when history is on. */
const isDeprecated = (i: number, n: number) => i % 100 === 5 && i + 1 < n;

export function generateRegistry(dir: string, n: number, options: { history?: boolean } = {}): void {
	const r = random(n * 7919 + 17);
	const categoryCount = Math.min(20, Math.max(5, Math.round(Math.sqrt(n) / 3.5)));
	const categories = NOUNS.slice(0, categoryCount);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	writeFileSync(path.join(dir, 'platform.ts'), PLATFORM(categories));
	// Every category gets at least one public event; two extra internal events test the leak check.
	for (let i = 0; i < n + 2; i++) {
		const category = categories[i % categories.length]!;
		const internal = i >= n;
		const type = `${category}.${r.pick(VERBS)}_${i}${internal ? '_internal' : ''}`;
		const fields = makeFields(r, r.int(10, 40), 0, '');
		const samples = Array.from({ length: r.int(1, 3) }, (_, s) => ({
			name: `${['Typical', 'Minimal', 'Edge'][s]} ${category} ${type.split('.')[1]!.split('_')[0]}`,
			data: objectSample(fields, r, s === 1),
		}));
		const source = `import { defineEvent, z } from 'hookref';

export default defineEvent({
	type: '${type}',
	category: '${category}',
	summary: 'A ${category} was ${type.split('.')[1]!.split('_')[0]} (synthetic event ${i}).',
	description: 'Emitted when a ${category} changes state. Deduplicate on \`event_id\`.',
	apiVersion: '2026-05-29',
	visibility: '${internal ? 'internal' : 'public'}',${
		options.history && !internal && isDeprecated(i, n)
			? `\n\tdeprecated: { message: 'Superseded by the next event.', since: '2026-03-01', sunset: '2026-12-31' },`
			: ''
	}
	data: z.object({
${fields.map((f) => `\t\t${f.name}: ${zodOf(f, '\t\t')},`).join('\n')}
	}),
	samples: ${JSON.stringify(samples, null, '\t').replaceAll('\n', '\n\t')},
});
`;
		const folder = path.join(dir, internal ? 'internal' : category);
		mkdirSync(folder, { recursive: true });
		writeFileSync(path.join(folder, `${type}.ts`), source);
	}
}

/** A copy of an event's contract with its data schema and samples edited by `edit`. */
function withData(event: ContractEvent, edit: (data: JsonSchema, samples: Record<string, unknown>[]) => void): ContractEvent {
	const copy = structuredClone(event);
	edit(copy.schema.properties!.data!, copy.samples.map((sample) => sample.data as Record<string, unknown>));
	return copy;
}

const dropLastField = (event: ContractEvent) =>
	withData(event, (data, samples) => {
		const last = Object.keys(data.properties ?? {}).at(-1);
		if (!last) return;
		delete data.properties![last];
		data.required = (data.required as string[] | undefined)?.filter((name) => name !== last);
		for (const sample of samples) delete sample[last];
	});

/** An earlier, stricter form: the first plain string field had a maximum length. */
const capFirstString = (event: ContractEvent) =>
	withData(event, (data) => {
		const field = Object.values(data.properties ?? {}).find((property) => property.type === 'string' && !property.format && !property.pattern);
		if (field) field.maxLength = 64;
	});

/**
 * Writes three releases into a generated registry, derived backwards from its current contract
 * so that every kind of change occurs at scale: 2026-01-15 (the first), 2026-03-01 (5 % of events
 * added, 10 % gain a field) and 2026-05-29 (10 % gain a field, 2 % lose a maxLength with a new
 * api_version, 1 % deprecated). The working registry then equals the last release.
 */
export async function generateReleases(dir: string): Promise<void> {
	const current = contractOf(await loadRegistry(dir));
	const index = new Map(current.events.map((event, i) => [event.type, i]));
	const map = (contract: Contract, edit: (event: ContractEvent, i: number) => ContractEvent | undefined): Contract => ({
		platform: contract.platform,
		events: contract.events.flatMap((event) => edit(event, index.get(event.type)!) ?? []),
	});
	const third = current;
	const second = map(third, (event, i) => {
		let earlier = event;
		if (i % 10 === 1) earlier = dropLastField(earlier);
		if (i % 50 === 3) earlier = { ...capFirstString(earlier), api_version: '2026-01-15' };
		if (earlier.deprecated) earlier = { ...earlier, deprecated: undefined };
		return JSON.parse(JSON.stringify(earlier)) as ContractEvent;
	});
	const first = map(second, (event, i) => (i % 20 === 7 ? undefined : i % 10 === 4 ? dropLastField(event) : event));
	writeRelease(dir, '2026-01-15', '2026-01-15', first);
	writeRelease(dir, '2026-03-01', '2026-03-01', second);
	writeRelease(dir, '2026-05-29', '2026-05-29', third);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir, count, flag] = process.argv.slice(2);
	if (!dir || !count) {
		console.error('usage: npx tsx scripts/generate-registry.ts <dir> <n> [--history]');
		process.exit(2);
	}
	const history = flag === '--history';
	generateRegistry(dir, Number(count), { history });
	if (history) await generateReleases(dir);
	console.log(`wrote ${count} events${history ? ' and three releases' : ''} to ${dir}`);
}
