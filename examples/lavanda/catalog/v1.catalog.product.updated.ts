import { defineEvent, z } from 'hookref';
import { productFields } from '../_shared.ts';

export default defineEvent({
	type: 'v1.catalog.product.updated',
	category: 'catalog',
	summary: 'A product was updated.',
	description: 'Emitted when a product is updated in the catalog.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object(productFields()),
	samples: [
		{ name: 'Seed sample', data: {
			"product": {
				"id": "h9DRRdkr"
			},
			"productGroup": {
				"id": "NNQLLngH"
			},
			"timestamp": "2025-11-03T11:18:15Z",
			"unitType": {
				"id": "123"
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
