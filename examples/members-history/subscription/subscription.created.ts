import { defineEvent, z } from 'hookref';
import { dateTime, memberId, planId, subscriptionId } from '../_shared.ts';

export default defineEvent({
	type: 'subscription.created',
	category: 'subscription',
	summary: 'A member started a paid subscription.',
	description: 'Emitted when a subscription is created for a member, with its first billing period.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		id: subscriptionId(),
		member_id: memberId('The subscribing member, `mem_…`.'),
		plan_id: planId('The subscribed plan.'),
		status: z.string().min(1).describe('The subscription’s status, e.g. `active`. The source lists no other values.'),
		current_period_start: dateTime('Start of the current billing period (RFC 3339, UTC).'),
		current_period_end: dateTime('End of the current billing period (RFC 3339, UTC).'),
		stripe_subscription_id: z.string().min(1).describe('The matching subscription id at the payment processor (Stripe).'),
	}),
	samples: [
		{
			name: 'Seed sample: monthly pro plan',
			data: {
				id: 'sub_123',
				member_id: 'mem_xyz',
				plan_id: 'pro',
				status: 'active',
				current_period_start: '2024-01-15T00:00:00Z',
				current_period_end: '2024-02-15T00:00:00Z',
				stripe_subscription_id: 'sub_stripe_123',
			},
		},
	],
});
