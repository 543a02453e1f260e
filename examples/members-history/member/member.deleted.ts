import { defineEvent, z } from 'hookref';
import { dateTime, email, memberId } from '../_shared.ts';

export default defineEvent({
	type: 'member.deleted',
	category: 'member',
	summary: 'A member was deleted.',
	description: 'Emitted once when a member account is deleted from the project. Remove or anonymise your copy of the member.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		id: memberId(),
		email: email('The email address the member had.'),
		deleted_at: dateTime('When the member was deleted (RFC 3339, UTC).'),
	}),
	samples: [{ name: 'Seed sample (email restored)', data: { id: 'mem_xyz', email: 'john.doe@example.com', deleted_at: '2024-01-15T12:00:00Z' } }],
});
