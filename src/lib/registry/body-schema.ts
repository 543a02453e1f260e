/** The delivery body of one event as a zod schema: the envelope with the event's data in place. */
import { z } from 'zod';
import type { PlatformConfig } from './platform-config.ts';

export function buildBodySchema(
	platform: PlatformConfig,
	event: { typeValues: Record<string, string>; apiVersion: string; data: z.ZodObject; summary: string },
): z.ZodObject {
	const { envelope } = platform;
	const shape: Record<string, z.ZodType> = { ...envelope.schema.shape };
	const describeLike = (field: string, schema: z.ZodType) => {
		const description = envelope.schema.shape[field]?.description;
		return description ? schema.describe(description) : schema;
	};
	for (const [field, value] of Object.entries(event.typeValues)) {
		shape[field] = describeLike(field, z.literal(value));
	}
	if (envelope.versionField) shape[envelope.versionField] = describeLike(envelope.versionField, z.literal(event.apiVersion));
	if (envelope.dataField) {
		shape[envelope.dataField] = event.data.describe(event.data.description ?? event.summary);
	} else {
		Object.assign(shape, event.data.shape);
	}
	return z.object(shape);
}
