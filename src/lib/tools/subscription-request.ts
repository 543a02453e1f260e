/**
 * The subscription builder's output: the request(s) the platform documents for a set of event
 * types, in the platform's own shape (one call with an array of types, or one call per type).
 * Pure and browser-safe; the catalog's script renders it.
 */
import { toCurl } from '../site/curl.ts';

export interface SubscriptionCall {
	method: string;
	/** Absolute URL of the call, when the platform documents its path. */
	url?: string;
	/** The call's documented name, when only that is documented. */
	name?: string;
	eventsField: string;
	cardinality: 'many' | 'one';
	omitMeansAll: boolean;
	/** The request field carrying the receiver's URL, when documented. */
	urlField?: string;
}

export interface SubscriptionRequest {
	method: string;
	/** The URL, or a placeholder naming the call when its URL is not documented. */
	target: string;
	body: Record<string, unknown>;
	json: string;
	curl: string;
}

export const ENDPOINT_PLACEHOLDER = '<your endpoint URL>';

export function buildSubscriptionRequests(call: SubscriptionCall, types: string[], endpointUrl = ''): SubscriptionRequest[] {
	if (types.length === 0) return [];
	const target = call.url ?? `<${call.name} URL>`;
	const bodyFor = (events: string | string[]): Record<string, unknown> => ({
		[call.eventsField]: events,
		...(call.urlField ? { [call.urlField]: endpointUrl.trim() || ENDPOINT_PLACEHOLDER } : {}),
	});
	const bodies = call.cardinality === 'many' ? [bodyFor(types)] : types.map((type) => bodyFor(type));
	return bodies.map((body) => {
		const json = JSON.stringify(body, null, 2);
		return { method: call.method, target, body, json, curl: toCurl(target, { 'Content-Type': 'application/json' }, json, call.method) };
	});
}
