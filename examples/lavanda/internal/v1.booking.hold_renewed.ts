import { defineEvent, z } from 'hookref';
import { ref, workspace } from '../_shared.ts';

// Not from the seed: an illustrative internal event, so that the leak check guards this registry too.
export default defineEvent({
	type: 'v1.booking.hold_renewed',
	category: 'booking',
	summary: 'A booking hold was renewed.',
	description: 'Internal bookkeeping of booking holds. Not part of the public contract.',
	apiVersion: '2025-08-01',
	visibility: 'internal',
	data: z.object({ booking: ref('booking', 'The booking.'), workspace: workspace() }),
	samples: [{ name: 'Renewal', data: { booking: { id: '1234567890' }, workspace: { id: '1234567890' } } }],
});
