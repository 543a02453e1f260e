/** The loaded, validated registry: what every later stage (artifacts, pages) is fed. */
import type { z } from 'zod';
import type { EventDefinition } from './event-definition.ts';
import type { PlatformConfig } from './platform-config.ts';
import type { SampleDelivery } from './sample-deliveries.ts';
import type { JsonSchema } from '../schema/json-schema.ts';

export interface RegistryEvent extends EventDefinition {
	/** The event file, relative to the working directory. */
	file: string;
	/** URL- and file-name-safe form of the type; equals the type for dotted names. */
	slug: string;
	/** Envelope values that identify this event, e.g. `{ event_type: 'listing.created' }`. */
	typeValues: Record<string, string>;
	/** The full delivery body: the envelope with this event's data (or its fields, if flat). */
	bodySchema: z.ZodObject;
	/** `bodySchema` as JSON Schema, converted once per build. */
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
 * The registry as plain data, without its zod schemas and functions (their JSON Schema stays): what
 * the artifacts no page needs are made from, on a worker thread (artifacts-thread.ts).
 */
export interface PlainRegistry extends Omit<Registry, 'platform' | 'events'> {
	platform: PlainPlatform;
	events: PlainEvent[];
}
export type PlainEvent = Omit<RegistryEvent, 'data' | 'bodySchema'>;
export type PlainPlatform = Omit<PlatformConfig, 'envelope'> & { envelope: Omit<PlatformConfig['envelope'], 'schema' | 'sample'> };

export function plainRegistry(registry: Registry): PlainRegistry {
	const { schema: _schema, sample: _sample, ...envelope } = registry.platform.envelope;
	return {
		...registry,
		platform: { ...registry.platform, envelope },
		events: registry.events.map(({ data: _data, bodySchema: _body, ...event }) => event),
	};
}

/** The envelope's own fields, in the order the platform declares them. */
export const envelopeFields = (registry: Pick<Registry, 'envelopeJsonSchema'>): string[] =>
	Object.keys(registry.envelopeJsonSchema.properties ?? {});

export const isPublic = (event: Pick<RegistryEvent, 'visibility'>) => event.visibility === 'public';

export function publicEvents<Event extends PlainEvent>(registry: { events: Event[] }): Event[] {
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
