import { defineEvent } from 'hookref';
import { appointmentPayload, seedAppointment } from './_appointment.ts';

export default defineEvent({
	type: 'appointment.created',
	category: 'appointment',
	summary: 'An appointment was created.',
	description: 'Sent as `type: appointment`, `action: created` when an appointment is booked, online or in the business.',
	apiVersion: '2024-02-15',
	visibility: 'public',
	data: appointmentPayload,
	samples: [
		{ name: 'Seed sample: booked on the marketplace', data: seedAppointment },
		{
			name: 'Booked in the salon, with a price',
			data: {
				...seedAppointment,
				appointmentId: 'Q7mK2pLx9vRtB4nW8sYc1A==',
				startTime: '2024-03-02T16:00:00Z',
				endTime: '2024-03-02T16:45:00Z',
				serviceTitle: 'Men’s Cut',
				serviceId: 'Zr8sK1mNq3tV6xW9yB2cDw==',
				amount: 45.5,
				customerId: 'k3Jd8sLq2mNv5xZ7pR1tYw==',
				onlineVsInhouse: 'In-house',
				bookingSource: 'Front desk',
				serviceProviderId: 'H6gF4dS2aQ8wE1rT3yU5iO==',
				createdDate: '2024-02-28T11:12:40Z',
				formResponseIds: [],
			},
		},
	],
});
