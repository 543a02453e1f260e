/**
 * The public authoring API of a hookref registry: `definePlatform` for `events/platform.ts` and
 * `defineEvent` for each event file. Registry files import from `hookref`, which resolves here.
 *
 * These functions only attach types; every value is validated by `loadRegistry` so that a
 * mistake is reported with the file, the event and the field path instead of a stack trace.
 */
import { z } from 'zod';
import type { PlatformConfigInput } from './platform-config.ts';
import type { EventVisibility } from './event-definition.ts';

export { z };
export type { PlatformConfigInput };

/** A named sample of an event's `data`, shown on the event page and wrapped in a delivery body. */
export interface EventSample<Data> {
	/** Short label for the situation the sample shows, e.g. `'Booked from the dashboard'`. */
	name: string;
	/** The `data` value. It must satisfy the event's `data` schema (checked by zod and ajv). */
	data: Data;
}

/** Marks an event as deprecated; the page and catalog show it. */
export interface EventDeprecation {
	/** Why, and what to use instead (Markdown). */
	message: string;
	/** The api_version or date from which the event is deprecated, e.g. `'2026-05-29'`. */
	since?: string;
	/**
	 * The last day (`YYYY-MM-DD`) the event is sent. Shown on its page and in the catalog; a diff
	 * that removes the event passes the gate once this date has passed, e.g. `'2026-12-31'`.
	 */
	sunset?: string;
	/** The event type integrators should move to, e.g. `'listing.status_changed'`. */
	replacedBy?: string;
}

/** What an event file exports (as its default export) through `defineEvent`. */
export interface EventDefinitionInput<Data extends z.ZodObject = z.ZodObject> {
	/** The event type exactly as delivered, e.g. `'appointment.scheduled'`. */
	type: string;
	/** The id of a category declared in `platform.ts`, e.g. `'appointment'`. */
	category: string;
	/** One line shown in the catalog, e.g. `'A photo/video shoot appointment was scheduled.'`. */
	summary: string;
	/** Markdown: what triggers the event, when it is emitted, its dedup key. */
	description: string;
	/** The version that locks this event's `data` shape, e.g. `'2026-05-29'`. */
	apiVersion: string;
	/** `'internal'` events are validated but never published anywhere in `dist/`. */
	visibility: EventVisibility;
	deprecated?: EventDeprecation;
	/**
	 * The event's payload schema. Every field needs `.describe()`: the description is the
	 * documentation. For platforms with a flat envelope these fields sit at the top level.
	 */
	data: Data;
	/** One or more realistic samples of `data`. */
	samples: [EventSample<z.input<Data>>, ...EventSample<z.input<Data>>[]];
}

/**
 * Declares one webhook event.
 *
 * @example
 * export default defineEvent({
 *   type: 'appointment.scheduled',
 *   category: 'appointment',
 *   summary: 'A photo/video shoot appointment was scheduled.',
 *   description: 'Emitted when a shoot is booked…',
 *   apiVersion: '2026-05-29',
 *   visibility: 'public',
 *   data: z.object({ tour_id: z.string().describe('The listing id.') }),
 *   samples: [{ name: 'Booked', data: { tour_id: '665f1c2ab7e4d90012a3b4c5' } }],
 * });
 */
export function defineEvent<Data extends z.ZodObject>(event: EventDefinitionInput<Data>) {
	return event;
}

/** Declares the platform: envelope, signing, retries, categories, subscription and deny list. */
export function definePlatform(platform: PlatformConfigInput) {
	return platform;
}
