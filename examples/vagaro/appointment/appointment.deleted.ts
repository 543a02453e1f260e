import { defineEvent } from 'hookref';
import { appointmentPayload, seedAppointment } from './_appointment.ts';

export default defineEvent({
	type: 'appointment.deleted',
	category: 'appointment',
	summary: 'An appointment was deleted.',
	description: 'Sent as `type: appointment`, `action: deleted` when an appointment is removed. The payload is the appointment as it was.',
	apiVersion: '2024-02-15',
	visibility: 'public',
	data: appointmentPayload,
	samples: [
		{
			name: 'Deleted by the business',
			data: { ...seedAppointment, modifiedDate: '2024-02-14T09:41:27Z', modifiedBy: 'GVkX18zRbwyUxRZaHNTYGwjK' },
		},
	],
});
