/**
 * Where a converted event schema refers to a shared definition (`$ref` into `$defs`). zod emits
 * one for a recursive schema (`z.lazy`, or an object whose getter returns itself) and for a
 * schema registered with `.meta({ id })`. hookref publishes every event as a self-contained
 * schema and bundles them under its own `$defs`, so neither can be published yet: `check`
 * rejects them with the field that carries the reference.
 */
import type { JsonSchema } from '../schema/json-schema.ts';

export interface SchemaReference {
	/** Field path of the referring schema, e.g. `data.tree.children`. */
	path: string;
	/** The definition's name, e.g. `__schema0`. */
	definition: string;
	/** The definition contains a reference to itself. */
	recursive: boolean;
}

const refsIn = (node: unknown, out: string[] = []): string[] => {
	if (Array.isArray(node)) for (const item of node) refsIn(item, out);
	else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node)) {
			if (key === '$ref' && typeof value === 'string') out.push(value.replace(/^#\/\$defs\//, ''));
			else refsIn(value, out);
		}
	}
	return out;
};

/** `fieldOf` maps a body path (`data.tree`) to the path shown to the author. */
export function findSchemaReferences(schema: JsonSchema, fieldOf: (bodyPath: string) => string = (p) => p): SchemaReference[] {
	const defs = (schema.$defs ?? {}) as Record<string, unknown>;
	const reaches = (from: string, target: string, seen = new Set<string>()): boolean => {
		for (const next of refsIn(defs[from])) {
			if (next === target) return true;
			if (!seen.has(next)) {
				seen.add(next);
				if (reaches(next, target, seen)) return true;
			}
		}
		return false;
	};
	const found: SchemaReference[] = [];
	const visit = (node: unknown, path: string) => {
		if (!node || typeof node !== 'object') return;
		const schemaNode = node as JsonSchema;
		if (typeof schemaNode.$ref === 'string') {
			const definition = schemaNode.$ref.replace(/^#\/\$defs\//, '');
			found.push({ path: fieldOf(path), definition, recursive: schemaNode.$ref === '#' || reaches(definition, definition) });
		}
		for (const [name, child] of Object.entries(schemaNode.properties ?? {})) visit(child, path ? `${path}.${name}` : name);
		if (schemaNode.items) visit(schemaNode.items, `${path}[]`);
		if (typeof schemaNode.additionalProperties === 'object') visit(schemaNode.additionalProperties, `${path}.*`);
		for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const) {
			const list = schemaNode[key];
			if (Array.isArray(list)) for (const member of list) visit(member, path);
		}
	};
	visit(schema, '');
	return found;
}

export function describeReference(reference: SchemaReference): string {
	return reference.recursive
		? 'is a recursive schema (it contains itself, through z.lazy or a getter). hookref does not support recursive schemas: ' +
				'the published JSON Schema, TypeScript types and field table need a finite shape. Nest a fixed number of levels, ' +
				'or refer to the children by id.'
		: `refers to the shared schema "${reference.definition}" (registered with .meta({ id })). hookref publishes each event ` +
				'as one self-contained schema: remove the id from the schema\'s metadata.';
}
