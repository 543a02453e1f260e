/** JSON Schema (draft 2020-12) emission: one schema per event, bundles, and checks over them. */
import { z } from 'zod';
import { formatPath } from '../registry/errors.ts';
import type { RegistryEvent } from '../registry/model.ts';
import { allowsUnknownKeys, shapeOf, unknownKeyPaths } from './schema-shape.ts';

export type JsonSchema = Record<string, unknown> & {
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	additionalProperties?: JsonSchema | boolean;
};

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * Converts a body schema. `io: 'input'` leaves objects open (no `additionalProperties: false`):
 * additive changes ship within an api_version, so a receiver validating with our schema must not
 * break on a new field. Unknown keys in *samples* are caught separately (`findUnknownKeys`).
 */
export function convertBodySchema(schema: z.ZodObject): JsonSchema {
	const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
		target: 'draft-2020-12',
		io: 'input',
		unrepresentable: 'throw',
	}) as JsonSchema;
	return rest;
}

export function schemaUrl(siteUrl: string, name: string): string {
	return `${siteUrl.replace(/\/$/, '')}/schemas/${name}.json`;
}

/** The downloadable schema of one event: the full delivery body, with the samples as examples. */
export function emitEventSchema(
	event: Pick<RegistryEvent, 'type' | 'slug' | 'summary' | 'deprecated'>,
	body: JsonSchema,
	examples: unknown[],
	siteUrl: string,
): JsonSchema {
	return {
		$schema: SCHEMA_DIALECT,
		$id: schemaUrl(siteUrl, event.slug),
		title: event.type,
		description: event.summary,
		...deprecatedFlag(event),
		...body,
		examples,
	};
}

/** JSON Schema's own annotation for a deprecated event, so that tools and editors flag it. */
const deprecatedFlag = (event: Pick<RegistryEvent, 'deprecated'>) => (event.deprecated ? { deprecated: true } : {});

/**
 * Several events in one document: each under `$defs` by slug, and a `oneOf` over them that is
 * discriminated by the constant type field(s) every definition carries.
 */
export function emitBundle(
	name: string,
	title: string,
	description: string,
	events: { event: Pick<RegistryEvent, 'type' | 'slug' | 'summary' | 'deprecated'>; body: JsonSchema }[],
	siteUrl: string,
): JsonSchema {
	return {
		$schema: SCHEMA_DIALECT,
		$id: schemaUrl(siteUrl, name),
		title,
		description,
		oneOf: events.map(({ event }) => ({ $ref: `#/$defs/${event.slug}` })),
		$defs: Object.fromEntries(
			events.map(({ event, body }) => [event.slug, { title: event.type, description: event.summary, ...deprecatedFlag(event), ...body }]),
		),
	};
}

/** Paths of properties, at any depth, that have no `description`. */
export function findUndocumentedFields(schema: JsonSchema, base = ''): string[] {
	const missing: string[] = [];
	const visit = (node: JsonSchema | boolean | undefined, path: string) => {
		if (!node || typeof node !== 'object') return;
		for (const [key, child] of Object.entries(node.properties ?? {})) {
			const childPath = path ? `${path}.${key}` : key;
			if (typeof child.description !== 'string' || child.description.trim() === '') missing.push(childPath);
			visit(child, childPath);
		}
		if (node.items) visit(node.items, `${path}[]`);
		if (node.additionalProperties && typeof node.additionalProperties === 'object') {
			visit(node.additionalProperties, `${path}.*`);
		}
		for (const member of node.anyOf ?? []) visit(member, path);
	};
	visit(schema, base);
	return missing;
}

/**
 * Keys in `value` that its schema does not declare. Published schemas stay open for additive
 * changes, so a misspelt sample field would otherwise validate; this keeps samples honest. Keys a
 * closed object forbids are left to the validator, which reports them itself.
 */
export function findUnknownKeys(schema: JsonSchema, value: unknown): string[] {
	const shape = shapeOf(schema);
	return unknownKeyPaths(shape, value)
		.filter((path) => allowsUnknownKeys(shape, path.slice(0, -1)))
		.map((path) => formatPath(path));
}
