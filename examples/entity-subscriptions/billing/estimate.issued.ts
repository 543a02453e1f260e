import { defineEvent, z } from 'hookref';

export default defineEvent({
	type: 'estimate/issued',
	category: 'billing',
	summary: 'An estimate was issued.',
	description: 'Emitted when an estimate is issued to a client (the source names invoices and estimates for `issued`). The source documents the event name only: the payload below (the estimate’s id) is this reference’s assumption.',
	apiVersion: '2025-01-01',
	visibility: 'public',
	data: z.object({
		id: z.string().min(1).describe('Id of the estimate.'),
	}),
	samples: [{ name: 'A estimate', data: { id: '4f1c2b7e-9a3d-4e8f-b6c1-2d5e7f9a0b08' } }],
});
