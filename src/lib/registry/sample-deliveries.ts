/** Wraps each sample's `data` in a realistic, deterministic envelope: the body a receiver gets. */
import type { EnvelopeContext, PlatformConfig } from './platform-config.ts';
import { createEnvelopeContext } from './sample-ids.ts';

export interface SampleDelivery {
	/** The sample's name, e.g. `'Booked from the dashboard'`. */
	name: string;
	/** The delivery body as an object, keys in envelope order. */
	body: Record<string, unknown>;
	/** The exact body bytes (2-space JSON): what is signed, shown, copied and sent by curl. */
	json: string;
	/** Unix seconds of the delivery (signed with the body). */
	timestamp: number;
	/** Value of the envelope's id field. */
	messageId: string;
	/** The per-attempt nonce, when the platform signs with one. */
	nonce?: string;
}

export function buildSampleDeliveries(
	platform: PlatformConfig,
	event: {
		type: string;
		apiVersion: string;
		typeValues: Record<string, string>;
		samples: { name: string; data: Record<string, unknown> }[];
	},
	/** The published samples' deterministic ids and times by default; `send` passes live ones. */
	contextFor: (sampleIndex: number) => EnvelopeContext = (index) => createEnvelopeContext(event.type, event.apiVersion, index),
): SampleDelivery[] {
	const { envelope, signing } = platform;
	return event.samples.map((sample, index) => {
		const ctx = contextFor(index);
		const generated: Record<string, unknown> = {
			...envelope.sample(ctx),
			...event.typeValues,
			...(envelope.versionField ? { [envelope.versionField]: event.apiVersion } : {}),
		};
		const body: Record<string, unknown> = {};
		// Envelope order first, then anything the builder added, then the data.
		for (const field of Object.keys(envelope.schema.shape)) {
			if (field === envelope.dataField) body[field] = sample.data;
			else if (field in generated) body[field] = generated[field];
		}
		for (const [field, value] of Object.entries(generated)) if (!(field in body)) body[field] = value;
		if (envelope.dataField) body[envelope.dataField] = sample.data;
		else Object.assign(body, sample.data);
		const nonceField = signing.scheme === 'hmac-sha256' ? signing.nonceField : undefined;
		return {
			name: sample.name,
			body,
			json: JSON.stringify(body, null, 2),
			timestamp: ctx.timestamp,
			messageId: String(body[envelope.idField] ?? ''),
			nonce: nonceField && typeof body[nonceField] === 'string' ? (body[nonceField] as string) : undefined,
		};
	});
}
