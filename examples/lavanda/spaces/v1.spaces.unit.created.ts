import { defineEvent, z } from 'hookref';
import { ref, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.spaces.unit.created',
	category: 'spaces',
	summary: 'A unit was created.',
	description: 'Emitted when a unit is created.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		unit: ref('unit', 'The unit.'),
		workspace: workspace('Workspace that the unit belongs to.'),
	}),
	samples: [
		{ name: 'Seed sample', data: {
			"unit": {
				"id": "1234567890"
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
