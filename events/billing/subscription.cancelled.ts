import { defineEvent, z } from 'hookref';
import { agencyId, dateTime, subscriptionPrice } from '../_shared.ts';

export default defineEvent({
	type: 'subscription.cancelled',
	category: 'billing',
	summary: 'An agency cancelled their subscription.',
	description: `Emitted when an agency's platform subscription is cancelled, by the agency or automatically for
non-payment. The payload has the same fields as \`subscription.created\`, but \`status\` is always
\`cancelled\` and \`ends_at\` is always set: the end of the paid period, or the moment of cancellation when
it takes effect immediately. A subscription is cancelled once.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		subscription_id: z.string().regex(/^sub_[0-9a-z]{12}$/).describe('Id of the subscription.'),
		plan_id: z.string().regex(/^plan_[a-z0-9_]+$/).describe('The plan that was cancelled, e.g. `plan_pro_monthly`.'),
		status: z.literal('cancelled').describe('Always `cancelled`.'),
		started_at: dateTime('When the subscription started (RFC 3339, UTC).'),
		ends_at: dateTime('When access ends (RFC 3339, UTC): the end of the period, or now for an immediate cancel. Never null.'),
		price: subscriptionPrice(),
	}),
	samples: [
		{
			name: 'Cancelled at the end of the billing period',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				subscription_id: 'sub_4n8q2w6e0r3t',
				plan_id: 'plan_pro_monthly',
				status: 'cancelled',
				started_at: '2026-06-01T00:00:00Z',
				ends_at: '2026-08-01T00:00:00Z',
				price: { amount: 14900, currency: 'USD', interval: 'month' },
			},
		},
		{
			name: 'Cancelled immediately for non-payment',
			data: {
				agency_id: 'agy_1b5n9v3c7x2z',
				subscription_id: 'sub_9k3j7h1g5f2d',
				plan_id: 'plan_team_annual',
				status: 'cancelled',
				started_at: '2026-06-15T17:22:40Z',
				ends_at: '2026-07-02T06:00:03Z',
				price: { amount: 159000, currency: 'USD', interval: 'year' },
			},
		},
	],
});
