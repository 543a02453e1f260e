import { defineEvent, z } from 'hookref';
import { ref, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.tickets_tasks.task.created',
	category: 'tickets_tasks',
	summary: 'A task was created.',
	description: 'Emitted when a task is created.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		task: ref('task', 'The created task.'),
		workspace: workspace('Workspace context for the task.'),
	}),
	samples: [
		{ name: 'Seed sample', data: {
			"task": {
				"id": "1234567890"
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
