import { defineEvent, z } from 'hookref';
import { ref, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.spaces.building.updated',
	category: 'spaces',
	summary: 'A building was updated.',
	description: 'Emitted when a building is updated.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		building: ref('building', 'The building.'),
		workspace: workspace('Workspace that the building belongs to.'),
	}),
	samples: [
		{ name: 'Seed sample', data: {
			"building": {
				"id": "1234567890"
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
