import { defineEvent, z } from 'hookref';
import { dateTime, memberId, planId, subscriptionId } from '../_shared.ts';

export default defineEvent({
	type: 'subscription.cancelled',
	category: 'subscription',
	summary: 'A member cancelled a subscription.',
	description:
		'Emitted when a subscription is cancelled. With `cancel_at_period_end`, access continues until `effective_date`; ' +
		'otherwise the cancellation is immediate.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		id: subscriptionId(),
		member_id: memberId('The member whose subscription ends, `mem_…`.'),
		plan_id: planId('The cancelled plan.'),
		cancel_at_period_end: z.boolean().describe('`true` when the subscription runs until the end of the paid period.'),
		cancelled_at: dateTime('When the member cancelled (RFC 3339, UTC).'),
		effective_date: dateTime('When the subscription actually ends (RFC 3339, UTC).'),
	}),
	samples: [
		{
			name: 'Seed sample: cancel at period end',
			data: {
				id: 'sub_123',
				member_id: 'mem_xyz',
				plan_id: 'pro',
				cancel_at_period_end: true,
				cancelled_at: '2024-01-15T10:00:00Z',
				effective_date: '2024-02-15T00:00:00Z',
			},
		},
	],
});
