import { definePlatform, z } from 'hookref';

// Seed 004 documents the payloads only: no platform name, hosts, signature, retries or
// subscription call. Hosts use the reserved `.example` domain; everything the seed is silent on
// is declared as undocumented so that the site says so instead of inventing it.
export default definePlatform({
	name: 'Members (history)',
	siteUrl: 'https://webhooks.members.example',
	description:
		'The membership platform sends an HTTPS `POST` with a JSON body whenever something happens to the members, ' +
		'forms, subscriptions, payments, support tickets and testimonials of a project. Every delivery carries one ' +
		'event in the same envelope; `data` is specific to the event type.',
	hosts: { primary: 'https://api.members.example' },
	eventTypePattern: /^[a-z]+\.[a-z_]+$/,
	envelope: {
		schema: z.object({
			id: z.string().regex(/^evt_[A-Za-z0-9]+$/).describe('Unique event id, `evt_` followed by letters or digits. Deduplicate on it.'),
			event: z.string().describe('The event type, e.g. `member.created`.'),
			created_at: z.iso.datetime().describe('When the event happened (RFC 3339, UTC).'),
			project_id: z.string().regex(/^proj_[A-Za-z0-9]+$/).describe('The project the event belongs to.'),
			data: z.object({}).describe('The event-specific payload, documented per event type.'),
		}),
		typeFields: ['event'],
		dataField: 'data',
		idField: 'id',
		sample: (ctx) => ({
			id: `evt_${ctx.hex(10)}`,
			created_at: new Date(ctx.timestamp * 1000).toISOString().replace('.000Z', 'Z'),
			project_id: 'proj_4k9d2m7x',
		}),
	},
	headers: [{ name: 'Content-Type', value: 'application/json', description: 'The body is JSON.' }],
	signing: {
		scheme: 'none',
		note:
			'The source documentation describes **no signature** for these deliveries, so this reference publishes none. ' +
			'Treat a delivery as a hint, not as proof: anyone who learns your endpoint URL can post to it. Use a long, ' +
			'unguessable endpoint path over HTTPS, and before acting on a delivery, fetch the object it names through the ' +
			'authenticated API.',
	},
	retry: {
		documented: false,
		note:
			'The source documentation describes **no retry policy**: neither a timeout nor a schedule. Answer with a 2xx ' +
			'status quickly, and still be ready to receive an event more than once.',
	},
	categories: [
		{ id: 'member', title: 'Members', description: 'Members of a project: sign-ups, profile changes, logins, plan changes, deletions.' },
		{ id: 'form', title: 'Forms', description: 'Forms built in a project and the submissions they receive.' },
		{ id: 'subscription', title: 'Subscriptions', description: 'Paid plan subscriptions of members.' },
		{ id: 'payment', title: 'Payments', description: 'Card payments of members, successful or failed.' },
		{ id: 'ticket', title: 'Support tickets', description: 'Support tickets opened by customers and the replies to them.' },
		{ id: 'testimonial', title: 'Testimonials', description: 'Testimonials submitted by customers and their moderation.' },
	],
	subscription: {
		documented: false,
		note: 'The source documentation does not describe how endpoints subscribe to events.',
	},
	denyList: {
		policy:
			'The source documentation lists the events below as the complete list and names no other. This reference ' +
			'publishes exactly that list; any other event the platform may emit is not part of the public contract.',
	},
});
