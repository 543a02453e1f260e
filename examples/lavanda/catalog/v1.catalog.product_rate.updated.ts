import { defineEvent, z } from 'hookref';
import { ref, timestamp, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.catalog.product_rate.updated',
	category: 'catalog',
	summary: 'A product’s rate changed.',
	description: 'Emitted when the price calendar of a product changes. Each calendar entry prices a span; open-ended spans use `-Infinity` and `+Infinity`.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		product: ref('product', 'Product affected by the rate change.'),
		rate: z
		.object({
			calendar: z
				.array(
					z.object({
						amount_cents: z.int().nonnegative().describe('Price per interval, in the currency’s minor unit.'),
						span: z
							.object({
								from: z.union([z.iso.datetime(), z.literal('-Infinity')]).describe('Start of the span (RFC 3339), or `-Infinity`.'),
								to: z.union([z.iso.datetime(), z.literal('+Infinity')]).describe('End of the span (RFC 3339), or `+Infinity`.'),
							})
							.describe('The span the price applies to.'),
					}),
				)
				.describe('Prices by time span.'),
			currency: z.string().min(1).describe('Currency of the prices, e.g. `GBP` (the seed\'s only value; it does not say which code list).'),
			interval: z.string().min(1).describe('The period a price is for, e.g. `WEEKLY`.'),
		})
		.describe('Rate definition for the product.'),
		timestamp: timestamp('When the event occurred (RFC 3339, UTC).'),
		workspace: workspace(),
	}),
	samples: [
		{ name: 'Seed sample: one open-ended weekly price', data: {
			"product": {
				"id": "VecTmh6k"
			},
			"rate": {
				"calendar": [
					{
						"amount_cents": 20000,
						"span": {
							"from": "-Infinity",
							"to": "+Infinity"
						}
					}
				],
				"currency": "GBP",
				"interval": "WEEKLY"
			},
			"timestamp": "2025-08-18T12:36:51Z",
			"workspace": {
				"id": "1234567890"
			}
		} },
		{ name: 'Summer surcharge', data: {
			"product": {
				"id": "VecTmh6k"
			},
			"rate": {
				"calendar": [
					{
						"amount_cents": 20000,
						"span": {
							"from": "-Infinity",
							"to": "2026-06-30T23:59:59Z"
						}
					},
					{
						"amount_cents": 26500,
						"span": {
							"from": "2026-07-01T00:00:00Z",
							"to": "2026-08-31T23:59:59Z"
						}
					},
					{
						"amount_cents": 20000,
						"span": {
							"from": "2026-09-01T00:00:00Z",
							"to": "+Infinity"
						}
					}
				],
				"currency": "GBP",
				"interval": "WEEKLY"
			},
			"timestamp": "2026-03-02T09:15:00Z",
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
