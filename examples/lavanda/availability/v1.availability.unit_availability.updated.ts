import { defineEvent, z } from 'hookref';
import { ref, span, timestamp, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.availability.unit_availability.updated',
	category: 'availability',
	summary: 'A unit’s availability changed.',
	description: 'Emitted when spans of a unit’s calendar become blocked, available or booked.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		availability: z
		.array(
			z.object({
				span: span('The time span.'),
				type: z.enum(['AVAILABLE', 'BLOCKED', 'BOOKED']).describe('What the unit is during the span.'),
			}),
		)
		.describe('Availability spans of the unit.'),
		timestamp: timestamp('When the event was generated (RFC 3339, UTC).'),
		unit: ref('unit', 'Unit whose availability was updated.'),
		workspace: workspace('Workspace to which the unit belongs.'),
	}),
	samples: [
		{ name: 'Seed sample: blocked, available, booked', data: {
			"availability": [
				{
					"span": {
						"from": "2025-08-06T00:00:00Z",
						"to": "2025-08-06T23:59:59Z"
					},
					"type": "BLOCKED"
				},
				{
					"span": {
						"from": "2025-08-07T00:00:00Z",
						"to": "2025-08-07T23:59:59Z"
					},
					"type": "AVAILABLE"
				},
				{
					"span": {
						"from": "2025-08-08T14:00:00Z",
						"to": "2026-08-20T10:00:00Z"
					},
					"type": "BOOKED"
				}
			],
			"timestamp": "2025-08-14T09:44:51Z",
			"unit": {
				"id": "1234567890"
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
