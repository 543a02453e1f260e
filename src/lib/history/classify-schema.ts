/**
 * Compares two JSON Schemas (draft 2020-12, as zod emits them) of one delivery body and
 * classifies every difference from the **receiver's** side. A payload flows from the platform to
 * the consumer, like a response body: anything that lets a payload hold a value an existing
 * consumer did not expect is breaking; anything that only lets it hold fewer is compatible.
 *
 * No maintained JSON Schema diff library judges this direction for 2020-12 (they classify
 * request bodies, where the rules are reversed), so the rules live here, one per `kind`.
 */
import type { JsonSchema } from '../schema/json-schema.ts';

export type Severity = 'breaking' | 'warning' | 'compatible';

export interface SchemaChange {
	/** JSON pointer into the delivery body; `*` stands for any array item or map value. */
	path: string;
	kind: string;
	severity: Severity;
	message: string;
}

/** zod writes "no bound" on integers as ±2^53−1; it is not a constraint anyone relies on. */
const SAFE_INT = Number.MAX_SAFE_INTEGER;
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const KEYWORD_TEXT: Record<string, string> = {
	minimum: 'minimum',
	exclusiveMinimum: 'exclusive minimum',
	minLength: 'minimum length',
	minItems: 'minimum item count',
	minProperties: 'minimum entry count',
	maximum: 'maximum',
	exclusiveMaximum: 'exclusive maximum',
	maxLength: 'maximum length',
	maxItems: 'maximum item count',
	maxProperties: 'maximum entry count',
};

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
export const pointer = (base: string, token: string) => `${base}/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
const shown = (path: string) => (path === '' ? 'the body' : `\`${path}\``);
const json = (value: unknown) => JSON.stringify(value);

/** Sorted-key JSON, for comparing schemas regardless of key order. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${json(key)}:${canonical((value as Record<string, unknown>)[key])}`)
			.join(',')}}`;
	}
	return json(value);
}

/** The schema without its documentation, for "is this the same shape". */
function shapeOf(schema: JsonSchema): string {
	const strip = (node: unknown): unknown => {
		if (Array.isArray(node)) return node.map(strip);
		if (!node || typeof node !== 'object') return node;
		const { description: _d, deprecated: _x, examples: _e, title: _t, ...rest } = node as Record<string, unknown>;
		return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, strip(value)]));
	};
	return canonical(strip(schema));
}

const isNullSchema = (schema: JsonSchema) => schema.type === 'null' || (schema.const === null && !schema.type);

/** Splits `null` from the rest: `anyOf [T, null]`, `type: [T, 'null']`, or `enum` with null. */
function splitNull(schema: JsonSchema): { core: JsonSchema; nullable: boolean } {
	if (Array.isArray(schema.anyOf)) {
		const rest = schema.anyOf.filter((member) => !isNullSchema(member));
		if (rest.length === schema.anyOf.length) return { core: schema, nullable: false };
		const { anyOf: _anyOf, ...outer } = schema;
		const core = rest.length === 1 ? { ...outer, ...rest[0]! } : { ...outer, anyOf: rest };
		return { core, nullable: true };
	}
	if (Array.isArray(schema.type) && schema.type.includes('null')) {
		const types = (schema.type as string[]).filter((type) => type !== 'null');
		return { core: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
	}
	if (Array.isArray(schema.enum) && schema.enum.includes(null)) {
		return { core: { ...schema, enum: schema.enum.filter((value: unknown) => value !== null) }, nullable: true };
	}
	return { core: schema, nullable: isNullSchema(schema) };
}

function typesOf(schema: JsonSchema): Set<string> | undefined {
	if (typeof schema.type === 'string') return new Set([schema.type]);
	if (Array.isArray(schema.type)) return new Set(schema.type as string[]);
	return undefined;
}

/** Whether every type in `inner` is accepted by `outer` (`integer` is a `number`). */
function typesWithin(inner: Set<string>, outer: Set<string>): boolean {
	return [...inner].every((type) => outer.has(type) || (type === 'integer' && outer.has('number')));
}

const describeTypes = (types: Set<string> | undefined) => (types ? [...types].join(' | ') : 'any');

function valuesOf(schema: JsonSchema): unknown[] | undefined {
	if ('const' in schema) return [schema.const];
	if (Array.isArray(schema.enum)) return schema.enum;
	return undefined;
}

function bound(schema: JsonSchema, keyword: string): number | undefined {
	const value = schema[keyword];
	if (typeof value !== 'number') return undefined;
	return Math.abs(value) >= SAFE_INT ? undefined : value;
}

/** A label for matching the members of two unions: the type, plus a constant if it has one. */
function memberKey(schema: JsonSchema): string {
	const types = typesOf(schema);
	const constant = 'const' in schema ? `=${json(schema.const)}` : '';
	// Object members of a discriminated union are told apart by their constant properties.
	const discriminators = Object.entries(schema.properties ?? {})
		.filter(([, property]) => 'const' in property)
		.map(([name, property]) => `${name}=${json(property.const)}`)
		.sort()
		.join(',');
	return `${describeTypes(types)}${constant}{${discriminators}}`;
}

/** All differences between `before` and `after` at `path` and below. */
export function classifySchemaChanges(before: JsonSchema, after: JsonSchema, options: { ignore?: Set<string> } = {}): SchemaChange[] {
	const changes: SchemaChange[] = [];
	const ignore = options.ignore ?? new Set<string>();
	const add = (path: string, kind: string, severity: Severity, message: string) => changes.push({ path, kind, severity, message });

	const compare = (oldSchema: JsonSchema, newSchema: JsonSchema, path: string): void => {
		if (ignore.has(path)) return;
		if (oldSchema.description !== newSchema.description) {
			add(path, 'description-changed', 'compatible', `${shown(path)}: description changed.`);
		}
		if (newSchema.deprecated === true && oldSchema.deprecated !== true) {
			add(path, 'field-deprecated', 'compatible', `${shown(path)} is deprecated${newSchema.description ? `: ${newSchema.description}` : '.'}`);
		}
		const oldSplit = splitNull(oldSchema);
		const newSplit = splitNull(newSchema);
		if (!oldSplit.nullable && newSplit.nullable) {
			add(path, 'null-allowed', 'breaking', `${shown(path)} may now be null; receivers that read it without a null check break.`);
		} else if (oldSplit.nullable && !newSplit.nullable) {
			add(path, 'null-removed', 'compatible', `${shown(path)} is never null any more.`);
		}
		compareCore(oldSplit.core, newSplit.core, path);
	};

	const compareUnion = (oldMembers: JsonSchema[], newMembers: JsonSchema[], path: string): void => {
		const unmatchedOld = [...oldMembers];
		for (const member of newMembers) {
			const same = unmatchedOld.findIndex((old) => shapeOf(old) === shapeOf(member));
			const sameKind = same >= 0 ? same : unmatchedOld.findIndex((old) => memberKey(old) === memberKey(member));
			if (sameKind >= 0) {
				compare(unmatchedOld[sameKind]!, member, path);
				unmatchedOld.splice(sameKind, 1);
			} else {
				add(path, 'union-member-added', 'breaking', `${shown(path)} may now also be ${memberKey(member).replace(/\{\}$/, '')}; receivers do not expect it.`);
			}
		}
		for (const member of unmatchedOld) {
			add(path, 'union-member-removed', 'compatible', `${shown(path)} is no longer ${memberKey(member).replace(/\{\}$/, '')}.`);
		}
	};

	const compareCore = (oldSchema: JsonSchema, newSchema: JsonSchema, path: string): void => {
		const oldUnion = Array.isArray(oldSchema.anyOf) ? oldSchema.anyOf : undefined;
		const newUnion = Array.isArray(newSchema.anyOf) ? newSchema.anyOf : undefined;
		if (oldUnion || newUnion) {
			compareUnion(oldUnion ?? [oldSchema], newUnion ?? [newSchema], path);
			return;
		}

		const oldTypes = typesOf(oldSchema);
		const newTypes = typesOf(newSchema);
		if (oldTypes && (!newTypes || !typesWithin(newTypes, oldTypes))) {
			const widened = newTypes ? typesWithin(oldTypes, newTypes) : true;
			add(
				path,
				widened ? 'type-widened' : 'type-changed',
				'breaking',
				`${shown(path)} ${widened ? 'widened' : 'changed'} from ${describeTypes(oldTypes)} to ${describeTypes(newTypes)}.`,
			);
			return; // Below a changed type, every other difference is noise.
		}
		if (newTypes && (!oldTypes || !typesWithin(oldTypes, newTypes))) {
			add(path, 'type-narrowed', 'compatible', `${shown(path)} narrowed from ${describeTypes(oldTypes)} to ${describeTypes(newTypes)}.`);
		}

		compareValues(oldSchema, newSchema, path);
		compareConstraints(oldSchema, newSchema, path);
		compareObject(oldSchema, newSchema, path);
		if (oldSchema.items && newSchema.items && typeof oldSchema.items === 'object' && typeof newSchema.items === 'object') {
			compare(oldSchema.items, newSchema.items, pointer(path, '*'));
		}
	};

	const compareValues = (oldSchema: JsonSchema, newSchema: JsonSchema, path: string): void => {
		const oldValues = valuesOf(oldSchema);
		const newValues = valuesOf(newSchema);
		if (!oldValues && !newValues) return;
		if (oldValues && !newValues) {
			add(path, 'enum-removed', 'breaking', `${shown(path)} is no longer limited to ${oldValues.map(json).join(', ')}; any value may arrive.`);
			return;
		}
		if (!oldValues && newValues) {
			add(path, 'enum-added', 'compatible', `${shown(path)} is now limited to ${newValues.map(json).join(', ')}.`);
			return;
		}
		const oldSet = new Set(oldValues!.map(canonical));
		const newSet = new Set(newValues!.map(canonical));
		const added = newValues!.filter((value) => !oldSet.has(canonical(value)));
		const removed = oldValues!.filter((value) => !newSet.has(canonical(value)));
		if ('const' in oldSchema && removed.length > 0) {
			// A constant replaced: every receiver that compares against the old value breaks.
			add(path, 'const-changed', 'breaking', `${shown(path)} changed from ${json(oldSchema.const)} to ${newValues!.map(json).join(' | ')}.`);
			return;
		}
		for (const value of added) {
			add(path, 'enum-value-added', 'warning', `${shown(path)} has a new value ${json(value)}; exhaustive switches must handle it.`);
		}
		for (const value of removed) {
			add(path, 'enum-value-removed', 'compatible', `${shown(path)} no longer takes the value ${json(value)}.`);
		}
	};

	const compareConstraints = (oldSchema: JsonSchema, newSchema: JsonSchema, path: string): void => {
		for (const keyword of ['pattern', 'format'] as const) {
			const before = oldSchema[keyword];
			const after = newSchema[keyword];
			if (before === after) continue;
			if (before !== undefined && after === undefined) {
				add(path, `${keyword}-removed`, 'breaking', `${shown(path)} lost its ${keyword} ${json(before)}; receivers relying on it may see other values.`);
			} else if (before !== undefined) {
				add(path, `${keyword}-changed`, 'breaking', `${shown(path)} ${keyword} changed from ${json(before)} to ${json(after)}.`);
			} else {
				add(path, `${keyword}-added`, 'compatible', `${shown(path)} now has the ${keyword} ${json(after)}.`);
			}
		}
		for (const [keywords, looser] of [
			[LOWER_BOUNDS, (a: number, b: number) => b < a],
			[UPPER_BOUNDS, (a: number, b: number) => b > a],
		] as const) {
			for (const keyword of keywords) {
				const before = bound(oldSchema, keyword);
				const after = bound(newSchema, keyword);
				if (before === after) continue;
				const name = KEYWORD_TEXT[keyword];
				if (before !== undefined && after === undefined) {
					add(path, 'constraint-removed', 'breaking', `${shown(path)} lost its ${name} (${before}).`);
				} else if (before !== undefined && looser(before, after!)) {
					add(path, 'constraint-loosened', 'breaking', `${shown(path)} ${name} loosened from ${before} to ${after}.`);
				} else {
					add(path, 'constraint-tightened', 'compatible', `${shown(path)} ${name} ${before === undefined ? `set to ${after}` : `tightened from ${before} to ${after}`}.`);
				}
			}
		}
	};

	const compareObject = (oldSchema: JsonSchema, newSchema: JsonSchema, path: string): void => {
		const oldProps = oldSchema.properties ?? {};
		const newProps = newSchema.properties ?? {};
		const oldRequired = new Set((oldSchema.required as string[] | undefined) ?? []);
		const newRequired = new Set((newSchema.required as string[] | undefined) ?? []);
		const removed = Object.keys(oldProps).filter((name) => !(name in newProps));
		const added = Object.keys(newProps).filter((name) => !(name in oldProps));
		const renamedTo = new Map<string, string>();
		for (const name of removed) {
			// Same shape under a new name, one for one: report a rename rather than a removal and an addition.
			const candidates = added.filter((other) => !renamedTo.has(other) && shapeOf(newProps[other]!) === shapeOf(oldProps[name]!));
			if (candidates.length === 1) renamedTo.set(candidates[0]!, name);
		}
		const renamedFrom = new Map([...renamedTo].map(([to, from]) => [from, to]));
		for (const name of removed) {
			const fieldPath = pointer(path, name);
			if (ignore.has(fieldPath)) continue;
			const to = renamedFrom.get(name);
			if (to) add(fieldPath, 'field-renamed', 'breaking', `${shown(fieldPath)} was renamed to \`${pointer(path, to)}\`.`);
			else add(fieldPath, 'field-removed', 'breaking', `${shown(fieldPath)} was removed (or renamed); receivers reading it break.`);
		}
		for (const name of added) {
			const fieldPath = pointer(path, name);
			if (ignore.has(fieldPath) || renamedTo.has(name)) continue;
			const required = newRequired.has(name);
			add(fieldPath, 'field-added', 'compatible', `${required ? 'Required' : 'Optional'} field ${shown(fieldPath)} added.`);
		}
		for (const name of Object.keys(oldProps)) {
			if (!(name in newProps)) continue;
			const fieldPath = pointer(path, name);
			if (ignore.has(fieldPath)) continue;
			if (oldRequired.has(name) && !newRequired.has(name)) {
				add(fieldPath, 'field-made-optional', 'breaking', `${shown(fieldPath)} is optional now: it may be missing from a delivery.`);
			} else if (!oldRequired.has(name) && newRequired.has(name)) {
				add(fieldPath, 'field-made-required', 'compatible', `${shown(fieldPath)} is always present now.`);
			}
			compare(oldProps[name]!, newProps[name]!, fieldPath);
		}
		const oldExtra = oldSchema.additionalProperties;
		const newExtra = newSchema.additionalProperties;
		if (oldExtra && newExtra && typeof oldExtra === 'object' && typeof newExtra === 'object') {
			compare(oldExtra, newExtra, pointer(path, '*'));
		}
	};

	compare(before, after, '');
	// A new description beside a weightier change at the same path is part of that change, not news.
	const weighty = new Set(changes.filter((change) => change.kind !== 'description-changed').map((change) => change.path));
	return changes.filter((change) => change.kind !== 'description-changed' || !weighty.has(change.path));
}
