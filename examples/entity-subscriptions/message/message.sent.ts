import { defineEvent, z } from 'hookref';

export default defineEvent({
	type: 'message/sent',
	category: 'message',
	summary: 'A message was sent.',
	description: 'Emitted when a message is sent to a client (the source’s example of `sent`). The source documents the event name only: the payload below (the message’s id) is this reference’s assumption.',
	apiVersion: '2025-01-01',
	visibility: 'public',
	data: z.object({
		id: z.string().min(1).describe('Id of the message.'),
	}),
	samples: [{ name: 'A message', data: { id: '4f1c2b7e-9a3d-4e8f-b6c1-2d5e7f9a0b09' } }],
});
