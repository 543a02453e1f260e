/**
 * The payload checker's verdict on a pasted body, computed in the reader's browser from the event's
 * generated validator (`validators/<slug>.js`). Pure: the page's script only renders the report.
 */
import type { ErrorObject } from 'ajv';
import type { ValidatorEventInfo } from '../artifacts/emit-validators.ts';
import { allowsUnknownKeys, unknownKeyPaths, type SchemaShape } from '../schema/schema-shape.ts';

export interface ValidatorModule {
	validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
	event: ValidatorEventInfo;
}

export interface Finding {
	severity: 'error' | 'warning';
	/** JSON pointer into the pasted document, e.g. `/data/items/0/url`. */
	pointer: string;
	/** The broken rule: `required`, `type`, `enum`, `pattern`, `format`, `unknown field`… */
	rule: string;
	message: string;
	/** The field table row documenting the field (`field-<rowPath>`), when there is one. */
	rowPath?: string;
}

export type PayloadReport =
	| { kind: 'invalid-json'; message: string }
	| { kind: 'not-an-object' }
	| { kind: 'other-event'; type: string }
	| { kind: 'checked'; asData: boolean; valid: boolean; findings: Finding[] };

const escapeSegment = (segment: string | number) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
const toPointer = (segments: (string | number)[]) => segments.map((s) => `/${escapeSegment(s)}`).join('');
const fromPointer = (pointer: string) =>
	pointer
		.split('/')
		.slice(1)
		.map((s) => (/^\d+$/.test(s) ? Number(s) : s.replaceAll('~1', '/').replaceAll('~0', '~')));

/**
 * The field table path of a body path: `['data', 'items', 0, 'url']` → `items[].url`; map entries
 * become `*`. Data fields are documented relative to the data field, envelope fields by name.
 */
export function rowPathOf(shape: SchemaShape, dataField: string | null, segments: (string | number)[]): string | undefined {
	let node: SchemaShape | undefined = shape;
	let rest = segments;
	// The data field's children are documented in the data table, without the `data.` prefix.
	if (dataField && segments.length > 1 && segments[0] === dataField) {
		node = shape.properties?.[dataField];
		rest = segments.slice(1);
	}
	let path = '';
	for (const segment of rest) {
		if (node?.anyOf) node = node.anyOf.find((member) => member.properties || member.items || member.additionalProperties !== undefined) ?? node;
		if (typeof segment === 'number') {
			path += '[]';
			node = node?.items;
			continue;
		}
		const declared = node?.properties?.[segment];
		const mapValue = typeof node?.additionalProperties === 'object' ? node.additionalProperties : undefined;
		const name = declared || !mapValue ? segment : '*';
		path = path ? `${path}.${name}` : name;
		node = declared ?? mapValue;
	}
	return path || undefined;
}

function describeType(param: unknown): string {
	return Array.isArray(param) ? param.join(' or ') : String(param);
}

/** One finding per ajv error, with the alternatives of an `anyOf` (zod's nullable) merged into one. */
function findingsOf(errors: ErrorObject[]): { pointer: string; rule: string; message: string }[] {
	const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
	const inside = (e: ErrorObject) => anyOfPaths.some((p) => e.schemaPath.startsWith(`${p}/`));
	const out: { pointer: string; rule: string; message: string }[] = [];
	for (const error of errors) {
		if (inside(error)) continue;
		if (error.keyword === 'anyOf') {
			const members = errors.filter((e) => e.schemaPath.startsWith(`${error.schemaPath}/`) && e.instancePath === error.instancePath);
			const keywords = [...new Set(members.map((e) => e.keyword))];
			if (keywords.length === 1 && keywords[0] === 'type') {
				out.push({ pointer: error.instancePath, rule: 'type', message: `must be ${members.map((e) => describeType(e.params.type)).join(' or ')}` });
			} else {
				const nested = errors.filter((e) => e.schemaPath.startsWith(`${error.schemaPath}/`) && e.instancePath !== error.instancePath);
				// A nullable object whose inner fields are wrong: report those fields, not the union.
				if (nested.length > 0 && members.every((e) => e.keyword === 'type')) out.push(...findingsOf(nested));
				else out.push({ pointer: error.instancePath, rule: keywords[0] ?? 'anyOf', message: `matches none of the allowed forms: ${members.map((e) => e.message).join('; or ')}` });
			}
			continue;
		}
		out.push(describe(error));
	}
	return out;
}

function describe(error: ErrorObject): { pointer: string; rule: string; message: string } {
	const p = error.params as Record<string, unknown>;
	switch (error.keyword) {
		case 'required':
			return { pointer: `${error.instancePath}/${escapeSegment(String(p.missingProperty))}`, rule: 'required', message: 'is required but missing' };
		case 'additionalProperties':
			return { pointer: `${error.instancePath}/${escapeSegment(String(p.additionalProperty))}`, rule: 'unknown field', message: 'is not in the schema, which allows no other fields here' };
		case 'type':
			return { pointer: error.instancePath, rule: 'type', message: `must be ${describeType(p.type)}` };
		case 'enum':
			return { pointer: error.instancePath, rule: 'enum', message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
		case 'const':
			return { pointer: error.instancePath, rule: 'const', message: `must be ${JSON.stringify(p.allowedValue)}` };
		case 'pattern':
			return { pointer: error.instancePath, rule: 'pattern', message: `must match the pattern ${String(p.pattern)}` };
		case 'format':
			return { pointer: error.instancePath, rule: 'format', message: `must be a valid ${String(p.format)}` };
		default:
			return { pointer: error.instancePath, rule: error.keyword, message: error.message ?? 'is invalid' };
	}
}

const typeOf = (body: Record<string, unknown>, info: ValidatorEventInfo) =>
	Object.keys(info.typeValues)
		.map((field) => body[field])
		.join(info.typeSeparator);

/**
 * Checks pasted text against one event. A body without the envelope's type field(s) is taken as
 * the event's data (when the envelope has a data field) and checked inside the sample envelope;
 * its pointers then point into what was pasted.
 */
export function checkPayload(text: string, validator: ValidatorModule): PayloadReport {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		return { kind: 'invalid-json', message: (error as Error).message };
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { kind: 'not-an-object' };
	const { event: info, validate } = validator;
	const body = parsed as Record<string, unknown>;
	const typeFields = Object.keys(info.typeValues);
	const hasType = typeFields.every((field) => field in body);
	if (hasType && typeOf(body, info) !== info.type) return { kind: 'other-event', type: typeOf(body, info) };
	const asData = !hasType && info.dataField !== null && !typeFields.some((field) => field in body);
	const delivery = asData ? { ...info.envelope, [info.dataField!]: body } : body;

	const prefix = asData ? `/${escapeSegment(info.dataField!)}` : '';
	const local = (pointer: string) => (asData ? pointer.slice(prefix.length) : pointer);
	const finding = (severity: Finding['severity'], raw: { pointer: string; rule: string; message: string }): Finding => ({
		severity,
		pointer: local(raw.pointer),
		rule: raw.rule,
		message: raw.message,
		rowPath: rowPathOf(info.shape, info.dataField, fromPointer(raw.pointer)),
	});

	const findings: Finding[] = [];
	const valid = validate(delivery);
	if (!valid) for (const raw of findingsOf(validate.errors ?? [])) findings.push(finding('error', raw));
	for (const path of unknownKeyPaths(info.shape, delivery)) {
		// Forbidden keys are already errors (`additionalProperties`); open objects only warn.
		if (!allowsUnknownKeys(info.shape, path.slice(0, -1))) continue;
		findings.push(
			finding('warning', { pointer: toPointer(path), rule: 'unknown field', message: 'is not documented; the schema allows it (fields may be added within an api_version), but check its spelling' }),
		);
	}
	return { kind: 'checked', asData, valid, findings };
}
