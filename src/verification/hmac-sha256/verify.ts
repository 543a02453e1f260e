import { createHmac, timingSafeEqual } from 'node:crypto';

const SIGNATURE_HEADER = 'x-webhook-signature';
const TIMESTAMP_HEADER = 'x-webhook-timestamp';
const SIGNATURE_PREFIX = 'sha256=';
const TOLERANCE_SECONDS = 300; // reject timestamps more than 5 minutes from our clock
const NONCE_WINDOW_SECONDS = 600; // remember nonces for 10 minutes

export type VerifyResult =
	| { valid: true; event: Record<string, unknown> }
	| { valid: false; reason: 'signature_mismatch' | 'timestamp_out_of_tolerance' | 'replayed_nonce' };

/**
 * Verifies one delivery. `rawBody` must be the exact bytes received: parsing and re-serializing
 * the JSON changes them. `headers` keys are lowercase (as in Node's `req.headers`).
 * `seenNonce(nonce, ttlSeconds)` returns true if the nonce was already seen, and remembers it.
 */
export function verify(
	secret: string,
	headers: Record<string, string | undefined>,
	rawBody: Buffer,
	seenNonce: (nonce: string, ttlSeconds: number) => boolean,
	now: number = Math.floor(Date.now() / 1000),
): VerifyResult {
	const timestamp = headers[TIMESTAMP_HEADER] ?? '';
	const signature = headers[SIGNATURE_HEADER] ?? '';
	const expected = SIGNATURE_PREFIX + createHmac('sha256', secret)
		.update(`${timestamp}.`)
		.update(rawBody)
		.digest('hex');
	// timingSafeEqual needs equal lengths; comparing lengths first leaks nothing secret.
	const a = Buffer.from(signature);
	const b = Buffer.from(expected);
	if (a.length !== b.length || !timingSafeEqual(a, b)) return { valid: false, reason: 'signature_mismatch' };

	if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > TOLERANCE_SECONDS) {
		return { valid: false, reason: 'timestamp_out_of_tolerance' };
	}
	// Only now is the body trustworthy enough to parse.
	const event = JSON.parse(rawBody.toString('utf8')) as Record<string, unknown>;
	if (seenNonce(String(event.nonce), NONCE_WINDOW_SECONDS)) return { valid: false, reason: 'replayed_nonce' };
	return { valid: true, event };
}
