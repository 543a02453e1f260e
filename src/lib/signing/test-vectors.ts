/**
 * The published test vectors (`/verification/test-vectors.json`): for each public event's first
 * sample a correctly signed delivery, plus negative vectors with the outcome a correct receiver
 * must reach. Every vector states the receiver's clock (`now`) at which its outcome holds.
 */
import type { SigningConfig } from '../registry/platform-config.ts';
import { computeSignature, signDelivery } from './sign.ts';

export type FailureReason = 'signature_mismatch' | 'timestamp_out_of_tolerance' | 'replayed_nonce' | 'replayed_id';

export interface TestVector {
	name: string;
	event_type: string;
	kind: 'valid' | 'tampered_body' | 'wrong_secret' | 'stale_timestamp' | 'future_timestamp' | 'reused_nonce' | 'reused_id';
	secret: string;
	timestamp: number;
	/** The receiver's clock, Unix seconds. */
	now: number;
	/** The exact body bytes. */
	body: string;
	/** The signature header's value. */
	signature: string;
	/** Every header of the delivery. */
	headers: Record<string, string>;
	/** Nonces (hmac-sha256) or webhook-ids (standard-webhooks) the receiver has already seen: the replay check. */
	seen_nonces: string[];
	expected: { valid: true } | { valid: false; reason: FailureReason };
}

export interface DeliveryToSign {
	eventType: string;
	body: string;
	timestamp: number;
	messageId: string;
	nonce?: string;
	/** Non-signing headers of the delivery (Content-Type, event type…). */
	extraHeaders?: Record<string, string>;
}

const WRONG_SECRET = { 'hmac-sha256': 'not_the_endpoint_secret', 'standard-webhooks': 'whsec_bm90IHRoZSBlbmRwb2ludCBzZWNyZXQ=' };

/** Changes one byte: the first digit of the body becomes another digit, keeping the JSON valid. */
function tamper(body: string): string {
	const i = body.search(/\d/);
	if (i < 0) return `${body} `;
	return body.slice(0, i) + String((Number(body[i]) + 1) % 10) + body.slice(i + 1);
}

export function buildTestVectors(signing: SigningConfig, deliveries: DeliveryToSign[]) {
	if (signing.scheme === 'none') return null;
	const secret = signing.testSecret;
	const tolerance = signing.toleranceSeconds;
	const vector = (
		delivery: DeliveryToSign,
		kind: TestVector['kind'],
		options: { body?: string; secret?: string; now?: number; seen?: string[]; expected: TestVector['expected']; name: string },
	): TestVector => {
		// The signature is always computed over the delivery as sent; tampering happens after.
		const signingHeaders = signDelivery(signing, { ...delivery, secret: options.secret ?? secret });
		return {
			name: options.name,
			event_type: delivery.eventType,
			kind,
			secret,
			timestamp: delivery.timestamp,
			now: options.now ?? delivery.timestamp + 30,
			body: options.body ?? delivery.body,
			signature: computeSignature(signing, { ...delivery, secret: options.secret ?? secret })!,
			headers: { ...delivery.extraHeaders, ...signingHeaders },
			seen_nonces: options.seen ?? [],
			expected: options.expected,
		};
	};
	const valid = { valid: true } as const;
	const vectors: TestVector[] = deliveries.map((d) => vector(d, 'valid', { expected: valid, name: `${d.eventType}: valid` }));
	const first = deliveries[0];
	if (first) {
		const fail = (reason: FailureReason) => ({ valid: false, reason }) as const;
		vectors.push(
			vector(first, 'valid', { now: first.timestamp + tolerance, expected: valid, name: `${first.eventType}: valid at the edge of the tolerance` }),
			vector(first, 'tampered_body', { body: tamper(first.body), expected: fail('signature_mismatch'), name: `${first.eventType}: body changed by one byte after signing` }),
			vector(first, 'wrong_secret', { secret: WRONG_SECRET[signing.scheme], expected: fail('signature_mismatch'), name: `${first.eventType}: signed with another secret` }),
			vector(first, 'stale_timestamp', { now: first.timestamp + tolerance + 1, expected: fail('timestamp_out_of_tolerance'), name: `${first.eventType}: received ${tolerance + 1} s after signing` }),
			vector(first, 'future_timestamp', { now: first.timestamp - tolerance - 1, expected: fail('timestamp_out_of_tolerance'), name: `${first.eventType}: timestamp ${tolerance + 1} s in the future` }),
		);
		if (signing.scheme === 'hmac-sha256' && first.nonce) {
			vectors.push(vector(first, 'reused_nonce', { seen: [first.nonce], expected: fail('replayed_nonce'), name: `${first.eventType}: nonce already seen (replay)` }));
		}
		if (signing.scheme === 'standard-webhooks') {
			vectors.push(vector(first, 'reused_id', { seen: [first.messageId], expected: fail('replayed_id'), name: `${first.eventType}: webhook-id already seen (replay)` }));
		}
	}
	return {
		generated_by: 'hookref, from the event registry — do not edit',
		scheme: signing.scheme,
		test_secret: secret,
		...(signing.scheme === 'hmac-sha256'
			? {
					signed_string: '<timestamp>.<raw body>',
					signature_header: signing.signatureHeader,
					signature_format: `${signing.signaturePrefix}<lowercase hex HMAC-SHA256>`,
					timestamp_header: signing.timestampHeader,
					nonce_field: signing.nonceField,
					replay_window_seconds: signing.replayWindowSeconds,
				}
			: {
					signed_string: '<webhook-id>.<webhook-timestamp>.<raw body>',
					signature_header: 'webhook-signature',
					signature_format: 'v1,<base64 HMAC-SHA256>',
					timestamp_header: 'webhook-timestamp',
					id_header: 'webhook-id',
					replay_window_seconds: 2 * tolerance,
				}),
		tolerance_seconds: tolerance,
		vectors,
	};
}
