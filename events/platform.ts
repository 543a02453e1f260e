import { definePlatform, z } from 'hookref';

export default definePlatform({
	name: 'Valara',
	siteUrl: 'https://webhooks.valara.cloud',
	description:
		'Valara sends a signed HTTPS `POST` to your endpoint whenever something happens to the listings, ' +
		'appointments, media deliveries, users and billing of the agencies you integrate with. ' +
		'Each delivery carries one event in a shared envelope; the `data` object is specific to the event type.',
	hosts: {
		primary: 'https://valara.cloud',
		legacy: ['https://dash.jacoballenmedia.com'],
	},
	catalogEndpoint: {
		method: 'GET',
		path: '/api/v1/webhooks/events',
		notes: 'Requires the `webhooks:read` scope; limited to 60 requests per minute.',
	},
	envelope: {
		schema: z.object({
			event_id: z
				.string()
				.regex(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/)
				.describe(
					'Unique event id: `evt_` followed by a ULID. The same across retries and replays; deduplicate on it.',
				),
			event_type: z.string().describe('The event type from the catalog, e.g. `listing.created`.'),
			api_version: z
				.string()
				.regex(/^\d{4}-\d{2}-\d{2}$/)
				.describe('The API version (`YYYY-MM-DD`) that locks the shape of `data` for this event type.'),
			timestamp: z
				.int()
				.positive()
				.describe('Unix seconds at dispatch. Repeated in `X-Webhook-Timestamp` and part of the signed string.'),
			nonce: z
				.string()
				.regex(/^[0-9a-f]{32}$/)
				.describe('Unique per delivery attempt (changes on every retry). Remember it to refuse replays.'),
			is_sandbox: z
				.boolean()
				.describe('`true` when a sandbox (`sk_test_*`) key caused the event.'),
			data: z.object({}).describe('The event-specific payload, documented per event type.'),
		}),
		typeFields: ['event_type'],
		dataField: 'data',
		idField: 'event_id',
		versionField: 'api_version',
		sample: (ctx) => ({
			event_id: `evt_${ctx.ulid()}`,
			timestamp: ctx.timestamp,
			nonce: ctx.hex(32),
			is_sandbox: false,
		}),
		notes:
			'The signature travels only in a header, never in the body: a body field would make the HMAC ' +
			'depend on its own output. Key order is stable, but receivers must not rely on it.',
	},
	headers: [
		{ name: 'Content-Type', value: 'application/json', description: 'Always JSON, UTF-8.' },
		{ name: 'X-Webhook-Event-Type', value: '{event_type}', description: 'The event type, as in the body.' },
		{ name: 'X-Webhook-Event-Id', value: '{event_id}', description: 'Equals `event_id` in the body.' },
	],
	signing: {
		scheme: 'hmac-sha256',
		signatureHeader: 'X-Webhook-Signature',
		timestampHeader: 'X-Webhook-Timestamp',
		signaturePrefix: 'sha256=',
		toleranceSeconds: 300,
		nonceField: 'nonce',
		replayWindowSeconds: 600,
		testSecret: 'test_secret_001',
		secretNote:
			'Each endpoint has its own signing secret, shown once in the response of ' +
			'`POST /api/v1/webhooks/endpoints`. Store it like a password.',
	},
	retry: {
		timeoutSeconds: 10,
		schedule: { kind: 'explicit', delaysSeconds: [2, 4, 8, 16, 32] },
		deadLetter:
			'After the last attempt fails, the delivery moves to the endpoint’s dead-letter queue.',
		replay:
			'An operator replays dead-lettered deliveries from the dashboard (at most 10 replays per minute per ' +
			'endpoint). A replay keeps the same `event_id` and gets a new `nonce` and timestamp.',
		notes:
			'Ordering is not guaranteed: use the timestamps in `data`, not arrival order. Each endpoint receives at ' +
			'most 1,000 deliveries per hour; test fires are limited to 5 per minute.',
	},
	categories: [
		{
			id: 'appointment',
			title: 'Appointment Lifecycle',
			description: 'Photo and video shoot appointments: booked, moved, cancelled, and reconciled nightly.',
		},
		{
			id: 'billing',
			title: 'Billing',
			description: 'Platform subscriptions of agencies and payments of their invoices.',
		},
		{
			id: 'listing',
			title: 'Listing Lifecycle',
			description: 'Listings (also called tours): created, edited, moved through their statuses, cancelled.',
		},
		{
			id: 'media',
			title: 'Media',
			description: 'Delivery of a listing’s finished media to the agent’s cloud storage.',
		},
		{
			id: 'user',
			title: 'User Lifecycle',
			description: 'Users provisioned under an agency, moved in its hierarchy, or deactivated.',
		},
	],
	subscription: {
		method: 'POST',
		path: '/api/v1/webhooks/endpoints',
		eventsField: 'event_types',
		cardinality: 'many',
		omitMeansAll: true,
		notes: 'The response returns the endpoint’s signing secret once; it cannot be read again.',
	},
	denyList: {
		policy:
			'Valara emits more events than it publishes. Events that are not in the catalog are on the public deny ' +
			'list: they are internal to the platform, carry no compatibility promise, and are intentionally ' +
			'unavailable through the public subscription surface. Subscribing to a type that is not in the catalog ' +
			'is rejected, and API triggers for denied events answer `404 endpoint_not_in_scope`.',
	},
	versioning:
		'Additive changes (new fields, new event types) ship within an `api_version`. Removing or renaming a field ' +
		'requires a new `api_version` and a 12-month deprecation window. The generally available version is `2026-05-29`.',
});
