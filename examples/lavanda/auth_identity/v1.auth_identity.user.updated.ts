import { defineEvent, z } from 'hookref';
import { ref, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.auth_identity.user.updated',
	category: 'auth_identity',
	summary: 'A user was updated.',
	description: 'Emitted when a user identity’s details change.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		user: ref('user', 'User associated with the auth identity.'),
		workspace: workspace(),
	}),
	samples: [
		{ name: 'Seed sample', data: {
			"user": {
				"id": "1234567890"
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
