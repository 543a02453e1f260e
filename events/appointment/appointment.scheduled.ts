import { defineEvent, z } from 'hookref';
import { agencyId, dateTime, listingNumber, objectId } from '../_shared.ts';

export default defineEvent({
	type: 'appointment.scheduled',
	category: 'appointment',
	summary: 'A photo/video shoot appointment was scheduled.',
	description: `Emitted once when a photo or video shoot is booked for a listing, from the dashboard or the API.
The appointment is backed by a calendar event; \`calendar_event_id\` identifies it for the rest of its life
(a reschedule keeps it), so use it as the deduplication key together with \`event_id\`.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		tour_id: objectId('Id of the listing (tour) the shoot is for: a 24-character hex ObjectId.'),
		calendar_event_id: z
			.string()
			.min(1)
			.describe('Id of the calendar event backing the appointment. Stable across reschedules; the dedup key.'),
		scheduled_at: dateTime('Start of the booked slot (RFC 3339, UTC).'),
		duration_minutes: z.int().min(15).max(720).describe('Length of the shoot in minutes, from 15 to 720.'),
	}),
	samples: [
		{
			name: 'Two-hour shoot booked from the dashboard',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'h4k9p2x',
				tour_id: '665f1c2ab7e4d90012a3b4c5',
				calendar_event_id: '5q1n7c0e9rjv3k8s2m4t6u1a0b',
				scheduled_at: '2026-06-12T15:00:00Z',
				duration_minutes: 120,
			},
		},
	],
});
