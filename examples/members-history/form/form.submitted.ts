import { defineEvent, z } from 'hookref';
import { dateTime, formId, ipAddress } from '../_shared.ts';

export default defineEvent({
	type: 'form.submitted',
	category: 'form',
	summary: 'Someone submitted a form.',
	description:
		'Emitted for every submission of a published form. `fields` holds the answers by field name, as the visitor ' +
		'typed them; `files` lists uploaded files.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		form_id: formId('The form’s id, `form_…`.'),
		form_name: z.string().min(1).describe('The form’s name at the time of the submission.'),
		submission_id: z.string().regex(/^sub_[A-Za-z0-9]+$/).describe('The submission’s id, `sub_…` (the same prefix as subscriptions).'),
		fields: z.record(z.string(), z.string()).describe('The answers, by form field name.'),
		files: z
			.array(z.record(z.string(), z.unknown()))
			.describe('Uploaded files. The source only shows an empty list, so the shape of an entry is not documented.'),
		submitted_at: dateTime('When the form was submitted (RFC 3339, UTC).'),
		ip_address: ipAddress('IP address the submission came from (IPv4 or IPv6).'),
	}),
	samples: [
		{
			name: 'Seed sample: contact form (email restored)',
			data: {
				form_id: 'form_123',
				form_name: 'Contact Form',
				submission_id: 'sub_456',
				fields: { name: 'Jane Doe', email: 'jane.doe@example.com', message: 'Hello, I have a question...' },
				files: [],
				submitted_at: '2024-01-15T10:00:00Z',
				ip_address: '192.168.1.1',
			},
		},
	],
});
