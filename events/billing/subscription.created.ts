import { defineEvent, z } from 'hookref';
import { agencyId, dateTime, subscriptionPrice } from '../_shared.ts';

export default defineEvent({
	type: 'subscription.created',
	category: 'billing',
	summary: 'An agency started a new platform subscription.',
	description: `Emitted when an agency starts a platform subscription, either paid straight away (\`active\`) or
on a trial (\`trialing\`). \`ends_at\` is \`null\` for a subscription that renews until it is cancelled.
Deduplicate on \`subscription_id\`.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		subscription_id: z.string().regex(/^sub_[0-9a-z]{12}$/).describe('Id of the subscription.'),
		plan_id: z.string().regex(/^plan_[a-z0-9_]+$/).describe('The plan subscribed to, e.g. `plan_pro_monthly`.'),
		status: z.enum(['active', 'trialing']).describe('`trialing` while a trial runs, `active` once paid.'),
		started_at: dateTime('When the subscription started (RFC 3339, UTC).'),
		ends_at: z.iso.datetime().nullable().describe('When the subscription ends (RFC 3339, UTC); `null` when it renews until cancelled.'),
		price: subscriptionPrice(),
	}),
	samples: [
		{
			name: 'Monthly Pro plan, paid',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				subscription_id: 'sub_4n8q2w6e0r3t',
				plan_id: 'plan_pro_monthly',
				status: 'active',
				started_at: '2026-06-01T00:00:00Z',
				ends_at: null,
				price: { amount: 14900, currency: 'USD', interval: 'month' },
			},
		},
		{
			name: 'Annual plan on a 14-day trial',
			data: {
				agency_id: 'agy_1b5n9v3c7x2z',
				subscription_id: 'sub_9k3j7h1g5f2d',
				plan_id: 'plan_team_annual',
				status: 'trialing',
				started_at: '2026-06-15T17:22:40Z',
				ends_at: '2026-06-29T17:22:40Z',
				price: { amount: 159000, currency: 'USD', interval: 'year' },
			},
		},
	],
});
