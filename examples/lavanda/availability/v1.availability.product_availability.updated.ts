import { defineEvent, z } from 'hookref';
import { ref, span, timestamp, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.availability.product_availability.updated',
	category: 'availability',
	summary: 'A product’s availability changed.',
	description: 'Emitted when the number of units available for a product changes over some time span.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		availability: z
		.array(
			z.object({
				available: z.int().nonnegative().describe('Units available in the span.'),
				span: span('The time span the counts apply to.'),
				total: z.int().nonnegative().describe('Units of the product in total.'),
			}),
		)
		.describe('Availability records, one per span.'),
		product: ref('product', 'The product the availability refers to.'),
		timestamp: timestamp(),
		workspace: workspace(),
	}),
	samples: [
		{ name: 'Seed sample: 4 of 5 units free', data: {
			"availability": [
				{
					"available": 4,
					"span": {
						"from": "2025-08-11T14:53:39Z",
						"to": "2025-09-29T23:59:59Z"
					},
					"total": 5
				}
			],
			"product": {
				"id": "VecTmh6k"
			},
			"timestamp": "2025-08-11T14:53:39Z",
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
