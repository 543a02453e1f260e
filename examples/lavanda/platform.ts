import { definePlatform, z } from 'hookref';

export default definePlatform({
	name: 'Lavanda',
	siteUrl: 'https://webhooks.lavanda.example',
	description:
		'Lavanda delivers its webhooks through Svix. Every delivery is a flat JSON object: the event `id` and `type` ' +
		'sit beside the objects the event is about (a `booking`, a `unit`, a `workspace`…), each named by its id.',
	hosts: { primary: 'https://api.lavanda.example' },
	// Versioned, dotted types: `v1.` then the domain, the object and what happened.
	eventTypePattern: /^v1(\.[a-z][a-z_]*){2,}$/,
	envelope: {
		schema: z.object({
			// The seed promises no format, and one of its own ids is not hexadecimal: no pattern here.
			id: z
				.string()
				.min(1)
				.describe(
					'The unique identifier for the event, e.g. `booking_889d2a18-c760-4b4a-80f3-a7fb9a3f8fbc`: in the seed, the domain, ' +
						'`_`, then 36 characters. Treat it as an opaque string: no format is documented, and not every id is a UUID ' +
						'(`catalog_132e63d2-k4sp-543k-t42a-859430200123`).',
				),
			type: z.string().describe('The type of event, e.g. `v1.booking.created`.'),
		}),
		typeFields: ['type'],
		dataField: null,
		idField: 'id',
		sample: (ctx) => ({ id: `${ctx.type.split('.')[1]}_${ctx.uuid()}` }),
		notes:
			'The envelope is flat: besides `id` and `type`, each event has its own top-level fields, and some carry a ' +
			'`timestamp`. The signature travels in the `webhook-*` headers that Svix adds.',
	},
	headers: [{ name: 'Content-Type', value: 'application/json', description: 'The body is JSON.' }],
	signing: {
		scheme: 'standard-webhooks',
		toleranceSeconds: 300,
		testSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
		secretNote:
			'Each endpoint has its own `whsec_` signing secret, issued by Svix when the endpoint is created. Keep it ' +
			'out of source control; the samples here use a documented test secret.',
	},
	retry: {
		// Svix's published schedule (immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h); the seed
		// defers to Svix's guide for delivery behaviour.
		timeoutSeconds: 15,
		schedule: { kind: 'explicit', delaysSeconds: [5, 300, 1800, 7200, 18000, 36000, 36000] },
		deadLetter: 'After the last attempt the message is marked as failed; it can be resent from the Svix consumer portal.',
		notes: 'Deliveries are not ordered: use the ids in the body to fetch the current state when order matters.',
	},
	categories: [
		{ id: 'auth_identity', title: 'Auth identity', description: 'Users of a workspace and their role bindings.' },
		{ id: 'availability', title: 'Availability', description: 'Availability of products and units over time spans.' },
		{ id: 'booking', title: 'Bookings', description: 'Bookings: created, updated, their time-to-live, and expiry.' },
		{ id: 'catalog', title: 'Catalog', description: 'Products, product groups and their rates.' },
		{ id: 'crm', title: 'CRM', description: 'Companies, contacts and leads in a CRM namespace.' },
		{ id: 'spaces', title: 'Spaces', description: 'Buildings and the units inside them.' },
		{ id: 'tickets_tasks', title: 'Tickets and tasks', description: 'Support tickets and operational tasks.' },
	],
	subscription: {
		documented: false,
		note:
			'Endpoints are managed through Svix; the source points to Svix’s guide to consuming webhooks and does not ' +
			'document the call that chooses event types.',
	},
	denyList: {
		policy: 'The source presents these as "the event types that we currently send"; no other type is delivered.',
	},
});
