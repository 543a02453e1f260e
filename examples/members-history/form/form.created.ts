import { defineEvent, z } from 'hookref';
import { dateTime, formId, userId } from '../_shared.ts';

export default defineEvent({
	type: 'form.created',
	category: 'form',
	summary: 'A form was created.',
	description: 'Emitted when a team member creates a form in the project. New forms start as drafts.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		id: formId('The form’s id, `form_…` (called `form_id` in `form.submitted`).'),
		name: z.string().min(1).describe('The form’s name (called `form_name` in `form.submitted`).'),
		status: z.string().min(1).describe('The form’s status, e.g. `draft`. The source lists no other values.'),
		created_by: userId('The team user who created the form, `user_…`.'),
		created_at: dateTime('When the form was created (RFC 3339, UTC).'),
	}),
	samples: [
		{ name: 'Seed sample: draft contact form', data: { id: 'form_123', name: 'Contact Form', status: 'draft', created_by: 'user_789', created_at: '2024-01-15T10:00:00Z' } },
	],
});
