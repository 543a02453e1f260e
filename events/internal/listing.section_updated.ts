import { defineEvent, z } from 'hookref';
import { agencyId, listingNumber } from '../_shared.ts';

// Internal: the non-atomic predecessor of listing.section_modified, still emitted inside the
// platform. It stays on the deny list and must never be published.
export default defineEvent({
	type: 'listing.section_updated',
	category: 'listing',
	summary: 'A field inside a listing section was written.',
	description: `Emitted for every individual field write inside a listing section, several times per save.
Integrators receive one \`listing.section_modified\` per save instead.`,
	apiVersion: '2026-05-29',
	visibility: 'internal',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		section: z.string().min(1).describe('The section written to.'),
		field: z.string().min(1).describe('The field written, as a dotted path.'),
	}),
	samples: [
		{
			name: 'One field of the home section',
			data: { agency_id: 'agy_7k2m9q4x1c8d', listing_number: 'h4k9p2x', section: 'home', field: 'property.bedrooms' },
		},
	],
});
