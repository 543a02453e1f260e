import { defineEvent, z } from 'hookref';

export default defineEvent({
	type: 'payment/paid',
	category: 'payment',
	summary: 'A payment was received.',
	description: 'Emitted when a client pays. The source documents the event name only: the payload below (the payment’s id) is this reference’s assumption.',
	apiVersion: '2025-01-01',
	visibility: 'public',
	data: z.object({
		id: z.string().min(1).describe('Id of the payment.'),
	}),
	samples: [{ name: 'A payment', data: { id: '4f1c2b7e-9a3d-4e8f-b6c1-2d5e7f9a0b05' } }],
});
