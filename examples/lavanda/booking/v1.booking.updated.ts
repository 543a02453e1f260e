import { defineEvent, z } from 'hookref';
import { ref, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.booking.updated',
	category: 'booking',
	summary: 'A booking was updated.',
	description: 'Emitted when a booking changes. Fetch the booking for its new state.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		booking: ref('booking', 'The booking.'),
		workspace: workspace('Workspace that the booking belongs to.'),
	}),
	samples: [
		{ name: 'Seed sample', data: {
			"booking": {
				"id": "1234567890"
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
