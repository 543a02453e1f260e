import { defineEvent, z } from 'hookref';
import { agencyId, cents, currency, dateTime } from '../_shared.ts';

export default defineEvent({
	type: 'invoice.payment_made',
	category: 'billing',
	summary: 'A Square invoice transitioned to PAID.',
	description: `Emitted when an invoice in the payment processor (Square) becomes fully paid. Invoices for a
listing's media carry its \`listing_number\`; invoices for the platform subscription alone carry \`null\`.
An invoice becomes paid once, so \`invoice_id\` is a safe dedup key.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		invoice_id: z.string().regex(/^inv_[0-9a-z]{12}$/).describe('The platform’s invoice id.'),
		square_invoice_id: z.string().regex(/^inv:[0-9A-Za-z-]+$/).describe('The invoice id in Square, prefixed `inv:`.'),
		listing_number: z
			.string()
			.regex(/^[a-z0-9]{7}$/)
			.nullable()
			.describe('The listing the invoice is for; `null` for subscription-only invoices.'),
		amount: cents('Amount paid, in integer cents (never a float).'),
		currency: currency(),
		payment_method: z.enum(['card', 'bank', 'cash', 'other']).describe('How the invoice was paid.'),
		paid_at: dateTime('When Square recorded the payment (RFC 3339, UTC).'),
	}),
	samples: [
		{
			name: 'Media invoice paid by card',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				invoice_id: 'inv_8d2k4m6p9r1t',
				square_invoice_id: 'inv:0-ChCHu2mZ9VtKpL3sEwXq7Yd2EJ4I',
				listing_number: 'h4k9p2x',
				amount: 34900,
				currency: 'USD',
				payment_method: 'card',
				paid_at: '2026-06-13T20:14:09Z',
			},
		},
		{
			name: 'Subscription-only invoice paid by bank transfer',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				invoice_id: 'inv_2f5h7j9l1n3q',
				square_invoice_id: 'inv:0-ChDx81LmQa4RbT6wYk0PzN5cGH2E',
				listing_number: null,
				amount: 14900,
				currency: 'USD',
				payment_method: 'bank',
				paid_at: '2026-07-01T08:00:52Z',
			},
		},
	],
});
