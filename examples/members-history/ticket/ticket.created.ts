import { defineEvent, z } from 'hookref';
import { dateTime, email, ticketId } from '../_shared.ts';

export default defineEvent({
	type: 'ticket.created',
	category: 'ticket',
	summary: 'A customer opened a support ticket.',
	description: 'Emitted when a support ticket is opened, by email or from the help widget.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		id: ticketId('The ticket’s id, `tkt_…` (called `ticket_id` in `ticket.replied`).'),
		subject: z.string().min(1).describe('The ticket’s subject line.'),
		status: z.string().min(1).describe('The ticket’s status, e.g. `open`. The source lists no other values.'),
		priority: z.string().min(1).describe('The ticket’s priority, e.g. `high`. The source lists no other values.'),
		customer_email: email('The customer’s email address.'),
		customer_name: z.string().min(1).describe('The customer’s name.'),
		created_at: dateTime('When the ticket was opened (RFC 3339, UTC).'),
		assignee_email: email('The agent the ticket was assigned to, once assigned.').optional(),
	}),
	samples: [
		{
			name: 'Seed sample: login problem (email restored)',
			data: {
				id: 'tkt_123',
				subject: 'Cannot login to my account',
				status: 'open',
				priority: 'high',
				customer_email: 'john.doe@example.com',
				customer_name: 'John Doe',
				created_at: '2024-01-15T10:00:00Z',
			},
		},
	],
});
