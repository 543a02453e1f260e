import { defineEvent, z } from 'hookref';
import { ref, timestamp, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.catalog.product_group.updated',
	category: 'catalog',
	summary: 'A product group was updated.',
	description: 'Emitted when a product group is updated.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		productGroup: ref('product group', 'The product group.'),
		timestamp: timestamp(),
		workspace: workspace(),
	}),
	samples: [
		{ name: 'Seed sample', data: {
			"productGroup": {
				"id": "be5Kl6RE"
			},
			"timestamp": "2025-10-27T14:53:39Z",
			"workspace": {
				"id": "431236"
			}
		} },
	],
});
