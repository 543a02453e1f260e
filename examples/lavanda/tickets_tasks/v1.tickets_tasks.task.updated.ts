import { defineEvent, z } from 'hookref';
import { ref, workspace } from '../_shared.ts';

export default defineEvent({
	type: 'v1.tickets_tasks.task.updated',
	category: 'tickets_tasks',
	summary: 'A task was updated.',
	description: 'Emitted when a task is updated.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		task: ref('task', 'The updated task.'),
		workspace: workspace('Workspace context for the task.'),
	}),
	samples: [
		{ name: 'Seed sample, with the object named task as documented', data: {
			"task": {
				"id": "1234567890"
			},
			"workspace": {
				"id": "1234567890"
			}
		} },
	],
});
