import { defineEvent, z } from 'hookref';
import { agencyId, dateTime, listingNumber, objectId } from '../_shared.ts';

export default defineEvent({
	type: 'appointment.rescheduled',
	category: 'appointment',
	summary: 'An appointment was moved to a new time.',
	description: `Emitted each time a booked shoot moves to a different slot. The calendar event behind the
appointment is updated in place, so \`calendar_event_id\` does not change; use it with \`new_scheduled_at\`
to keep your copy current. Saving the same slot again does not emit the event.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		tour_id: objectId('Id of the listing (tour) the shoot is for.'),
		calendar_event_id: z.string().min(1).describe('Id of the calendar event backing the appointment; unchanged by a reschedule.'),
		old_scheduled_at: dateTime('Start of the previous slot (RFC 3339, UTC).'),
		new_scheduled_at: dateTime('Start of the new slot (RFC 3339, UTC).'),
	}),
	samples: [
		{
			name: 'Moved two days later',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'h4k9p2x',
				tour_id: '665f1c2ab7e4d90012a3b4c5',
				calendar_event_id: '5q1n7c0e9rjv3k8s2m4t6u1a0b',
				old_scheduled_at: '2026-06-12T15:00:00Z',
				new_scheduled_at: '2026-06-14T16:30:00Z',
			},
		},
	],
});
