import { defineEvent, z } from 'hookref';
import { actor, agencyId, listingNumber } from '../_shared.ts';

const value = (description: string) =>
	z.union([z.string(), z.number(), z.boolean(), z.null()]).describe(description);

export default defineEvent({
	type: 'listing.updated',
	category: 'listing',
	summary: 'Listing metadata changed.',
	description: `Emitted when tracked listing metadata changes: the address, the assigned agents, or selected
property data. \`changes\` maps each changed field, by its dotted path, to its old and new value, and is
never empty. Changes to listing sections send \`listing.section_modified\` instead.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		changed_by: actor('Who made the change.'),
		changes: z
			.record(
				z.string().regex(/^[a-z_]+(\.[a-z_]+)*$/),
				z
					.object({ old: value('The value before the change.'), new: value('The value after the change.') })
					.describe('One changed field.'),
			)
			// zod enforces "never empty" with the refinement; `minProperties` says it in the JSON Schema.
			.refine((changes) => Object.keys(changes).length > 0, 'must list at least one change')
			.meta({ minProperties: 1 })
			.describe('Changed fields by dotted path, e.g. `property.bedrooms`; never empty.'),
	}),
	samples: [
		{
			name: 'Address corrected and second agent added',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'h4k9p2x',
				changed_by: 'user:usr_3f8k2m1q9z7w',
				changes: {
					address: { old: '1842 Alder Creek Ln, Boise, ID 83702', new: '1842 Alder Creek Lane, Boise, ID 83702' },
					agent_two_id: { old: null, new: 'usr_6t2y8u4i0o1p' },
				},
			},
		},
		{
			name: 'Bedroom count changed through the API',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'q8w3e5r',
				changed_by: 'apikey:key_live_4mx82nq1',
				changes: { 'property.bedrooms': { old: 3, new: 4 } },
			},
		},
	],
});
