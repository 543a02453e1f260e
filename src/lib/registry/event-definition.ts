/** The shape of one event file's default export, checked with friendly messages on load. */
import { z } from 'zod';

export const EventVisibilitySchema = z.enum(['public', 'internal']);
export type EventVisibility = z.infer<typeof EventVisibilitySchema>;

const zodObject = z.custom<z.ZodObject>((value) => value instanceof z.ZodObject, {
	message: 'must be a zod object schema, e.g. z.object({ … })',
});

export const EventDefinitionSchema = z.object({
	type: z.string().min(1),
	category: z.string().min(1),
	summary: z.string().min(1, 'write one line for the catalog'),
	description: z.string().min(1, 'describe what triggers the event and when it is emitted'),
	apiVersion: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-05-29'),
	visibility: EventVisibilitySchema,
	deprecated: z
		.object({
			message: z.string().min(1),
			since: z.string().optional(),
			sunset: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-12-31').optional(),
			replacedBy: z.string().optional(),
		})
		.optional(),
	data: zodObject,
	samples: z
		.array(z.object({ name: z.string().min(1), data: z.record(z.string(), z.unknown()) }))
		.min(1, 'add at least one sample'),
});

export type EventDefinition = z.output<typeof EventDefinitionSchema>;
