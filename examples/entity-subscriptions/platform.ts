import { definePlatform, z } from 'hookref';

// Seed 001 documents the subscription call and the event names, nothing about the delivered body,
// signature or retries. The envelope below is this example's stated assumption (see README.md).
export default definePlatform({
	name: 'Entity subscriptions',
	siteUrl: 'https://webhooks.entity-subscriptions.example',
	description:
		'You subscribe to one event at a time, named `entity/event_type` (for example `client/created` or ' +
		'`meeting/cancelled`), and give the `target_url` that receives a notification whenever that event occurs.',
	hosts: { primary: 'https://api.entity-subscriptions.example' },
	eventTypePattern: /^[a-z]+\/[a-z_]+$/,
	envelope: {
		schema: z.object({
			id: z.string().min(1).describe('Id of this notification. Assumed by this example: the source documents no body, so no format is enforced.'),
			event: z.string().describe('The subscribed event, `entity/event_type`, e.g. `client/created`.'),
			data: z.object({}).describe('The entity the event is about.'),
		}),
		typeFields: ['event'],
		dataField: 'data',
		idField: 'id',
		sample: (ctx) => ({ id: ctx.uuid() }),
		notes:
			'The source documents the subscription call and the event names only. The body shown here — the event name ' +
			'and the entity’s id, with a notification id — is this reference’s assumption, not a documented contract.',
	},
	headers: [{ name: 'Content-Type', value: 'application/json', description: 'Assumed: the body is JSON.' }],
	signing: {
		scheme: 'none',
		note:
			'The source documents **no signature** on notifications. Anyone who learns your `target_url` can post to it, ' +
			'so use an unguessable HTTPS URL and confirm each notification by fetching the entity through the API.',
	},
	retry: {
		documented: false,
		note: 'The source documents **no retry policy**. Answer with a 2xx status quickly and expect an event more than once.',
	},
	categories: [
		{ id: 'client', title: 'Clients', description: 'Client records.' },
		{ id: 'business', title: 'Businesses', description: 'Businesses in the directory, and rejected creation requests.' },
		{ id: 'meeting', title: 'Meetings', description: 'Scheduled meetings and their cancellation.' },
		{ id: 'payment', title: 'Payments', description: 'Payments received online or recorded by staff.' },
		{ id: 'billing', title: 'Invoices and estimates', description: 'Invoices and estimates issued to clients.' },
		{ id: 'message', title: 'Messages', description: 'Messages sent to clients.' },
	],
	subscription: {
		name: 'Subscribe to Webhook',
		eventsField: 'event',
		cardinality: 'one',
		urlField: 'target_url',
		notes:
			'Pass the notification URL in `target_url`; the call is available to Staff and Directory tokens. When the ' +
			'subscription fails (an invalid event format, the service unavailable) the call answers **HTTP 500** with ' +
			'`{"response": "Not Subscribed"}`, so treat any 500 as "not subscribed" and check the event name against this catalog.',
	},
	denyList: {
		policy:
			'The source refers to an enumeration of about 35 event types that it does not reproduce. This reference ' +
			'publishes the events the source names; a subscription to a name outside the platform’s enumeration is ' +
			'refused with the HTTP 500 `Not Subscribed` response.',
	},
});
