import { defineEvent, z } from 'hookref';
import { dateTime, email, ticketId } from '../_shared.ts';

export default defineEvent({
	type: 'ticket.replied',
	category: 'ticket',
	summary: 'Someone replied to a support ticket.',
	description: 'Emitted for every reply on a ticket, from an agent or from the customer.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		ticket_id: ticketId('The ticket replied to, `tkt_…` (called `id` in `ticket.created`).'),
		reply_id: z.string().regex(/^rep_[A-Za-z0-9]+$/).describe('The reply’s id, `rep_…`.'),
		author_type: z.string().min(1).describe('Who wrote the reply, e.g. `agent`. The source lists no other values.'),
		author_email: email('The reply author’s email address.'),
		message: z.string().describe('The reply text.'),
		created_at: dateTime('When the reply was posted (RFC 3339, UTC).'),
	}),
	samples: [
		{
			name: 'Seed sample: agent reply (email restored)',
			data: {
				ticket_id: 'tkt_123',
				reply_id: 'rep_456',
				author_type: 'agent',
				author_email: 'support@members.example',
				message: 'Thanks for reaching out...',
				created_at: '2024-01-15T11:00:00Z',
			},
		},
	],
});
