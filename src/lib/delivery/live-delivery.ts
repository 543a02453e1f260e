/**
 * A delivery as the platform would send it now (`registry -- send`): a sample's data in a fresh
 * envelope (current time, new random ids and nonce), with the platform's headers, signed.
 */
import type { RegistryEvent } from '../registry/model.ts';
import type { PlatformConfig } from '../registry/platform-config.ts';
import { buildSampleDeliveries } from '../registry/sample-deliveries.ts';
import { createLiveEnvelopeContext } from '../registry/sample-ids.ts';
import { signDelivery } from '../signing/sign.ts';
import { deliveryHeaders } from '../site/delivery-headers.ts';

export interface LiveDelivery {
	body: Record<string, unknown>;
	/** The exact body bytes sent and signed. */
	json: string;
	headers: Record<string, string>;
	/** The envelope's id (and Standard Webhooks' `webhook-id`). */
	messageId: string;
	timestamp: number;
}

export interface LiveDeliveryOptions {
	/** Unix seconds of this attempt. */
	now: number;
	/** Signs with this secret; default: the platform's documented test secret. */
	secret?: string;
	/** A retry keeps the first attempt's id; everything else (time, nonce) is new. */
	messageId?: string;
}

export function buildLiveDelivery(platform: PlatformConfig, event: RegistryEvent, sampleIndex: number, options: LiveDeliveryOptions): LiveDelivery {
	const sample = event.samples[sampleIndex]!;
	const [delivery] = buildSampleDeliveries(platform, { ...event, samples: [sample] }, () =>
		createLiveEnvelopeContext(event.type, event.apiVersion, sampleIndex, options.now),
	);
	const body = delivery!.body;
	const idField = platform.envelope.idField;
	if (options.messageId !== undefined && idField in body) body[idField] = options.messageId;
	const json = JSON.stringify(body, null, 2);
	const messageId = options.messageId ?? delivery!.messageId;
	return {
		body,
		json,
		messageId,
		timestamp: delivery!.timestamp,
		headers: {
			...deliveryHeaders(platform, body),
			...signDelivery(platform.signing, { body: json, timestamp: delivery!.timestamp, messageId, secret: options.secret }),
		},
	};
}
