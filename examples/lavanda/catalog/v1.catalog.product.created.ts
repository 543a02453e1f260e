import { defineEvent, z } from 'hookref';
import { productFields } from '../_shared.ts';

export default defineEvent({
	type: 'v1.catalog.product.created',
	category: 'catalog',
	summary: 'A product was created.',
	description: 'Emitted when a product is created in the catalog.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object(productFields()),
	samples: [
		{ name: 'Seed sample', data: {
			"product": {
				"id": "zzNnKbnw"
			},
			"productGroup": {
				"id": "wd8ML6JP"
			},
			"timestamp": "2025-09-25T14:53:39Z",
			"unitType": {
				"id": "1234567890"
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
