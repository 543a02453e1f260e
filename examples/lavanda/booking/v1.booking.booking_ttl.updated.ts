import { defineEvent, z } from 'hookref';
import { workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.booking.booking_ttl.updated',
	category: 'booking',
	summary: 'A booking’s time-to-live changed.',
	description: 'Emitted when the time until an unconfirmed booking expires is changed. `expiresAt` is the new deadline.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		booking: z
		.object({
			expiresAt: z.iso.datetime().describe('When the booking will expire unless confirmed (RFC 3339, UTC).'),
			id: z.string().min(1).describe('Id of the booking.'),
		})
		.describe('The booking.'),
		workspace: workspace('Workspace that the booking belongs to.'),
	}),
	samples: [
		{ name: 'Seed sample', data: {
			"booking": {
				"expiresAt": "2025-10-14T12:00:00Z",
				"id": "1234567890"
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
