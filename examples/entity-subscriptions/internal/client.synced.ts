import { defineEvent, z } from 'hookref';

// Not from the seed: an illustrative internal event, so that the leak check guards this registry too.
export default defineEvent({
	type: 'client/synced',
	category: 'client',
	summary: 'A client record was synchronised with the directory.',
	description: 'Internal bookkeeping. Not part of the public contract.',
	apiVersion: '2025-01-01',
	visibility: 'internal',
	data: z.object({ id: z.string().min(1).describe('Id of the client.') }),
	samples: [{ name: 'A sync', data: { id: '4f1c2b7e-9a3d-4e8f-b6c1-2d5e7f9a0bff' } }],
});
