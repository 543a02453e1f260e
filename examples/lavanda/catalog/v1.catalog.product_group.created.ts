import { defineEvent, z } from 'hookref';
import { ref, timestamp, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.catalog.product_group.created',
	category: 'catalog',
	summary: 'A product group was created.',
	description: 'Emitted when a product group is created.',
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
				"id": "wd8ML6JP"
			},
			"timestamp": "2025-09-25T14:53:39Z",
			"workspace": {
				"id": "123456789"
			}
		} },
	],
});
