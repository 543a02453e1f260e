import { defineEvent, z } from 'hookref';
import { ref, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.auth_identity.user.role_bindings.updated',
	category: 'auth_identity',
	summary: 'A user’s role bindings changed.',
	description: 'Emitted when the roles bound to a user in a workspace change. Fetch the user’s bindings for the new set.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		user: ref('user', 'User whose role bindings changed.'),
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
