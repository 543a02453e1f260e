/**
 * The body schemas of every public event as named, shared components, for OpenAPI's and
 * AsyncAPI's `components/schemas`. Each event's body is the platform's envelope (one `Envelope`
 * component) narrowed by what is specific to the event; object shapes that recur in several
 * events become one component each. Every reference is local (`#/components/schemas/…`) and no
 * component carries an `$id`, so Redocly, Scalar and the AsyncAPI parser all resolve them.
 */
import type { RegistryEvent, PlainRegistry } from '../registry/model.ts';
import type { JsonSchema } from '../schema/json-schema.ts';

export const SCHEMA_REF_PREFIX = '#/components/schemas/';
export const ENVELOPE_COMPONENT = 'Envelope';

export interface SharedSchemas {
	/** Component name → schema, envelope first, then events in registry order, then shared shapes. */
	components: Record<string, JsonSchema>;
	/** Component name of each event's body, by slug (the slug itself). */
	bodyComponent: (event: Pick<RegistryEvent, 'slug'>) => string;
}

const ref = (name: string): JsonSchema => ({ $ref: `${SCHEMA_REF_PREFIX}${name}` });

const canonicalCache = new WeakMap<object, string>();

/**
 * JSON with sorted keys: equal schemas give equal keys whatever their key order. Cached per node,
 * so keying every subschema of a registry costs one pass over it, not one per level.
 */
function canonical(value: unknown): string {
	if (!value || typeof value !== 'object') return JSON.stringify(value);
	const cached = canonicalCache.get(value);
	if (cached !== undefined) return cached;
	const key = Array.isArray(value)
		? `[${value.map(canonical).join(',')}]`
		: `{${Object.keys(value)
				.sort()
				.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
				.join(',')}}`;
	canonicalCache.set(value, key);
	return key;
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
 * What one event's body adds to the envelope: the type and version constants and the data (or,
 * for a flat envelope, the event's own fields, which validation keeps apart from the envelope's).
 */
function overlayOf(registry: PlainRegistry, envelope: JsonSchema, event: RegistryEvent): JsonSchema {
	const { typeFields, versionField, dataField } = registry.platform.envelope;
	const narrowed = new Set([...typeFields, ...(versionField ? [versionField] : []), ...(dataField ? [dataField] : [])]);
	const properties: Record<string, JsonSchema> = {};
	for (const [key, schema] of Object.entries(event.bodyJsonSchema.properties ?? {})) {
		const base = envelope.properties?.[key];
		if (base && canonical(base) === canonical(schema)) continue;
		if (base && !narrowed.has(key)) throw new Error(`${event.file}: the body of ${event.type} redefines the envelope field "${key}".`);
		properties[key] = schema;
	}
	return { type: 'object', required: event.bodyJsonSchema.required, properties };
}

export function buildSharedSchemas(registry: PlainRegistry, events: RegistryEvent[]): SharedSchemas {
	const { dataField } = registry.platform.envelope;
	const data = dataField ? registry.envelopeJsonSchema.properties?.[dataField] : undefined;
	// The envelope's placeholder data (`z.object({})`) says only "an object": each event narrows it.
	const envelope: JsonSchema =
		dataField && data
			? { ...registry.envelopeJsonSchema, properties: { ...registry.envelopeJsonSchema.properties, [dataField]: { type: 'object', description: data.description } } }
			: registry.envelopeJsonSchema;
	const parts = events.map((event) => ({ event, own: overlayOf(registry, envelope, event) }));

	// Shapes used by two or more events, named after the property they first appear under.
	const users = new Map<string, { name: string; events: Set<string> }>();
	for (const { event, own } of parts) {
		forEachSubschema(own, event.slug, (node, property) => {
			if (!isShape(node)) return;
			const key = canonical(node);
			// Events that share their whole data: name it after the first of them.
			const name = property === dataField ? `${event.slug} data` : property;
			const entry = users.get(key) ?? { name, events: new Set() };
			entry.events.add(event.slug);
			users.set(key, entry);
		});
	}
	const names = new Map<string, string>();
	const taken = new Set<string>([ENVELOPE_COMPONENT, ...events.map((event) => event.slug)]);
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
	for (const { event, own } of parts) {
		components[event.slug] = { title: event.type, description: event.summary, allOf: [ref(ENVELOPE_COMPONENT), replaceShared(own, names)] };
	}
	for (const [name, node] of shared) components[name] = replaceShared(node, names);
	inlineSingleUse(components, new Set(shared.map(([name]) => name)));
	return { components, bodyComponent: (event) => event.slug };
}

/**
 * Puts back inline the shared shapes that ended up referenced once: a shape inside a shape that
 * is itself shared is only used by that component.
 */
function inlineSingleUse(components: Record<string, JsonSchema>, sharedNames: Set<string>) {
	const counts = new Map<string, number>();
	const count = (node: unknown) => {
		if (Array.isArray(node)) return node.forEach(count);
		if (!node || typeof node !== 'object') return;
		const target = (node as JsonSchema).$ref;
		if (typeof target === 'string') counts.set(target, (counts.get(target) ?? 0) + 1);
		Object.values(node).forEach(count);
	};
	count(components);
	const single = new Set(
		[...sharedNames].filter((name) => counts.get(`${SCHEMA_REF_PREFIX}${name}`) === 1),
	);
	if (single.size === 0) return;
	const removed = new Map([...single].map((name) => [`${SCHEMA_REF_PREFIX}${name}`, components[name]!]));
	for (const name of single) delete components[name];
	const inline = (node: unknown): unknown => {
		if (Array.isArray(node)) return node.map(inline);
		if (!node || typeof node !== 'object') return node;
		const target = (node as JsonSchema).$ref;
		if (typeof target === 'string' && removed.has(target)) return inline(removed.get(target));
		return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(value)]));
	};
	for (const name of Object.keys(components)) components[name] = inline(components[name]) as JsonSchema;
}
