import { defineEvent, z } from 'hookref';
import { dateTime, memberId } from '../_shared.ts';

// Not from the seed: an illustrative internal event, so that the build's leak check has
// something to keep out of the published site for this registry too.
export default defineEvent({
	type: 'member.session_refreshed',
	category: 'member',
	summary: 'A member session token was refreshed.',
	description: 'Internal bookkeeping of session tokens. Not part of the public contract.',
	apiVersion: '2024-01-15',
	visibility: 'internal',
	data: z.object({
		id: memberId(),
		refreshed_at: dateTime('When the session was refreshed (RFC 3339, UTC).'),
	}),
	samples: [{ name: 'Refresh', data: { id: 'mem_xyz', refreshed_at: '2024-01-15T10:30:00Z' } }],
});
