/**
 * The body schemas of every public event as named, shared components, for OpenAPI's and
 * AsyncAPI's `components/schemas`. Each event's body is the platform's envelope (one `Envelope`
 * component) narrowed by what is specific to the event; object shapes that recur in several
 * events become one component each. Every reference is local (`#/components/schemas/…`) and no
 * component carries an `$id`, so Redocly, Scalar and the AsyncAPI parser all resolve them.
 */
import type { Registry, RegistryEvent } from '../registry/model.ts';
import { convertBodySchema, type JsonSchema } from '../schema/json-schema.ts';

export const SCHEMA_REF_PREFIX = '#/components/schemas/';
export const ENVELOPE_COMPONENT = 'Envelope';

export interface SharedSchemas {
	/** Component name → schema, envelope first, then events in registry order, then shared shapes. */
	components: Record<string, JsonSchema>;
	/** Component name of each event's body, by slug (the slug itself). */
	bodyComponent: (event: Pick<RegistryEvent, 'slug'>) => string;
}

const ref = (name: string): JsonSchema => ({ $ref: `${SCHEMA_REF_PREFIX}${name}` });

/** JSON with sorted keys: equal schemas give equal keys whatever their key order. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value);
}

const isShape = (node: JsonSchema) => node.type === 'object' && node.properties !== undefined && Object.keys(node.properties).length > 0;

const pascal = (text: string) =>
	text
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean)
		.map((word) => word[0]!.toUpperCase() + word.slice(1))
		.join('') || 'Shape';

/** Calls `visit(node, name)` for every subschema below `node`; `name` is the property it sits under. */
function forEachSubschema(node: JsonSchema, name: string, visit: (node: JsonSchema, name: string) => void) {
	for (const [key, child] of Object.entries(node.properties ?? {})) {
		visit(child, key);
		forEachSubschema(child, key, visit);
	}
	if (node.items) {
		visit(node.items, `${name} item`);
		forEachSubschema(node.items, `${name} item`, visit);
	}
	if (node.additionalProperties && typeof node.additionalProperties === 'object') {
		visit(node.additionalProperties, `${name} value`);
		forEachSubschema(node.additionalProperties, `${name} value`, visit);
	}
	for (const member of node.anyOf ?? []) {
		visit(member, name);
		forEachSubschema(member, name, visit);
	}
}

/** A copy of `node` whose subschemas that are shared shapes are replaced by references. */
function replaceShared(node: JsonSchema, names: Map<string, string>, root = true): JsonSchema {
	if (!root && isShape(node)) {
		const name = names.get(canonical(node));
		if (name) return ref(name);
	}
	const out: JsonSchema = { ...node };
	if (node.properties) {
		out.properties = Object.fromEntries(Object.entries(node.properties).map(([key, child]) => [key, replaceShared(child, names, false)]));
	}
	if (node.items) out.items = replaceShared(node.items, names, false);
	if (node.additionalProperties && typeof node.additionalProperties === 'object') {
		out.additionalProperties = replaceShared(node.additionalProperties, names, false);
	}
	if (node.anyOf) out.anyOf = node.anyOf.map((member) => replaceShared(member, names, false));
	return out;
}

/**
 * What one event's body adds to the envelope: the type and version constants, the data (or, for a
 * flat envelope, the event's own fields). `undefined` when the event redefines an envelope field in
 * a way an `allOf` with the envelope could not express; its body is then published whole.
 */
function overlayOf(registry: Registry, envelope: JsonSchema, body: JsonSchema): JsonSchema | undefined {
	const { typeFields, versionField, dataField } = registry.platform.envelope;
	const narrowed = new Set([...typeFields, ...(versionField ? [versionField] : []), ...(dataField ? [dataField] : [])]);
	const properties: Record<string, JsonSchema> = {};
	for (const [key, schema] of Object.entries(body.properties ?? {})) {
		const base = envelope.properties?.[key];
		if (base && canonical(base) === canonical(schema)) continue;
		if (base && !narrowed.has(key)) return undefined;
		properties[key] = schema;
	}
	return { type: 'object', required: body.required, properties };
}

export function buildSharedSchemas(registry: Registry, events: RegistryEvent[]): SharedSchemas {
	const envelope = convertBodySchema(registry.platform.envelope.schema);
	const { dataField } = registry.platform.envelope;
	const data = dataField ? envelope.properties?.[dataField] : undefined;
	// The envelope's placeholder data (`z.object({})`) says only "an object": each event narrows it.
	if (dataField && data) envelope.properties![dataField] = { type: 'object', description: data.description };
	const parts = events.map((event) => {
		const overlay = overlayOf(registry, envelope, event.bodyJsonSchema);
		return { event, overlay, own: overlay ?? event.bodyJsonSchema };
	});

	// Shapes used by two or more events, named after the property they first appear under.
	const users = new Map<string, { name: string; events: Set<string> }>();
	for (const { event, own } of parts) {
		forEachSubschema(own, event.slug, (node, name) => {
			if (!isShape(node)) return;
			const key = canonical(node);
			const entry = users.get(key) ?? { name, events: new Set() };
			entry.events.add(event.slug);
			users.set(key, entry);
		});
	}
	const names = new Map<string, string>();
	const taken = new Set<string>([ENVELOPE_COMPONENT]);
	const shared: [string, JsonSchema][] = [];
	for (const { event, own } of parts) {
		forEachSubschema(own, event.slug, (node) => {
			const key = canonical(node);
			const entry = users.get(key);
			if (!entry || entry.events.size < 2 || names.has(key)) return;
			let name = pascal(entry.name);
			for (let i = 2; taken.has(name); i++) name = `${pascal(entry.name)}${i}`;
			taken.add(name);
			names.set(key, name);
			shared.push([name, node]);
		});
	}

	const components: Record<string, JsonSchema> = { [ENVELOPE_COMPONENT]: envelope };
	for (const { event, overlay, own } of parts) {
		const described = { title: event.type, description: event.summary };
		components[event.slug] = overlay
			? { ...described, allOf: [ref(ENVELOPE_COMPONENT), replaceShared(own, names)] }
			: { ...described, ...replaceShared(own, names) };
	}
	for (const [name, node] of shared) components[name] = replaceShared(node, names);
	return { components, bodyComponent: (event) => event.slug };
}
