import { defineEvent } from 'hookref';
import { appointmentPayload, seedAppointment } from './_appointment.ts';

export default defineEvent({
	type: 'appointment.updated',
	category: 'appointment',
	summary: 'An appointment was updated.',
	description:
		'Sent as `type: appointment`, `action: updated` when an appointment changes, e.g. it is moved or its status changes. ' +
		'The payload is the whole appointment after the change; `modifiedDate` and `modifiedBy` say when and by whom.',
	apiVersion: '2024-02-15',
	visibility: 'public',
	data: appointmentPayload,
	samples: [
		{
			name: 'Moved one hour later',
			data: {
				...seedAppointment,
				startTime: '2024-02-15T06:25:00Z',
				endTime: '2024-02-15T07:25:00Z',
				modifiedDate: '2024-02-14T18:03:11Z',
				modifiedBy: 'GVkX18zRbwyUxRZaHNTYGwjK',
			},
		},
	],
});
