/**
 * `openapi.json`: OpenAPI 3.1 with one `webhooks` entry per public event, for SDK generators,
 * gateways, Postman, Redocly, Scalar and Bump.sh. Built from the same registry model as the pages.
 */
import type { RegistryEvent, PlainRegistry } from '../registry/model.ts';
import { summarizeRetryPolicy } from '../retry/retry-summary.ts';
import { describeHeaders, signedHeaders } from '../site/delivery-headers.ts';
import { siteUrlOf } from '../site/urls.ts';
import { buildSharedSchemas, SCHEMA_REF_PREFIX, type SharedSchemas } from './shared-schemas.ts';
import { deliveryDescription, exampleKeys, GENERATED, latestApiVersion, signingSummary } from './spec-common.ts';

export const OPENAPI_VERSION = '3.1.1';

export function emitOpenApi(registry: PlainRegistry, events: RegistryEvent[], shared: SharedSchemas = buildSharedSchemas(registry, events)) {
	const { platform } = registry;
	const siteUrl = siteUrlOf(platform);
	const link = (route: string) => `${siteUrl}${route}`;
	const retry = summarizeRetryPolicy(platform.retry);
	const titleOf = new Map(platform.categories.map((category) => [category.id, category.title]));

	const webhooks = Object.fromEntries(
		events.map((event) => {
			const samples = event.deliveries.map((delivery) => ({ delivery, headers: signedHeaders(platform, delivery) }));
			const parameters = describeHeaders(platform, samples[0]?.headers, link)
				// The media type below says the Content-Type; OpenAPI ignores a header parameter of that name.
				.filter((header) => header.name.toLowerCase() !== 'content-type')
				.map((header) => ({
					name: header.name,
					in: 'header',
					required: true,
					description: header.signing ? `Signature header. ${header.description}` : header.description,
					schema: { type: 'string' },
					example: header.value,
				}));
			const keys = exampleKeys(event.deliveries.map((d) => d.name));
			const operation = {
				operationId: event.slug,
				summary: event.summary,
				description: deliveryDescription(event, link),
				tags: [titleOf.get(event.category)!],
				...(event.deprecated ? { deprecated: true } : {}),
				parameters,
				requestBody: {
					required: true,
					description: `The delivery body of \`${event.type}\`: the envelope with this event's data.`,
					content: {
						'application/json': {
							schema: { $ref: `${SCHEMA_REF_PREFIX}${shared.bodyComponent(event)}` },
							examples: Object.fromEntries(
								samples.map(({ delivery }, i) => [keys[i]!, { summary: delivery.name, value: delivery.body }]),
							),
						},
					},
				},
				responses: {
					'2XX': { description: retry.acknowledged },
					default: { description: retry.failure },
				},
				// Webhooks are sent by the platform, not called with credentials; verification is the signature.
				security: [],
			};
			return [event.type, { post: operation }];
		}),
	);

	return {
		openapi: OPENAPI_VERSION,
		info: {
			title: `${platform.name} webhooks`,
			version: latestApiVersion(events),
			summary: `Every public ${platform.name} webhook event.`,
			description: `${platform.description}\n\n${signingSummary(platform, link)}\n\n${GENERATED}`,
		},
		// Where the webhooks come from; receivers need no server of the platform's to call.
		servers: [{ url: platform.hosts.primary, description: `The ${platform.name} API, which sends the webhooks.` }],
		externalDocs: { description: 'The webhook reference', url: link('/') },
		tags: platform.categories
			.filter((category) => events.some((event) => event.category === category.id))
			.map((category) => ({ name: category.title, description: category.description })),
		webhooks,
		components: { schemas: shared.components },
	};
}
