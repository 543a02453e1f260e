/**
 * The public contract of a registry: what a receiver depends on, and nothing else. A release
 * freezes one (`release.ts`); `diff-contracts.ts` compares two. Internal events are dropped
 * here, so they can reach neither a snapshot nor a diff nor a history page.
 */
import { publicEvents, type Registry, type RegistryEvent } from '../registry/model.ts';
import type { PlatformConfig } from '../registry/platform-config.ts';
import type { JsonSchema } from '../schema/json-schema.ts';

export interface ContractDeprecation {
	message: string;
	since?: string;
	/** The date (`YYYY-MM-DD`) after which the event is no longer sent. */
	sunset?: string;
	replaced_by?: string;
}

export interface ContractEvent {
	type: string;
	slug: string;
	category: string;
	summary: string;
	api_version: string;
	deprecated?: ContractDeprecation;
	/** JSON Schema (draft 2020-12) of the full delivery body. */
	schema: JsonSchema;
	/** The samples' `data`, as written in the registry. */
	samples: { name: string; data: unknown }[];
}

/** What every delivery shares: headers and the signing scheme (its secret excluded). */
export interface ContractPlatform {
	/** The envelope field holding the event's api_version: it changes with it, by design. */
	version_field?: string;
	headers: { name: string; value: string }[];
	signing: Record<string, string>;
}

export interface Contract {
	platform: ContractPlatform;
	/** Public events only, sorted by type. */
	events: ContractEvent[];
}

function signingContract(signing: PlatformConfig['signing']): Record<string, string> {
	if (signing.scheme === 'hmac-sha256') {
		const { scheme, signatureHeader, timestampHeader, signaturePrefix, nonceField } = signing;
		return { scheme, signature_header: signatureHeader, timestamp_header: timestampHeader, signature_prefix: signaturePrefix, nonce_field: nonceField };
	}
	return { scheme: signing.scheme };
}

export function eventContract(event: RegistryEvent): ContractEvent {
	const deprecated = event.deprecated && {
		message: event.deprecated.message,
		...(event.deprecated.since && { since: event.deprecated.since }),
		...(event.deprecated.sunset && { sunset: event.deprecated.sunset }),
		...(event.deprecated.replacedBy && { replaced_by: event.deprecated.replacedBy }),
	};
	return {
		type: event.type,
		slug: event.slug,
		category: event.category,
		summary: event.summary,
		api_version: event.apiVersion,
		...(deprecated && { deprecated }),
		schema: event.bodyJsonSchema,
		samples: event.samples.map((sample) => ({ name: sample.name, data: sample.data })),
	};
}

export function contractOf(registry: Registry): Contract {
	const { platform } = registry;
	return {
		platform: {
			...(platform.envelope.versionField && { version_field: platform.envelope.versionField }),
			headers: platform.headers.map((header) => ({ name: header.name, value: header.value })),
			signing: signingContract(platform.signing),
		},
		events: publicEvents(registry)
			.map(eventContract)
			.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)),
	};
}
