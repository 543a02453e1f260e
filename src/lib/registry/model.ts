/** The loaded, validated registry: what every later stage (artifacts, pages) is fed. */
import type { EventDefinition } from './event-definition.ts';
import type { PlatformConfig } from './platform-config.ts';
import type { SampleDelivery } from './sample-deliveries.ts';
import type { JsonSchema } from '../schema/json-schema.ts';

/**
 * A checked event, as plain data: its zod schema served the checks and is not kept (what follows
 * reads its JSON Schema), so an event can be stored between builds (load-cache.ts) and sent to a
 * worker thread as it is.
 */
export interface RegistryEvent extends Omit<EventDefinition, 'data'> {
	/** The event file, relative to the working directory. */
	file: string;
	/** URL- and file-name-safe form of the type; equals the type for dotted names. */
	slug: string;
	/** Envelope values that identify this event, e.g. `{ event_type: 'listing.created' }`. */
	typeValues: Record<string, string>;
	/** The full delivery body as JSON Schema: the envelope with this event's data (or its fields, if flat). */
	bodyJsonSchema: JsonSchema;
	/** Each sample wrapped in its envelope, with its exact body bytes. */
	deliveries: SampleDelivery[];
}

export interface Registry {
	/** The registry folder as given, e.g. `events`. */
	dir: string;
	platform: PlatformConfig;
	/** Every event, public and internal, in category order then by type. */
	events: RegistryEvent[];
	/** `platform.envelope.schema` as JSON Schema, converted once per build. */
	envelopeJsonSchema: JsonSchema;
}

/**
 * The registry as plain data, without the platform's zod schema and functions (its JSON Schema
 * stays): what the artifacts no page needs are made from, on a worker thread (artifacts-thread.ts).
 */
export interface PlainRegistry extends Omit<Registry, 'platform'> {
	platform: PlainPlatform;
}
export type PlainPlatform = Omit<PlatformConfig, 'envelope'> & { envelope: Omit<PlatformConfig['envelope'], 'schema' | 'sample'> };

export function plainRegistry(registry: Registry): PlainRegistry {
	const { schema: _schema, sample: _sample, ...envelope } = registry.platform.envelope;
	return {
		...registry,
		platform: { ...registry.platform, envelope },
	};
}

/** The envelope's own fields, in the order the platform declares them. */
export const envelopeFields = (registry: Pick<Registry, 'envelopeJsonSchema'>): string[] =>
	Object.keys(registry.envelopeJsonSchema.properties ?? {});

export const isPublic = (event: Pick<RegistryEvent, 'visibility'>) => event.visibility === 'public';

export function publicEvents(registry: { events: RegistryEvent[] }): RegistryEvent[] {
	return registry.events.filter(isPublic);
}

/** URL-safe slug of an event type: characters other than letters, digits, `.`, `_`, `-` become `-`. */
export function slugifyType(type: string): string {
	return type.replace(/[^A-Za-z0-9._-]+/g, '-');
}

/** Splits an event type into the values of the envelope's type fields. */
export function typeValuesOf(
	type: string,
	envelope: Pick<PlatformConfig['envelope'], 'typeFields' | 'typeSeparator'>,
): Record<string, string> | undefined {
	const { typeFields, typeSeparator } = envelope;
	if (typeFields.length === 1) return { [typeFields[0]!]: type };
	const parts = type.split(typeSeparator);
	if (parts.length !== typeFields.length) return undefined;
	return Object.fromEntries(typeFields.map((field, i) => [field, parts[i]!]));
}
