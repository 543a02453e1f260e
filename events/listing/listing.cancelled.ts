import { defineEvent, z } from 'hookref';
import { actor, agencyId, listingNumber, money } from '../_shared.ts';

export default defineEvent({
	type: 'listing.cancelled',
	category: 'listing',
	summary: 'A listing was cancelled.',
	description: `Emitted when a listing is cancelled from the dashboard or the API. Cancelling also removes the
listing's upcoming shoots from the calendar (each one sends its own \`appointment.cancelled\`). A second
cancel is refused with \`409\`, so this event fires once per listing.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		reason: z.string().min(1).nullable().describe('The reason given when cancelling; `null` when none was given.'),
		fee_applied: money('The cancellation fee charged.', 'Fee in integer cents; `0` when no fee applies.'),
		cancelled_by: actor('Who cancelled the listing.'),
		source: z.enum(['api', 'dashboard']).describe('Where the cancellation came from.'),
		calendar_events_removed: z.int().nonnegative().describe('How many upcoming calendar events were removed.'),
	}),
	samples: [
		{
			name: 'Seller withdrew, late-cancellation fee',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'h4k9p2x',
				reason: 'Seller decided not to list this season.',
				fee_applied: { amount: 7500, currency: 'USD' },
				cancelled_by: 'user:usr_3f8k2m1q9z7w',
				source: 'dashboard',
				calendar_events_removed: 1,
			},
		},
		{
			name: 'Cancelled through the API, no fee',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'm2r7c4d',
				reason: null,
				fee_applied: { amount: 0, currency: 'USD' },
				cancelled_by: 'apikey:key_live_4mx82nq1',
				source: 'api',
				calendar_events_removed: 0,
			},
		},
	],
});
