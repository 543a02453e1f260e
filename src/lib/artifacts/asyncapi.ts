/**
 * `asyncapi.json`: AsyncAPI 3.0 for event-driven tooling. Per public event one channel, one
 * `send` operation and one message, over the same shared schemas as `openapi.json`.
 *
 * Payloads use the default AsyncAPI schema format (a superset of JSON Schema draft-07), not
 * `schemaFormat: …draft-2020-12`: @asyncapi/parser 3.6 skips schemas in formats it has no parser
 * for, and would then check neither them nor the examples against them. `toDraft07` refuses the
 * few 2020-12-only keywords rather than publishing a schema that means something else.
 */
import type { RegistryEvent, PlainRegistry } from '../registry/model.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import { summarizeRetryPolicy } from '../retry/retry-summary.ts';
import { describeHeaders, signedHeaders } from '../site/delivery-headers.ts';
import { siteUrlOf } from '../site/urls.ts';
import { buildSharedSchemas, SCHEMA_REF_PREFIX, type SharedSchemas } from './shared-schemas.ts';
import { deliveryDescription, exampleKeys, GENERATED, latestApiVersion, signingSummary } from './spec-common.ts';

export const ASYNCAPI_VERSION = '3.0.0';

const DRAFT_2020_ONLY = ['prefixItems', '$defs', '$dynamicRef', '$dynamicAnchor', 'unevaluatedProperties', 'unevaluatedItems', 'dependentSchemas', 'dependentRequired', 'contentSchema'];

/** Checks that a 2020-12 schema from zod means the same under draft-07 (as AsyncAPI reads it). */
export function toDraft07(schema: JsonSchema, where: string): JsonSchema {
	const visit = (node: unknown, path: string) => {
		if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}/${i}`));
		if (!node || typeof node !== 'object') return;
		for (const [key, value] of Object.entries(node)) {
			if (DRAFT_2020_ONLY.includes(key)) {
				throw new Error(`${where}${path}: "${key}" has no draft-07 equivalent, so asyncapi.json cannot publish this schema.`);
			}
			if (key === 'properties' && value && typeof value === 'object') {
				for (const [name, child] of Object.entries(value)) visit(child, `${path}/properties/${name}`);
			} else if (key !== 'const' && key !== 'enum' && key !== 'examples' && key !== 'default') {
				visit(value, `${path}/${key}`);
			}
		}
	};
	visit(schema, '');
	return schema;
}

/** A channel, operation and message id for an event: its slug, which is already name-safe. */
const idOf = (event: RegistryEvent) => event.slug;

export function emitAsyncApi(registry: PlainRegistry, events: RegistryEvent[], shared: SharedSchemas = buildSharedSchemas(registry, events)) {
	const { platform } = registry;
	const siteUrl = siteUrlOf(platform);
	const link = (route: string) => `${siteUrl}${route}`;
	const retry = summarizeRetryPolicy(platform.retry);
	const tagOf = new Map(platform.categories.map((category) => [category.id, { name: category.title, description: category.description }]));

	const channels: Record<string, unknown> = {};
	const operations: Record<string, unknown> = {};
	const messages: Record<string, unknown> = {};
	for (const event of events) {
		const id = idOf(event);
		const samples = event.deliveries.map((delivery) => ({ delivery, headers: signedHeaders(platform, delivery) }));
		const headerDocs = describeHeaders(platform, samples[0]?.headers, link);
		const keys = exampleKeys(event.deliveries.map((d) => d.name));
		const tags = [tagOf.get(event.category)!];
		messages[id] = {
			name: event.type,
			title: event.type,
			summary: event.summary,
			description: deliveryDescription(event, link),
			contentType: 'application/json',
			tags,
			headers: {
				type: 'object',
				required: headerDocs.map((header) => header.name),
				properties: Object.fromEntries(
					headerDocs.map((header) => [
						header.name,
						{ type: 'string', description: header.signing ? `Signature header. ${header.description}` : header.description },
					]),
				),
			},
			payload: { $ref: `${SCHEMA_REF_PREFIX}${shared.bodyComponent(event)}` },
			examples: samples.map(({ delivery, headers }, i) => ({ name: keys[i], summary: delivery.name, headers, payload: delivery.body })),
			bindings: { http: { bindingVersion: '0.3.0' } },
			...(event.deprecated ? { 'x-deprecated': true } : {}),
		};
		channels[id] = {
			// The receiver's endpoint: its URL is whatever the subscriber registered.
			address: null,
			title: event.type,
			summary: event.summary,
			description: `Deliveries of \`${event.type}\` to your webhook endpoint (the URL you subscribed).`,
			messages: { [id]: { $ref: `#/components/messages/${id}` } },
		};
		operations[id] = {
			action: 'send',
			channel: { $ref: `#/channels/${id}` },
			title: `Send ${event.type}`,
			summary: event.summary,
			description: `${platform.name} POSTs the event to your endpoint. ${retry.acknowledged} ${retry.failure}`,
			tags,
			messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
			bindings: { http: { method: 'POST', bindingVersion: '0.3.0' } },
		};
	}

	return {
		asyncapi: ASYNCAPI_VERSION,
		info: {
			title: `${platform.name} webhooks`,
			version: latestApiVersion(events),
			description: `${platform.description}\n\n${signingSummary(platform, link)}\n\n${GENERATED}`,
			tags: platform.categories.filter((category) => events.some((event) => event.category === category.id)).map((category) => tagOf.get(category.id)!),
			externalDocs: { description: 'The webhook reference', url: link('/') },
		},
		defaultContentType: 'application/json',
		channels,
		operations,
		components: {
			messages,
			schemas: Object.fromEntries(Object.entries(shared.components).map(([name, schema]) => [name, toDraft07(schema, `components/schemas/${name}`)])),
		},
	};
}
