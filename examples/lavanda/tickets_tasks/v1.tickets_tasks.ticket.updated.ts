import { defineEvent, z } from 'hookref';
import { ref, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.tickets_tasks.ticket.updated',
	category: 'tickets_tasks',
	summary: 'A ticket was updated.',
	description: 'Emitted when a ticket is updated.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		ticket: ref('ticket', 'The updated ticket.'),
		workspace: workspace('Workspace context for the ticket.'),
	}),
	samples: [
		{ name: 'Seed sample', data: {
			"ticket": {
				"id": "1234567890"
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
