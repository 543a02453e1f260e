import { defineEvent, z } from 'hookref';

export default defineEvent({
	type: 'invoice/issued',
	category: 'billing',
	summary: 'An invoice was issued.',
	description: 'Emitted when an invoice is issued to a client. The source documents the event name only: the payload below (the invoice’s id) is this reference’s assumption.',
	apiVersion: '2025-01-01',
	visibility: 'public',
	data: z.object({
		id: z.string().min(1).describe('Id of the invoice.'),
	}),
	samples: [{ name: 'A invoice', data: { id: '4f1c2b7e-9a3d-4e8f-b6c1-2d5e7f9a0b07' } }],
});
