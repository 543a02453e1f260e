/** What the signature checker needs of the platform's signing config (no notes, no markup). */
import type { SigningConfig } from '../registry/platform-config.ts';
import type { SignatureConfig } from './check-signature.ts';

export function signatureConfigOf(signing: SigningConfig): SignatureConfig | undefined {
	switch (signing.scheme) {
		case 'none':
			return undefined;
		case 'hmac-sha256':
			return {
				scheme: 'hmac-sha256',
				signatureHeader: signing.signatureHeader,
				timestampHeader: signing.timestampHeader,
				signaturePrefix: signing.signaturePrefix,
				toleranceSeconds: signing.toleranceSeconds,
				nonceField: signing.nonceField,
				testSecret: signing.testSecret,
			};
		case 'standard-webhooks':
			return { scheme: 'standard-webhooks', toleranceSeconds: signing.toleranceSeconds, testSecret: signing.testSecret };
	}
}
