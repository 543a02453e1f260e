/**
 * The signature checker's logic (WebCrypto, as in the browser) against every published test
 * vector of both schemes, and its diagnosis of the usual mistakes.
 */
import { describe, expect, it } from 'vitest';
import { publicEvents } from '../../src/lib/registry/model.ts';
import type { SigningConfig } from '../../src/lib/registry/platform-config.ts';
import { buildTestVectors, type DeliveryToSign, type TestVector } from '../../src/lib/signing/test-vectors.ts';
import { checkSignature, parseHeaderLines } from '../../src/lib/tools/check-signature.ts';
import { signatureConfigOf } from '../../src/lib/tools/signature-config.ts';
import { defaultRegistry } from '../helpers/default-registry.ts';

const STANDARD_WEBHOOKS: SigningConfig = { scheme: 'standard-webhooks', toleranceSeconds: 300, testSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', secretNote: 'Shown once.' };
const headerText = (headers: Record<string, string>) => Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\n');
const inputOf = (vector: TestVector) => ({ body: vector.body, headers: headerText(vector.headers), secret: vector.secret, now: vector.now, seen: vector.seen_nonces });

describe('signature checker', async () => {
	const { registry } = await defaultRegistry();
	const deliveries: DeliveryToSign[] = publicEvents(registry).map((event) => {
		const d = event.deliveries[0]!;
		return { eventType: event.type, body: d.json, timestamp: d.timestamp, messageId: d.messageId, nonce: d.nonce, extraHeaders: { 'Content-Type': 'application/json' } };
	});

	for (const signing of [registry.platform.signing, STANDARD_WEBHOOKS]) {
		const config = signatureConfigOf(signing)!;
		const vectors = buildTestVectors(signing, deliveries)!.vectors;
		it(`${signing.scheme}: reaches the expected verdict on all ${vectors.length} test vectors`, async () => {
			expect(vectors.some((v) => !v.expected.valid)).toBe(true);
			for (const vector of vectors) {
				const report = await checkSignature(config, inputOf(vector));
				expect({ valid: report.valid, reason: report.reason }, vector.name).toEqual(
					vector.expected.valid ? { valid: true, reason: undefined } : { valid: false, reason: vector.expected.reason },
				);
				// What the secret produces equals the vector's signature unless the body or the secret differ.
				if (vector.kind === 'wrong_secret' || vector.kind === 'tampered_body') expect(report.expected, vector.name).not.toBe(vector.signature);
				else expect(report.expected, vector.name).toBe(vector.signature);
			}
		});

		it(`${signing.scheme}: shows the signed string and both signatures`, async () => {
			const vector = vectors[0]!;
			const report = await checkSignature(config, inputOf(vector));
			const id = vector.headers['webhook-id'];
			expect(report.signedString).toBe(signing.scheme === 'hmac-sha256' ? `${vector.timestamp}.${vector.body}` : `${id}.${vector.timestamp}.${vector.body}`);
			expect(report.expected).toBe(vector.signature);
			expect(report.received).toBe(vector.signature);
		});

		it(`${signing.scheme}: names the cause of a mismatch`, async () => {
			const vector = vectors[0]!;
			const base = inputOf(vector);
			const reserialised = await checkSignature(config, { ...base, body: JSON.stringify(JSON.parse(vector.body)) });
			expect([reserialised.reason, reserialised.cause]).toEqual(['signature_mismatch', 'body_reserialised']);
			expect(reserialised.explanation).toContain('2-space');

			const wrongSecret = await checkSignature(config, { ...base, secret: signing.scheme === 'hmac-sha256' ? 'not_my_secret' : 'whsec_bm90IG15IHNlY3JldA==' });
			expect([wrongSecret.reason, wrongSecret.cause]).toEqual(['signature_mismatch', 'test_secret']);
			const tampered = vectors.find((v) => v.kind === 'tampered_body')!;
			expect((await checkSignature(config, inputOf(tampered))).cause).toBe('wrong_secret');

			// The timestamp header swapped for another header's value in the signed string.
			const tsName = signing.scheme === 'hmac-sha256' ? config.scheme === 'hmac-sha256' && config.timestampHeader : 'webhook-timestamp';
			const swapped = { ...vector.headers, [tsName as string]: String(vector.timestamp + 1), 'X-Sent-At': String(vector.timestamp) };
			const wrongHeader = await checkSignature(config, { ...base, headers: headerText(swapped) });
			expect([wrongHeader.reason, wrongHeader.cause]).toEqual(['signature_mismatch', 'wrong_header']);
			expect(wrongHeader.explanation).toContain('X-Sent-At');

			const sigName = signing.scheme === 'hmac-sha256' ? config.scheme === 'hmac-sha256' && config.signatureHeader : 'webhook-signature';
			const { [sigName as string]: signature, ...rest } = vector.headers;
			const moved = await checkSignature(config, { ...base, headers: headerText({ ...rest, 'X-Signature': signature! }) });
			expect([moved.reason, moved.cause]).toEqual(['missing_header', 'wrong_header']);
		});
	}

	it('reads header lines as pasted from a log or from curl', () => {
		const headers = parseHeaderLines("X-Webhook-Timestamp: 1781254800\n  -H 'X-Webhook-Signature: sha256=ab' \\\nnot a header");
		expect(headers.get('x-webhook-timestamp')?.value).toBe('1781254800');
		expect(headers.get('x-webhook-signature')).toEqual({ name: 'X-Webhook-Signature', value: 'sha256=ab' });
		expect(headers.size).toBe(2);
	});
});
