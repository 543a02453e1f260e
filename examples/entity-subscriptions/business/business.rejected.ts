import { defineEvent, z } from 'hookref';

export default defineEvent({
	type: 'business/rejected',
	category: 'business',
	summary: 'A business creation request was rejected.',
	description: 'Emitted when a request to create a business fails or is turned down (the source’s example of `rejected`). The source documents the event name only: the payload below (the business’s id) is this reference’s assumption.',
	apiVersion: '2025-01-01',
	visibility: 'public',
	data: z.object({
		id: z.string().min(1).describe('Id of the business.'),
	}),
	samples: [{ name: 'A business', data: { id: '4f1c2b7e-9a3d-4e8f-b6c1-2d5e7f9a0b02' } }],
});
