import { defineEvent, z } from 'hookref';

export default defineEvent({
	type: 'meeting/cancelled',
	category: 'meeting',
	summary: 'A meeting was cancelled.',
	description: 'Emitted when a scheduled meeting is cancelled. The source documents the event name only: the payload below (the meeting’s id) is this reference’s assumption.',
	apiVersion: '2025-01-01',
	visibility: 'public',
	data: z.object({
		id: z.string().min(1).describe('Id of the meeting.'),
	}),
	samples: [{ name: 'A meeting', data: { id: '4f1c2b7e-9a3d-4e8f-b6c1-2d5e7f9a0b04' } }],
});
