/**
 * Flattens a JSON Schema into the rows of a field table: nested objects and array items become
 * indented rows so that a reader sees the whole payload in one table.
 */
import type { JsonSchema } from './json-schema.ts';

export interface FieldRow {
	/** Dotted path, e.g. `summary.files_delivered` or `items[].url`; also the row's anchor. */
	path: string;
	/** The last segment, shown indented by `depth`. */
	name: string;
	depth: number;
	/** Human type, e.g. `string`, `integer`, `object`, `array of object`, `"cancelled"`. */
	type: string;
	required: boolean;
	nullable: boolean;
	enumValues: string[];
	/** Format and constraints, e.g. `date-time`, `15 – 720`, `min length 1`. */
	format: string[];
	/** The regular expression a string must match, when there is one and no `format` says it. */
	pattern?: string;
	/** Markdown description. */
	description: string;
	/** Marked `deprecated` (zod: `.meta({ deprecated: true })`); the description is the note. */
	deprecated?: true;
}

/** Separates `null` from the other members of `anyOf` (zod's encoding of `.nullable()`). */
function unwrapNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
	const members = schema.anyOf;
	if (!members) return { schema, nullable: false };
	const rest = members.filter((member) => member.type !== 'null');
	if (rest.length === members.length) return { schema, nullable: false };
	const inner = rest.length === 1 ? { ...rest[0]! } : { ...schema, anyOf: rest };
	return { schema: { ...inner, description: schema.description ?? inner.description }, nullable: true };
}

function describeType(schema: JsonSchema): string {
	if (schema.const !== undefined) return JSON.stringify(schema.const);
	if (schema.anyOf) return schema.anyOf.map(describeType).join(' | ');
	if (schema.type === 'array') return schema.items ? `array of ${describeType(schema.items)}` : 'array';
	if (schema.type === 'object' && !schema.properties && typeof schema.additionalProperties === 'object') {
		return `map of ${describeType(schema.additionalProperties)}`;
	}
	if (Array.isArray(schema.type)) return schema.type.join(' | ');
	return typeof schema.type === 'string' ? schema.type : 'any';
}

const SAFE_INT = 9007199254740991;

function describeFormat(schema: JsonSchema): string[] {
	const out: string[] = [];
	if (typeof schema.format === 'string') out.push(schema.format);
	const min = schema.minimum ?? schema.exclusiveMinimum;
	const max = schema.maximum ?? schema.exclusiveMaximum;
	const shownMin = typeof min === 'number' && min > -SAFE_INT ? min : undefined;
	const shownMax = typeof max === 'number' && max < SAFE_INT ? max : undefined;
	if (shownMin !== undefined && shownMax !== undefined) out.push(`${shownMin} – ${shownMax}`);
	else if (shownMin !== undefined) out.push(`≥ ${shownMin}`);
	else if (shownMax !== undefined) out.push(`≤ ${shownMax}`);
	if (typeof schema.minLength === 'number' && schema.minLength > 0) out.push(`min length ${schema.minLength}`);
	if (typeof schema.maxLength === 'number') out.push(`max length ${schema.maxLength}`);
	if (typeof schema.minItems === 'number' && schema.minItems > 0) out.push(`min items ${schema.minItems}`);
	if (typeof schema.minProperties === 'number' && schema.minProperties > 0) out.push(`min entries ${schema.minProperties}`);
	return out;
}

function enumValuesOf(schema: JsonSchema): string[] {
	if (Array.isArray(schema.enum)) return schema.enum.map((value) => String(value));
	if (schema.anyOf?.every((member) => member.const !== undefined)) return schema.anyOf.map((member) => String(member.const));
	return [];
}

/** Rows for every property of an object schema, depth-first, in declaration order. */
export function buildFieldRows(schema: JsonSchema, parentPath = '', depth = 0): FieldRow[] {
	const rows: FieldRow[] = [];
	const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
	for (const [name, raw] of Object.entries(schema.properties ?? {})) {
		const { schema: field, nullable } = unwrapNullable(raw);
		const path = parentPath ? `${parentPath}.${name}` : name;
		rows.push({
			path,
			name,
			depth,
			type: describeType(field),
			required: required.has(name),
			nullable,
			enumValues: enumValuesOf(field),
			format: describeFormat(field),
			// A format already says what zod's long date-time pattern says; show the pattern otherwise.
			pattern: typeof field.format !== 'string' && typeof field.pattern === 'string' ? field.pattern : undefined,
			description: typeof raw.description === 'string' ? raw.description : '',
			...((raw.deprecated === true || field.deprecated === true) && { deprecated: true as const }),
		});
		rows.push(...buildChildRows(field, path, depth + 1));
	}
	return rows;
}

function buildChildRows(field: JsonSchema, path: string, depth: number): FieldRow[] {
	if (field.properties) return buildFieldRows(field, path, depth);
	if (field.type === 'array' && field.items) {
		const item = unwrapNullable(field.items).schema;
		if (item.properties) return buildFieldRows(item, `${path}[]`, depth);
	}
	if (typeof field.additionalProperties === 'object') {
		const value = unwrapNullable(field.additionalProperties).schema;
		if (value.properties) return buildFieldRows(value, `${path}.*`, depth);
	}
	return [];
}

/**
 * The rows of an event's own fields in a delivery body: under `dataField`, or, for a flat
 * envelope, the top-level fields the envelope does not declare.
 */
export function payloadFieldRows(body: JsonSchema, envelope: { dataField: string | null; fields: string[] }): FieldRow[] {
	if (envelope.dataField) return buildFieldRows((body.properties?.[envelope.dataField] ?? {}) as JsonSchema);
	const envelopeFields = new Set(envelope.fields);
	return buildFieldRows(body).filter((row) => !envelopeFields.has(row.path.split(/[.[]/)[0]!));
}
