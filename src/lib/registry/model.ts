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
}

export const isPublic = (event: RegistryEvent) => event.visibility === 'public';

export function publicEvents(registry: Registry): RegistryEvent[] {
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
