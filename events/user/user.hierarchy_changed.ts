import { defineEvent, z } from 'hookref';
import { actor, agencyId, dateTime, email, userId, userRole } from '../_shared.ts';

const optionalUser = (description: string) => z.string().regex(/^usr_[0-9a-z]{12}$/).nullable().describe(description);

export default defineEvent({
	type: 'user.hierarchy_changed',
	category: 'user',
	summary: "A user's managerId changed.",
	description: `Emitted when a user's manager changes, within the agency or because the user moved to another
agency. Writes that leave the manager unchanged do not fire. \`agency_id\` is the agency after the change;
\`previous_agency_id\` is set only when the user changed agency.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		previous_agency_id: z
			.string()
			.regex(/^agy_[0-9a-z]{12}$/)
			.nullable()
			.describe('The agency before the change; `null` when the user stayed in the same agency.'),
		user_id: userId('Id of the user whose manager changed.'),
		email: email('The user’s email address.'),
		role: userRole(),
		old_manager_id: optionalUser('The previous manager; `null` when the user had none.'),
		new_manager_id: optionalUser('The new manager; `null` when the user now has none.'),
		changed_at: dateTime('When the change took effect (RFC 3339, UTC).'),
		changed_by: actor('Who made the change.'),
	}),
	samples: [
		{
			name: 'New team lead within the agency',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				previous_agency_id: null,
				user_id: 'usr_6t2y8u4i0o1p',
				email: 'maya.okafor@brightkeyrealty.com',
				role: 'agent',
				old_manager_id: 'usr_3f8k2m1q9z7w',
				new_manager_id: 'usr_5r3e1w9q7a2s',
				changed_at: '2026-06-22T16:05:33Z',
				changed_by: 'user:usr_3f8k2m1q9z7w',
			},
		},
		{
			name: 'Moved to another agency without a manager',
			data: {
				agency_id: 'agy_1b5n9v3c7x2z',
				previous_agency_id: 'agy_7k2m9q4x1c8d',
				user_id: 'usr_2d4f6g8h0j1k',
				email: 'luis.ferreira@northgatehomes.com',
				role: 'broker',
				old_manager_id: 'usr_5r3e1w9q7a2s',
				new_manager_id: null,
				changed_at: '2026-07-08T11:27:19Z',
				changed_by: 'admin:adm_4q7w1e3r',
			},
		},
	],
});
