/**
 * Every piece of text a registry publishes, with the path an author would look for it at, and
 * the checks that run over it: no control or bidirectional-override characters (issue 9: text
 * is data, published as written) and no internal event name in public text (the build's leak
 * guard would stop at an output file; here the author learns which field to fix).
 */
import { formatPath } from './errors.ts';
import type { JsonSchema } from '../schema/json-schema.ts';

export interface TextAt {
	/** Field path, e.g. `samples[0].data.note` or `data.customer.email`. */
	path: string;
	text: string;
	/** What the text is, when the path alone does not say: `'description'`, `'field name'`… */
	what?: string;
}

/** Strings and object keys anywhere in a plain value (functions, RegExps and zod schemas skipped). */
export function valueTexts(value: unknown, path: readonly PropertyKey[], out: TextAt[] = []): TextAt[] {
	if (typeof value === 'string') out.push({ path: formatPath(path), text: value });
	else if (Array.isArray(value)) value.forEach((item, i) => valueTexts(item, [...path, i], out));
	else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		for (const [key, child] of Object.entries(value)) {
			out.push({ path: formatPath([...path, key]), text: key, what: 'field name' });
			valueTexts(child, [...path, key], out);
		}
	}
	return out;
}

const SUBSCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems']);

/**
 * Text inside a JSON Schema, reported at the field it documents: `data.customer.email`
 * (`what: 'description'`). `base` is the field path of `schema` itself.
 */
export function schemaTexts(schema: JsonSchema | boolean | undefined, base: string, out: TextAt[] = []): TextAt[] {
	if (!schema || typeof schema !== 'object') return out;
	for (const [key, value] of Object.entries(schema)) {
		if (key === 'properties' && value && typeof value === 'object') {
			for (const [name, child] of Object.entries(value as Record<string, JsonSchema>)) {
				const childPath = base ? `${base}.${name}` : name;
				out.push({ path: childPath, text: name, what: 'field name' });
				schemaTexts(child, childPath, out);
			}
		} else if (key === 'items') schemaTexts(value as JsonSchema, `${base}[]`, out);
		else if (key === 'additionalProperties') schemaTexts(value as JsonSchema, `${base}.*`, out);
		else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) for (const member of value) schemaTexts(member, base, out);
		else if (key === '$defs' || key === '$ref' || key === '$schema') continue;
		else for (const { text } of valueTexts(value, [])) out.push({ path: base, text, what: key });
	}
	return out;
}

// C0 controls but tab, line feed and carriage return; DEL; C1 controls; the bidi embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can make text read unlike its source.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const its = (what: string | undefined) => (what ? `its ${what} ` : '');

/** The first unsafe character of each text, as a message for that text's path. */
export function findUnsafeCharacters(texts: TextAt[]): { path: string; message: string }[] {
	const found = [];
	for (const { path, text, what } of texts) {
		const match = UNSAFE.exec(text);
		if (!match) continue;
		const char = match[0];
		const bidi = /[\u202A-\u202E\u2066-\u2069]/u.test(char);
		const kind = bidi
			? `the invisible bidirectional control ${codePoint(char)}, which can make published text read unlike its source`
			: `the control character ${codePoint(char)}`;
		found.push({ path, message: `${its(what)}contains ${kind} (at character ${match.index + 1}). Remove it: registry text is published as written.` });
	}
	return found;
}

/** Public texts that contain the name of an internal event, which must never be published. */
export function findInternalNames(texts: TextAt[], internalNames: Iterable<string>): { path: string; message: string }[] {
	const names = [...internalNames];
	const found = [];
	for (const { path, text, what } of texts) {
		const name = names.find((n) => text.includes(n));
		if (!name) continue;
		found.push({
			path,
			message: `${its(what)}names the internal event "${name}", which is never published. Remove the name from public text (or make that event public).`,
		});
	}
	return found;
}
