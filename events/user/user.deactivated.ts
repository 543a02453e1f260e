import { defineEvent, z } from 'hookref';
import { actor, agencyId, dateTime, email, userId, userRole } from '../_shared.ts';

export default defineEvent({
	type: 'user.deactivated',
	category: 'user',
	summary: 'A user was deactivated or soft-deleted.',
	description: `Emitted when a user of an agency is deactivated or suspended and can no longer sign in. Platform
administrators are never reported. Revoke the user's access in your system; \`user_id\` and
\`deactivated_at\` together identify the deactivation.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		user_id: userId('Id of the deactivated user.'),
		email: email('The user’s email address.'),
		role: userRole(),
		deactivated_at: dateTime('When the user was deactivated (RFC 3339, UTC).'),
		deactivated_by: actor('Who deactivated the user.'),
		reason: z.string().min(1).nullable().describe('Why, when a reason was recorded; otherwise `null`.'),
	}),
	samples: [
		{
			name: 'Assistant left the agency',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				user_id: 'usr_9h4j2k7l5m1n',
				email: 'devon.price@brightkeyrealty.com',
				role: 'assistant',
				deactivated_at: '2026-06-30T22:10:05Z',
				deactivated_by: 'user:usr_3f8k2m1q9z7w',
				reason: 'No longer with the team.',
			},
		},
		{
			name: 'Suspended by support, no reason recorded',
			data: {
				agency_id: 'agy_1b5n9v3c7x2z',
				user_id: 'usr_0p8o6i4u2y1t',
				email: 'sam.whitfield@northgatehomes.com',
				role: 'agent',
				deactivated_at: '2026-07-03T14:48:51Z',
				deactivated_by: 'admin:adm_4q7w1e3r',
				reason: null,
			},
		},
	],
});
