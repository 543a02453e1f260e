import { defineEvent, z } from 'hookref';
import { dateTime, id } from '../_shared.ts';

// Not from the seed: an illustrative internal event, so that the leak check guards this registry too.
export default defineEvent({
	type: 'appointment.reminded',
	category: 'appointment',
	summary: 'An appointment reminder was sent.',
	description: 'Internal bookkeeping of reminder messages. Not a webhook trigger.',
	apiVersion: '2024-02-15',
	visibility: 'internal',
	data: z.object({ appointmentId: id('The appointment’s id.'), remindedAt: dateTime('When the reminder went out') }),
	samples: [{ name: 'Reminder', data: { appointmentId: '2dwfErtmMAFxe6hoCnQStw==', remindedAt: '2024-02-14T05:25:00Z' } }],
});
