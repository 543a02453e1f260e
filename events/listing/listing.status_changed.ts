import { defineEvent, z } from 'hookref';
import { actor, agencyId, listingNumber, listingStatus } from '../_shared.ts';

export default defineEvent({
	type: 'listing.status_changed',
	category: 'listing',
	summary: "A listing's status transitioned.",
	description: `Emitted when a listing moves from one status to another. Only real transitions fire: saving the
current status again does not. \`side_effects\` tells you what the transition unlocked, such as image
variants that become downloadable once a listing is \`Active\`.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		old_status: listingStatus('The status before the transition.'),
		new_status: listingStatus('The status after the transition.'),
		changed_by: actor('Who changed the status.'),
		source: z.enum(['dashboard', 'api', 'system']).describe('Where the change came from; `system` for automatic transitions.'),
		side_effects: z
			.object({
				image_variants_unlocked: z
					.array(z.string().min(1).describe('An image variant name.'))
					.describe('Image variants that became available, e.g. `mls`, `print`; empty when none.'),
				public_url_indexable: z.boolean().describe('Whether search engines may now index the public page.'),
			})
			.describe('What the transition changed besides the status.'),
	}),
	samples: [
		{
			name: 'Coming Soon to Active',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'h4k9p2x',
				old_status: 'Coming Soon',
				new_status: 'Active',
				changed_by: 'user:usr_3f8k2m1q9z7w',
				source: 'dashboard',
				side_effects: { image_variants_unlocked: ['mls', 'print', 'social'], public_url_indexable: true },
			},
		},
		{
			name: 'Archived automatically after the sale',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'm2r7c4d',
				old_status: 'Sold',
				new_status: 'Archived',
				changed_by: 'admin:adm_scheduler',
				source: 'system',
				side_effects: { image_variants_unlocked: [], public_url_indexable: false },
			},
		},
	],
});
