import { defineEvent, z } from 'hookref';
import { agencyId, listingNumber } from '../_shared.ts';

const count = (description: string) => z.int().nonnegative().optional().describe(description);

export default defineEvent({
	type: 'listing.section_modified',
	category: 'listing',
	summary: 'A listing section was updated.',
	description: `Emitted when one section of a listing (gallery, home details, features, documents, Matterport tour
or floor plan) is changed in a single atomic operation. \`summary\` counts what changed; which counts appear
depends on the section. Each save emits one event.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		section: z
			.enum(['gallery', 'home', 'features', 'documents', 'matterport', 'floorplan'])
			.describe('The section that changed.'),
		operation: z
			.enum(['set', 'replace', 'append', 'remove'])
			.describe('How it changed: set a value, replace the whole section, append items, or remove items.'),
		summary: z
			.object({
				images_added: count('Gallery images added.'),
				images_removed: count('Gallery images removed.'),
				documents_added: count('Documents added.'),
				documents_removed: count('Documents removed.'),
				features_changed: count('Feature entries changed.'),
				fields_changed: count('Home-detail fields changed.'),
			})
			.describe('Counts of what changed; only the counts relevant to the section are present.'),
	}),
	samples: [
		{
			name: 'Photos appended to the gallery',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'h4k9p2x',
				section: 'gallery',
				operation: 'append',
				summary: { images_added: 38 },
			},
		},
		{
			name: 'Floor plan removed',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'q8w3e5r',
				section: 'floorplan',
				operation: 'remove',
				summary: {},
			},
		},
	],
});
