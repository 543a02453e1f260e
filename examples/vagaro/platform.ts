import { definePlatform, z } from 'hookref';

export default definePlatform({
	name: 'Vagaro',
	siteUrl: 'https://webhooks.vagaro.example',
	description:
		'When a key event occurs on the platform — an appointment is booked, changed or deleted, a customer is updated, ' +
		'a form is answered or a transaction is recorded — a `POST` request with a JSON body is sent to the URL ' +
		'configured in your webhook object. Every body has the same envelope; `payload` depends on the event.',
	hosts: { primary: 'https://api.vagaro.example' },
	// An event is a type and an action, e.g. `appointment` + `created`; camelCase types such as `formResponse`.
	eventTypePattern: /^[a-z][A-Za-z]*\.[a-z]+$/,
	envelope: {
		schema: z.object({
			// "The unique ID of the event": the seed states no format, so none is enforced.
			id: z
				.string()
				.min(1)
				.describe('The unique id of the event, e.g. `254FA623-D2B0-4785-A07D-A1A7059C74FF` (no format is documented). The same when a delivery is retried: use it to process each event once.'),
			createdDate: z.iso
				.datetime()
				.describe('When the event was generated: `YYYY-MM-DDThh:mm:ss[.SSS]Z`, milliseconds optional.'),
			type: z.string().describe('The event type: `appointment`, `customer`, `formResponse` or `transaction`.'),
			action: z.string().describe('The event action: `created`, `updated` or `deleted`.'),
			payload: z.object({}).describe('The payload of the event; its contents depend on the type.'),
		}),
		typeFields: ['type', 'action'],
		typeSeparator: '.',
		dataField: 'payload',
		idField: 'id',
		sample: (ctx) => ({
			id: ctx.uuid().toUpperCase(),
			createdDate: new Date(ctx.timestamp * 1000).toISOString().replace('.000Z', 'Z'),
		}),
		notes: 'An event is identified by the pair `type` + `action`; this reference names it `type.action`, e.g. `appointment.created`.',
	},
	headers: [{ name: 'Content-Type', value: 'application/json', description: 'The body is JSON.' }],
	signing: {
		scheme: 'none',
		note:
			'Vagaro’s webhook documentation describes **no signature** on deliveries, so there is nothing to verify and ' +
			'this reference does not invent a scheme. Receive webhooks on an HTTPS endpoint with an unguessable path, ' +
			'and treat the body as a notification: confirm anything important through the authenticated API before acting on it.',
	},
	retry: {
		timeoutSeconds: 20,
		// "will retry up 5 times over a period of 15 minutes using an exponential backoff strategy"
		schedule: { kind: 'exponential', retries: 5, factor: 2, windowSeconds: 900 },
		notes:
			'The documentation gives the number of retries, the 15-minute window and the backoff strategy but not the ' +
			'exact delays: the table assumes each delay doubles.',
	},
	categories: [
		{ id: 'appointment', title: 'Appointments', description: 'Appointments created, updated or deleted.' },
		{ id: 'customer', title: 'Customers', description: 'Customer profiles updated, attached to a business or removed from one.' },
		{ id: 'form', title: 'Form responses', description: 'Submissions of forms by customers.' },
		{ id: 'transaction', title: 'Transactions', description: 'Sales recorded at checkout.' },
	],
	subscription: {
		documented: false,
		note:
			'Webhooks are delivered to the URL configured in your webhook object; the documentation does not describe ' +
			'the call that creates it or how to choose event types.',
	},
	denyList: {
		policy:
			'The documentation lists four event types and their actions as the complete set of webhook triggers. ' +
			'This reference publishes exactly those; nothing else is delivered.',
	},
});
