import { defineEvent, z } from 'hookref';
import { agencyId, dateTime, email, userId, userRole } from '../_shared.ts';

export default defineEvent({
	type: 'user.signed_up',
	category: 'user',
	summary: 'A new Better Auth user was provisioned under an agency.',
	description: `Emitted once when a new user account is provisioned under an agency, whether the user signed up
from an invitation or was created by an administrator. \`invited_by\` names the inviting user when there was
an invitation. Deduplicate on \`user_id\`.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		user_id: userId('Id of the new user.'),
		email: email('The user’s email address.'),
		role: userRole(),
		name: z.string().min(1).nullable().describe('The user’s display name; `null` until they set one.'),
		signed_up_at: dateTime('When the account was provisioned (RFC 3339, UTC).'),
		invited_by: z
			.string()
			.regex(/^usr_[0-9a-z]{12}$/)
			.nullable()
			.describe('The user who sent the invitation; `null` when there was none.'),
	}),
	samples: [
		{
			name: 'Agent accepted an invitation',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				user_id: 'usr_6t2y8u4i0o1p',
				email: 'maya.okafor@brightkeyrealty.com',
				role: 'agent',
				name: 'Maya Okafor',
				signed_up_at: '2026-06-05T19:31:02Z',
				invited_by: 'usr_3f8k2m1q9z7w',
			},
		},
		{
			name: 'Viewer provisioned by an administrator, no name yet',
			data: {
				agency_id: 'agy_1b5n9v3c7x2z',
				user_id: 'usr_8z6x4c2v0b9n',
				email: 'accounts@northgatehomes.com',
				role: 'viewer',
				name: null,
				signed_up_at: '2026-06-09T07:12:45Z',
				invited_by: null,
			},
		},
	],
});
