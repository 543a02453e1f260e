import { defineEvent, z } from 'hookref';
import { actor, agencyId, dateTime, listingNumber, objectId } from '../_shared.ts';

export default defineEvent({
	type: 'appointment.cancelled',
	category: 'appointment',
	summary: 'An appointment was cancelled.',
	description: `Emitted when a booked shoot is called off, whether someone cancelled it in the dashboard, through the
API, or it went away because its listing was cancelled. \`calendar_event_id\` identifies the appointment;
an appointment is cancelled at most once.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		tour_id: objectId('Id of the listing (tour) the shoot was for: a 24-character hex ObjectId.'),
		calendar_event_id: z.string().min(1).describe('Id of the calendar event that backed the appointment; the dedup key.'),
		scheduled_at: dateTime('Start of the slot the appointment was booked for (RFC 3339, UTC).'),
		cancelled_at: dateTime('When the appointment was cancelled (RFC 3339, UTC).'),
		cancelled_by: actor('Who cancelled it: `user:…` from the dashboard, `apikey:…` through the API, `admin:…` for support staff.'),
	}),
	samples: [
		{
			name: 'Cancelled by the agent in the dashboard',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'h4k9p2x',
				tour_id: '665f1c2ab7e4d90012a3b4c5',
				calendar_event_id: '5q1n7c0e9rjv3k8s2m4t6u1a0b',
				scheduled_at: '2026-06-12T15:00:00Z',
				cancelled_at: '2026-06-10T18:42:11Z',
				cancelled_by: 'user:usr_3f8k2m1q9z7w',
			},
		},
		{
			name: 'Cancelled through the API',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'm2r7c4d',
				tour_id: '6660a4f1c2b3d4e5f6a7b8c9',
				calendar_event_id: '8b3d1f6h0jk2m4n6p8r0t2v4x6',
				scheduled_at: '2026-06-20T13:30:00Z',
				cancelled_at: '2026-06-14T09:05:47Z',
				cancelled_by: 'apikey:key_live_4mx82nq1',
			},
		},
	],
});
