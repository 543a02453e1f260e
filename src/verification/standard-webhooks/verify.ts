import { createHmac, timingSafeEqual } from 'node:crypto';

const TOLERANCE_SECONDS = 300; // reject timestamps more than 5 minutes from our clock
const ID_WINDOW_SECONDS = 600; // remember webhook-ids for 10 minutes, twice the tolerance

export type VerifyResult =
	| { valid: true; event: Record<string, unknown> }
	| { valid: false; reason: 'signature_mismatch' | 'timestamp_out_of_tolerance' | 'replayed_id' };

/**
 * Verifies one Standard Webhooks delivery. `secret` is the endpoint's `whsec_…` secret.
 * `rawBody` must be the exact bytes received: parsing and re-serializing the JSON changes them.
 * `headers` keys are lowercase (as in Node's `req.headers`). `seenId(id, ttlSeconds)` returns
 * true if the webhook-id was already seen, and remembers it.
 */
export function verify(
	secret: string,
	headers: Record<string, string | undefined>,
	rawBody: Buffer,
	seenId: (id: string, ttlSeconds: number) => boolean,
	now: number = Math.floor(Date.now() / 1000),
): VerifyResult {
	const id = headers['webhook-id'] ?? '';
	const timestamp = headers['webhook-timestamp'] ?? '';
	const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
	const expected = Buffer.from(
		createHmac('sha256', key).update(`${id}.${timestamp}.`).update(rawBody).digest('base64'),
	);
	// The header may carry several space-separated signatures (during secret rotation): any v1 match counts.
	const matches = (headers['webhook-signature'] ?? '').split(' ').some((entry) => {
		const [version, signature = ''] = entry.split(',', 2);
		const given = Buffer.from(signature);
		// timingSafeEqual needs equal lengths; comparing lengths first leaks nothing secret.
		return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
	});
	if (!matches) return { valid: false, reason: 'signature_mismatch' };

	if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > TOLERANCE_SECONDS) {
		return { valid: false, reason: 'timestamp_out_of_tolerance' };
	}
	if (seenId(id, ID_WINDOW_SECONDS)) return { valid: false, reason: 'replayed_id' };
	// Only now is the body trustworthy enough to parse.
	return { valid: true, event: JSON.parse(rawBody.toString('utf8')) as Record<string, unknown> };
}
