import { defineEvent, z } from 'hookref';
import { actor, agencyId, listingNumber, listingStatus, objectId, userId } from '../_shared.ts';

export default defineEvent({
	type: 'listing.created',
	category: 'listing',
	summary: 'A new listing was created via API or dashboard.',
	description: `Emitted once when a listing (also called a tour) is created, from the dashboard or the API. New
listings start in status \`Coming Soon\` and may not be activated yet. \`listing_id\` is the permanent id;
\`listing_number\` is the short public number used in URLs.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		listing_id: objectId('Permanent id of the listing: a 24-character hex ObjectId (the same as `tour_id` elsewhere).'),
		listing_number: listingNumber(),
		address: z.string().min(1).describe('The property’s street address, as entered.'),
		owner_user_id: userId('The user who owns the listing.'),
		agent_one_id: z.string().regex(/^usr_[0-9a-z]{12}$/).nullable().describe('The listing’s first agent; `null` when none is assigned.'),
		agent_two_id: z.string().regex(/^usr_[0-9a-z]{12}$/).nullable().describe('The listing’s second agent; `null` when none is assigned.'),
		status: listingStatus('The listing’s status; new listings start as `Coming Soon`.'),
		is_activated: z.boolean().describe('Whether the listing has been activated (billed and visible to its agents).'),
		created_by: actor('Who created the listing.'),
		public_url: z.url().describe('The listing’s public property page.'),
	}),
	samples: [
		{
			name: 'Created in the dashboard with one agent',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_id: '665f1c2ab7e4d90012a3b4c5',
				listing_number: 'h4k9p2x',
				address: '1842 Alder Creek Lane, Boise, ID 83702',
				owner_user_id: 'usr_3f8k2m1q9z7w',
				agent_one_id: 'usr_3f8k2m1q9z7w',
				agent_two_id: null,
				status: 'Coming Soon',
				is_activated: false,
				created_by: 'user:usr_3f8k2m1q9z7w',
				public_url: 'https://valara.cloud/l/h4k9p2x',
			},
		},
	],
});
