import { defineEvent, z } from 'hookref';
import { amount, currency, dateTime, memberId, paymentId } from '../_shared.ts';

export default defineEvent({
	type: 'payment.failed',
	category: 'payment',
	summary: 'A member’s payment failed.',
	description: 'Emitted when a charge is declined or errors. `error_code` is machine-readable; `error_message` can be shown to the member.',
	apiVersion: '2025-12-01',
	visibility: 'public',
	data: z.object({
		id: paymentId(),
		member_id: memberId('The member who was charged, `mem_…`.'),
		amount: amount(),
		currency: currency(),
		error_code: z.string().min(1).nullable().describe('Why the payment failed, e.g. `card_declined`; `null` when the processor gave no code.'),
		error_message: z.string().describe('A human-readable explanation of the failure.'),
		failed_at: dateTime('When the payment failed (RFC 3339, UTC).'),
	}),
	samples: [
		{
			name: 'Seed sample: card declined',
			data: {
				id: 'pay_124',
				member_id: 'mem_xyz',
				amount: 9900,
				currency: 'usd',
				error_code: 'card_declined',
				error_message: 'Your card was declined.',
				failed_at: '2024-01-15T10:00:00Z',
			},
		},
	],
});
