import { defineEvent, z } from 'hookref';
import { dateTime, email, memberId, planId } from '../_shared.ts';

export default defineEvent({
	type: 'member.created',
	category: 'member',
	summary: 'A member signed up to the project.',
	description: 'Emitted once when a member account is created in the project, whatever the sign-up path. `data` is the new member.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		id: memberId(),
		email: email('The member’s email address.'),
		full_name: z.string().min(1).describe('The member’s full name.'),
		avatar_url: z.url().nullable().describe('URL of the member’s avatar, or `null` when none was uploaded.'),
		plan_id: planId('The plan the member starts on.'),
		status: z.string().min(1).describe('Account status, e.g. `active`. The source lists no other values.'),
		metadata: z.record(z.string(), z.unknown()).describe('Custom key-value data attached to the member; empty when none.'),
		created_at: dateTime('When the member was created (RFC 3339, UTC).'),
	}),
	samples: [
		{
			name: 'Seed sample (email restored)',
			data: {
				id: 'mem_xyz',
				email: 'john.doe@example.com',
				full_name: 'John Doe',
				avatar_url: null,
				plan_id: 'free',
				status: 'active',
				metadata: {},
				created_at: '2024-01-15T10:00:00Z',
			},
		},
		{
			name: 'Sign-up with an avatar and metadata',
			data: {
				id: 'mem_7Hq2Lk9d',
				email: 'amara.okafor@example.com',
				full_name: 'Amara Okafor',
				avatar_url: 'https://cdn.members.example/avatars/mem_7Hq2Lk9d.png',
				plan_id: 'pro',
				status: 'active',
				metadata: { referral: 'newsletter-2024-01', company_size: '11-50' },
				created_at: '2024-01-16T08:42:17Z',
			},
		},
	],
});
