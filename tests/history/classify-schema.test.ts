/**
 * Every classification rule of the diff, as a table of before/after zod schemas converted the way
 * the build converts them. Each row names the change it must find (path, kind, severity).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifySchemaChanges, type Severity } from '../../src/lib/history/classify-schema.ts';
import { convertBodySchema } from '../../src/lib/schema/json-schema.ts';

const body = (shape: z.ZodRawShape) => convertBodySchema(z.object({ data: z.object(shape).describe('Payload.') }));
const id = z.string().regex(/^ord_\d+$/).describe('Order id.');
const total = z.int().min(0).max(1_000_000).describe('Total in cents.');
const status = z.enum(['open', 'paid']).describe('Status.');
const note = z.string().max(200).describe('Note.');

interface Row {
	rule: string;
	before: z.ZodRawShape;
	after: z.ZodRawShape;
	expected: { path: string; kind: string; severity: Severity };
}

const ROWS: Row[] = [
	// breaking
	{ rule: 'a field removed', before: { id, total }, after: { id }, expected: { path: '/data/total', kind: 'field-removed', severity: 'breaking' } },
	{ rule: 'a field renamed', before: { id, total }, after: { id, amount: total }, expected: { path: '/data/total', kind: 'field-renamed', severity: 'breaking' } },
	{ rule: 'a required field made optional', before: { id, total }, after: { id, total: total.optional() }, expected: { path: '/data/total', kind: 'field-made-optional', severity: 'breaking' } },
	{ rule: 'null newly allowed', before: { id, total }, after: { id, total: total.nullable() }, expected: { path: '/data/total', kind: 'null-allowed', severity: 'breaking' } },
	{ rule: 'a type changed (string → integer)', before: { id, ref: z.string().describe('Ref.') }, after: { id, ref: z.int().describe('Ref.') }, expected: { path: '/data/ref', kind: 'type-changed', severity: 'breaking' } },
	{ rule: 'a type widened (integer → number)', before: { id, total }, after: { id, total: z.number().min(0).max(1_000_000).describe('Total in cents.') }, expected: { path: '/data/total', kind: 'type-widened', severity: 'breaking' } },
	{ rule: 'a new union member', before: { id, ref: z.string().describe('Ref.') }, after: { id, ref: z.union([z.string(), z.int()]).describe('Ref.') }, expected: { path: '/data/ref', kind: 'union-member-added', severity: 'breaking' } },
	{ rule: 'a pattern removed', before: { id }, after: { id: z.string().describe('Order id.') }, expected: { path: '/data/id', kind: 'pattern-removed', severity: 'breaking' } },
	{ rule: 'a pattern changed', before: { id }, after: { id: z.string().regex(/^o_\w+$/).describe('Order id.') }, expected: { path: '/data/id', kind: 'pattern-changed', severity: 'breaking' } },
	{ rule: 'a format removed', before: { at: z.email().describe('At.') }, after: { at: z.string().describe('At.') }, expected: { path: '/data/at', kind: 'format-removed', severity: 'breaking' } },
	{ rule: 'maxLength removed', before: { note }, after: { note: z.string().describe('Note.') }, expected: { path: '/data/note', kind: 'constraint-removed', severity: 'breaking' } },
	{ rule: 'maxLength raised', before: { note }, after: { note: z.string().max(500).describe('Note.') }, expected: { path: '/data/note', kind: 'constraint-loosened', severity: 'breaking' } },
	{ rule: 'minimum removed', before: { total }, after: { total: z.int().max(1_000_000).describe('Total in cents.') }, expected: { path: '/data/total', kind: 'constraint-removed', severity: 'breaking' } },
	{ rule: 'an enum dropped for any string', before: { status }, after: { status: z.string().describe('Status.') }, expected: { path: '/data/status', kind: 'enum-removed', severity: 'breaking' } },
	{ rule: 'a constant changed', before: { kind: z.literal('a').describe('Kind.') }, after: { kind: z.literal('b').describe('Kind.') }, expected: { path: '/data/kind', kind: 'const-changed', severity: 'breaking' } },
	{ rule: 'a nested field removed in array items', before: { lines: z.array(z.object({ sku: z.string().describe('SKU.'), qty: z.int().describe('Qty.') })).describe('Lines.') }, after: { lines: z.array(z.object({ sku: z.string().describe('SKU.') })).describe('Lines.') }, expected: { path: '/data/lines/*/qty', kind: 'field-removed', severity: 'breaking' } },
	// warning
	{ rule: 'a new enum value', before: { status }, after: { status: z.enum(['open', 'paid', 'refunded']).describe('Status.') }, expected: { path: '/data/status', kind: 'enum-value-added', severity: 'warning' } },
	// compatible
	{ rule: 'an optional field added', before: { id }, after: { id, note: note.optional() }, expected: { path: '/data/note', kind: 'field-added', severity: 'compatible' } },
	{ rule: 'a required field added', before: { id }, after: { id, total }, expected: { path: '/data/total', kind: 'field-added', severity: 'compatible' } },
	{ rule: 'an optional field made required', before: { id, total: total.optional() }, after: { id, total }, expected: { path: '/data/total', kind: 'field-made-required', severity: 'compatible' } },
	{ rule: 'a type narrowed (number → integer)', before: { total: z.number().describe('T.') }, after: { total: z.int().describe('T.') }, expected: { path: '/data/total', kind: 'type-narrowed', severity: 'compatible' } },
	{ rule: 'a union member removed', before: { ref: z.union([z.string(), z.int()]).describe('Ref.') }, after: { ref: z.string().describe('Ref.') }, expected: { path: '/data/ref', kind: 'union-member-removed', severity: 'compatible' } },
	{ rule: 'null no longer allowed', before: { total: total.nullable() }, after: { total }, expected: { path: '/data/total', kind: 'null-removed', severity: 'compatible' } },
	{ rule: 'an enum value removed', before: { status }, after: { status: z.enum(['open']).describe('Status.') }, expected: { path: '/data/status', kind: 'enum-value-removed', severity: 'compatible' } },
	{ rule: 'maxLength lowered', before: { note }, after: { note: z.string().max(100).describe('Note.') }, expected: { path: '/data/note', kind: 'constraint-tightened', severity: 'compatible' } },
	{ rule: 'a pattern added', before: { id: z.string().describe('Order id.') }, after: { id }, expected: { path: '/data/id', kind: 'pattern-added', severity: 'compatible' } },
	{ rule: 'a description changed', before: { id }, after: { id: id.describe('The order id.') }, expected: { path: '/data/id', kind: 'description-changed', severity: 'compatible' } },
	{ rule: 'a field deprecated', before: { id, note }, after: { id, note: note.meta({ deprecated: true }) }, expected: { path: '/data/note', kind: 'field-deprecated', severity: 'compatible' } },
];

describe('classifySchemaChanges: consumer-side rules', () => {
	it.each(ROWS)('$rule → $expected.severity ($expected.kind)', ({ before, after, expected }) => {
		const changes = classifySchemaChanges(body(before), body(after));
		expect(changes).toContainEqual(expect.objectContaining(expected));
		// Nothing stronger than the expected verdict sneaks in beside it.
		const rank = { breaking: 0, warning: 1, compatible: 2 };
		const strongest = Math.min(...changes.map((change) => rank[change.severity]));
		expect(strongest).toBe(rank[expected.severity]);
	});

	it('finds nothing between identical schemas', () => {
		expect(classifySchemaChanges(body({ id, total, status }), body({ id, total, status }))).toEqual([]);
	});

	it('escapes JSON pointer tokens (RFC 6901)', () => {
		const changes = classifySchemaChanges(body({ 'a/b~c': id }), body({}));
		expect(changes).toEqual([expect.objectContaining({ path: '/data/a~1b~0c', kind: 'field-removed' })]);
	});

	it('skips ignored paths (the envelope version constant moves with api_version)', () => {
		const before = convertBodySchema(z.object({ api_version: z.literal('2026-01-01').describe('Version.') }));
		const after = convertBodySchema(z.object({ api_version: z.literal('2026-06-01').describe('Version.') }));
		expect(classifySchemaChanges(before, after)).toContainEqual(expect.objectContaining({ kind: 'const-changed' }));
		expect(classifySchemaChanges(before, after, { ignore: new Set(['/api_version']) })).toEqual([]);
	});
});
