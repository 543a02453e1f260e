/** Signing a delivery exactly as the platform does, for the published samples and test vectors. */
import { createHmac } from 'node:crypto';
import type { SigningConfig } from '../registry/platform-config.ts';

export interface SignInput {
	/** The exact body bytes (as a UTF-8 string). */
	body: string;
	/** Unix seconds. */
	timestamp: number;
	/** The message id (Standard Webhooks' `webhook-id`). */
	messageId: string;
	/** Defaults to the scheme's documented test secret. */
	secret?: string;
}

/** The signature header value alone. */
export function computeSignature(signing: SigningConfig, input: SignInput): string | undefined {
	switch (signing.scheme) {
		case 'none':
			return undefined;
		case 'hmac-sha256': {
			const digest = createHmac('sha256', input.secret ?? signing.testSecret)
				.update(`${input.timestamp}.${input.body}`)
				.digest('hex');
			return `${signing.signaturePrefix}${digest}`;
		}
		case 'standard-webhooks': {
			// The secret's base64 part, decoded, is the key (https://www.standardwebhooks.com).
			const key = Buffer.from((input.secret ?? signing.testSecret).replace(/^whsec_/, ''), 'base64');
			const digest = createHmac('sha256', key).update(`${input.messageId}.${input.timestamp}.${input.body}`).digest('base64');
			return `v1,${digest}`;
		}
	}
}

/** The signing headers of a delivery (none for unsigned platforms). */
export function signDelivery(signing: SigningConfig, input: SignInput): Record<string, string> {
	const signature = computeSignature(signing, input);
	switch (signing.scheme) {
		case 'none':
			return {};
		case 'hmac-sha256':
			return { [signing.signatureHeader]: signature!, [signing.timestampHeader]: String(input.timestamp) };
		case 'standard-webhooks':
			return { 'webhook-id': input.messageId, 'webhook-timestamp': String(input.timestamp), 'webhook-signature': signature! };
	}
}
