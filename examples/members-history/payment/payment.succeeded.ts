import { defineEvent, z } from 'hookref';
import { amount, currency, dateTime, memberId, paymentId } from '../_shared.ts';

export default defineEvent({
	type: 'payment.succeeded',
	category: 'payment',
	summary: 'A member’s payment went through.',
	description: 'Emitted once per successful charge, for subscriptions and one-off purchases alike.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		id: paymentId(),
		member_id: memberId('The paying member, `mem_…`.'),
		amount: amount(),
		currency: currency(),
		description: z.string().describe('What was paid for, as shown on the receipt.'),
		stripe_payment_intent_id: z
			.string()
			.regex(/^pi_[A-Za-z0-9]+$/)
			.describe('The Stripe PaymentIntent behind the charge, `pi_…`. Read `processor_reference` instead: it covers every payment processor.')
			.meta({ deprecated: true }),
		processor_reference: z.string().min(1).describe('The payment processor’s reference for the charge, e.g. a Stripe PaymentIntent `pi_…`.'),
		receipt_url: z.url().optional().describe('The hosted receipt, when the processor issued one.'),
		paid_at: dateTime('When the payment succeeded (RFC 3339, UTC).'),
	}),
	samples: [
		{
			name: 'Seed sample: monthly pro plan',
			data: {
				id: 'pay_123',
				member_id: 'mem_xyz',
				amount: 9900,
				currency: 'usd',
				description: 'Pro Plan - Monthly',
				stripe_payment_intent_id: 'pi_123',
				processor_reference: 'pi_123',
				receipt_url: 'https://pay.members.example/receipts/pay_123',
				paid_at: '2024-01-15T10:00:00Z',
			},
		},
	],
});
