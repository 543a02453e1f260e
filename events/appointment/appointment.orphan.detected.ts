import { defineEvent, z } from 'hookref';
import { agencyId, dateTime, listingNumber, objectId } from '../_shared.ts';

export default defineEvent({
	type: 'appointment.orphan.detected',
	category: 'appointment',
	summary: 'A Tour calendar event could not be reconciled.',
	description: `The nightly reconciliation sweep (02:00 UTC) compares every stored appointment with the calendar
event behind it. When the calendar event has disappeared, was moved outside the platform, or can no longer
be read, this event reports the mismatch so that you can rebook or clean up. A given calendar event is
reported once per sweep in which it is still orphaned.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		tour_id: objectId('Id of the listing (tour) the appointment belongs to.'),
		stored_calendar_event_id: z.string().min(1).describe('The calendar event id the platform has on record for the appointment.'),
		issue_type: z
			.enum(['event_missing', 'event_moved', 'event_malformed'])
			.describe('What the sweep found: the calendar event is gone, was moved to another time, or cannot be parsed.'),
		stored_scheduled_at: dateTime('The start time the platform has on record (RFC 3339, UTC).'),
		detected_at: dateTime('When the sweep detected the mismatch (RFC 3339, UTC).'),
	}),
	samples: [
		{
			name: 'Calendar event deleted outside the platform',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'h4k9p2x',
				tour_id: '665f1c2ab7e4d90012a3b4c5',
				stored_calendar_event_id: '5q1n7c0e9rjv3k8s2m4t6u1a0b',
				issue_type: 'event_missing',
				stored_scheduled_at: '2026-06-12T15:00:00Z',
				detected_at: '2026-06-11T02:00:37Z',
			},
		},
		{
			name: 'Calendar event moved in the agent’s calendar',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'q8w3e5r',
				tour_id: '6661b7d2e3f4a5b6c7d8e9f0',
				stored_calendar_event_id: '2c4e6g8i0k1m3o5q7s9u1w3y5a',
				issue_type: 'event_moved',
				stored_scheduled_at: '2026-06-18T10:00:00Z',
				detected_at: '2026-06-16T02:01:12Z',
			},
		},
	],
});
