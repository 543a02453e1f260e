/** The headers of a sample delivery: the platform's templated headers plus the signing headers. */
import type { PlainPlatform } from '../registry/model.ts';
import { signDelivery } from '../signing/sign.ts';
import type { SampleDelivery } from '../registry/sample-deliveries.ts';

/** Fills `{field}` placeholders from top-level body fields, e.g. `{event_type}`. */
export function fillTemplate(template: string, body: Record<string, unknown>): string {
	return template.replace(/\{([A-Za-z0-9_]+)\}/g, (match, field: string) =>
		field in body ? String(body[field]) : match,
	);
}

/** The platform's non-signing headers for this body. */
export function deliveryHeaders(platform: PlainPlatform, body: Record<string, unknown>): Record<string, string> {
	return Object.fromEntries(platform.headers.map((header) => [header.name, fillTemplate(header.value, body)]));
}

const signedCache = new WeakMap<SampleDelivery, Record<string, string>>();

/**
 * Every header of a signed sample delivery, signed with the documented test secret. Computed once
 * per delivery: the pages, OpenAPI, AsyncAPI and the Markdown twins all show them.
 */
export function signedHeaders(platform: PlainPlatform, delivery: SampleDelivery): Record<string, string> {
	let headers = signedCache.get(delivery);
	if (!headers) {
		headers = {
			...deliveryHeaders(platform, delivery.body),
			...signDelivery(platform.signing, {
				body: delivery.json,
				timestamp: delivery.timestamp,
				messageId: delivery.messageId,
			}),
		};
		signedCache.set(delivery, headers);
	}
	return { ...headers };
}


export interface HeaderDoc {
	name: string;
	/** The example value (from `example` when given), or a placeholder such as `<unix seconds>`. */
	value: string;
	/** Markdown. */
	description: string;
	/** Part of the signature scheme rather than the platform's own headers. */
	signing: boolean;
}

/**
 * Every header of a delivery, documented once for the pages, OpenAPI, AsyncAPI and Markdown:
 * the platform's headers, then the signing scheme's. `link` turns a site route into a URL.
 */
export function describeHeaders(
	platform: PlainPlatform,
	example: Record<string, string> | undefined,
	link: (route: string) => string,
): HeaderDoc[] {
	const docs: HeaderDoc[] = platform.headers.map((header) => ({
		name: header.name,
		value: example?.[header.name] ?? header.value,
		description: header.description,
		signing: false,
	}));
	const { signing } = platform;
	const signed = (name: string, placeholder: string, description: string): HeaderDoc => ({
		name,
		value: example?.[name] ?? placeholder,
		description,
		signing: true,
	});
	const verification = link('/guides/verification/');
	if (signing.scheme === 'hmac-sha256') {
		const prefix = signing.signaturePrefix;
		docs.push(
			signed(signing.signatureHeader, `${prefix}<hex HMAC-SHA256>`, `\`${prefix}\` followed by the lowercase hex HMAC-SHA256 of \`<timestamp>.<raw body>\`. See [Verification](${verification}).`),
			signed(signing.timestampHeader, '<unix seconds>', 'Unix seconds when the delivery was signed; part of the signed string.'),
		);
	} else if (signing.scheme === 'standard-webhooks') {
		docs.push(
			signed('webhook-id', '<message id>', 'Unique message id; the same across retries. Part of the signed string.'),
			signed('webhook-timestamp', '<unix seconds>', 'Unix seconds when the delivery was signed; part of the signed string.'),
			signed('webhook-signature', 'v1,<base64>', `Space-separated \`v1,<base64 HMAC-SHA256>\` signatures of \`<id>.<timestamp>.<body>\`. See [Verification](${verification}).`),
		);
	}
	return docs;
}
