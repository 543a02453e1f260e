/** The headers of a sample delivery: the platform's templated headers plus the signing headers. */
import type { PlatformConfig } from '../registry/platform-config.ts';
import { signDelivery } from '../signing/sign.ts';
import type { SampleDelivery } from '../registry/sample-deliveries.ts';

/** Fills `{field}` placeholders from top-level body fields, e.g. `{event_type}`. */
export function fillTemplate(template: string, body: Record<string, unknown>): string {
	return template.replace(/\{([A-Za-z0-9_]+)\}/g, (match, field: string) =>
		field in body ? String(body[field]) : match,
	);
}

/** The platform's non-signing headers for this body. */
export function deliveryHeaders(platform: PlatformConfig, body: Record<string, unknown>): Record<string, string> {
	return Object.fromEntries(platform.headers.map((header) => [header.name, fillTemplate(header.value, body)]));
}

/** Every header of a signed sample delivery, signed with the documented test secret. */
export function signedHeaders(platform: PlatformConfig, delivery: SampleDelivery): Record<string, string> {
	return {
		...deliveryHeaders(platform, delivery.body),
		...signDelivery(platform.signing, {
			body: delivery.json,
			timestamp: delivery.timestamp,
			messageId: delivery.messageId,
		}),
	};
}

/** A shell command replaying the delivery; the quoted body is byte-identical to the signed bytes. */
export { toCurl } from './curl.ts';
