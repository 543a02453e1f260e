/**
 * The structure of a JSON Schema without its words: which keys an object declares, what its items
 * and map values are. Enough to tell which keys of a value the schema does not know, and small
 * enough to ship with the payload checker's validator. Zod-free, so browser code can import it.
 */
import type { JsonSchema } from './json-schema.ts';

export interface SchemaShape {
	properties?: Record<string, SchemaShape>;
	items?: SchemaShape;
	anyOf?: SchemaShape[];
	/** `false`: no other key is allowed; a shape: other keys are map entries of that shape. */
	additionalProperties?: SchemaShape | boolean;
}

/** Drops everything but the structure: descriptions, examples, types and constraints. */
export function shapeOf(schema: JsonSchema): SchemaShape {
	const shape: SchemaShape = {};
	if (schema.properties) {
		shape.properties = Object.fromEntries(Object.entries(schema.properties).map(([key, child]) => [key, shapeOf(child)]));
	}
	if (schema.items && typeof schema.items === 'object') shape.items = shapeOf(schema.items);
	if (schema.anyOf) shape.anyOf = schema.anyOf.map(shapeOf);
	const extra = schema.additionalProperties;
	if (typeof extra === 'boolean') shape.additionalProperties = extra;
	else if (extra && typeof extra === 'object') shape.additionalProperties = shapeOf(extra);
	return shape;
}

/**
 * Paths (as key segments) of keys in `value` that its schema does not declare, at any depth.
 * A key the schema forbids (`additionalProperties: false`) is included too: callers that also
 * validate tell the two apart with `allowsUnknownKeys`.
 */
export function unknownKeyPaths(shape: SchemaShape, value: unknown, path: (string | number)[] = []): (string | number)[][] {
	if (value === null || typeof value !== 'object') return [];
	if (Array.isArray(value)) {
		return shape.items ? value.flatMap((item, i) => unknownKeyPaths(shape.items!, item, [...path, i])) : [];
	}
	if (shape.anyOf) {
		const objectMember = shape.anyOf.find((member) => member.properties || member.additionalProperties !== undefined);
		return objectMember ? unknownKeyPaths(objectMember, value, path) : [];
	}
	const { properties, additionalProperties: extra } = shape;
	const unknown: (string | number)[][] = [];
	for (const [key, child] of Object.entries(value)) {
		const childShape = properties?.[key] ?? (typeof extra === 'object' ? extra : undefined);
		if (childShape) unknown.push(...unknownKeyPaths(childShape, child, [...path, key]));
		else if (properties && extra !== true && typeof extra !== 'object') unknown.push([...path, key]);
	}
	return unknown;
}

/** Whether the object at `path` accepts keys it does not declare (open schemas do). */
export function allowsUnknownKeys(shape: SchemaShape, path: (string | number)[]): boolean {
	let node: SchemaShape | undefined = shape;
	for (const key of path) {
		if (!node) return true;
		if (node.anyOf) node = node.anyOf.find((member) => member.properties || member.additionalProperties !== undefined);
		if (!node) return true;
		node = typeof key === 'number' ? node.items : (node.properties?.[key] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined));
	}
	if (node?.anyOf) node = node.anyOf.find((member) => member.properties || member.additionalProperties !== undefined);
	return node?.additionalProperties !== false;
}
