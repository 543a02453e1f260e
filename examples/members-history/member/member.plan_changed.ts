import { defineEvent, z } from 'hookref';
import { dateTime, email, memberId, planId } from '../_shared.ts';

export default defineEvent({
	type: 'member.plan_changed',
	category: 'member',
	summary: 'A member moved to another plan.',
	description: 'Emitted when a member’s plan changes, upgrade or downgrade. The subscription events describe the billing side.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		id: memberId(),
		email: email('The member’s email address.'),
		previous_plan: planId('The plan before the change.'),
		new_plan: planId('The plan after the change.'),
		changed_at: dateTime('When the plan changed (RFC 3339, UTC).'),
	}),
	samples: [
		{
			name: 'Seed sample: upgrade to pro (email restored)',
			data: { id: 'mem_xyz', email: 'john.doe@example.com', previous_plan: 'free', new_plan: 'pro', changed_at: '2024-01-15T14:00:00Z' },
		},
	],
});
