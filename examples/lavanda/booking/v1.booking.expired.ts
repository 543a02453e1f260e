import { defineEvent, z } from 'hookref';
import { workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.booking.expired',
	category: 'booking',
	summary: 'A booking expired.',
	description: 'Emitted when an unconfirmed booking reaches its deadline and its units are released. `expiredAt` is the same instant that `expiresAt` announced.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		booking: z
		.object({
			expiredAt: z.iso.datetime().describe('When the booking expired (RFC 3339, UTC); called `expiresAt` in `v1.booking.booking_ttl.updated`.'),
			id: z.string().min(1).describe('Id of the booking.'),
			units: z.array(z.object({ id: z.string().min(1).describe('Id of the unit.') })).describe('Units the booking held, now released.'),
		})
		.describe('The booking.'),
		workspace: workspace('Workspace that the booking belongs to.'),
	}),
	samples: [
		{ name: 'Seed sample: two units released', data: {
			"booking": {
				"expiredAt": "2025-10-14T12:00:00Z",
				"id": "1234567890",
				"units": [
					{
						"id": "unit_001"
					},
					{
						"id": "unit_002"
					}
				]
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
