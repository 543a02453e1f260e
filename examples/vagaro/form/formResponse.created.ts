import { defineEvent, z } from 'hookref';
import { businessGroupId, dateTime, id } from '../_shared.ts';

export default defineEvent({
	type: 'formResponse.created',
	category: 'form',
	summary: 'A customer submitted a form response.',
	description:
		'Sent as `type: formResponse`, `action: created` when a form response submission has been made. ' +
		'`questionsAndAnswers` holds every question in form order with its answers, always as a list of strings.',
	apiVersion: '2024-02-15',
	visibility: 'public',
	data: z.object({
		responseId: id('The form response’s id.'),
		formId: id('The form’s id.'),
		customerId: id('The customer who answered.'),
		businessId: id('The business the form belongs to.'),
		businessGroupId: businessGroupId(),
		appointmentId: id('The appointment the response is attached to.'),
		membershipId: id('The membership the response is attached to.'),
		formTitle: z.string().describe('The form’s title.'),
		formPublishedDate: dateTime('When the form version answered was published'),
		questionsAndAnswers: z
			.array(
				z.object({
					id: z.int().describe('The question’s id.'),
					order: z.int().positive().describe('Position of the question in the form, from 1.'),
					questionType: z
						.string()
						.min(1)
						.describe('Kind of question, e.g. `short_answer`, `multiple_choice`, `scale`, `contact_information`.'),
					question: z.string().describe('The question text.'),
					answer: z
						.array(z.string().describe('One answer value.'))
						.describe('The answers as strings: one for a short answer or a scale, one per choice, one per contact field.'),
				}),
			)
			.describe('Every question of the form, in order, with its answers.'),
	}),
	samples: [
		{
			name: 'Seed sample: intake form (question ids and email restored)',
			data: {
				responseId: 'Tkhj89234jadkjal23rnjlasfdsakjlewtewt234fw4=',
				formId: 'U2FsdGVkX18zRbwyUxRZaHNTYGwjKCpDdAkKP4eUDsE=',
				customerId: '681550E7A9CDA57700B419E351D50D80',
				businessId: 'U2FsdGVkX18zRbwyUxRZaHNTYGwjKCpDdAkKP4eUDsE=',
				businessGroupId: 'tYKEZF-L445YEDnCx0TIfA==',
				appointmentId: '2dwfErtmMAFxe6hoCnQStw==',
				membershipId: '344sdSGDE837Hhhs==',
				formTitle: 'Intake form',
				formPublishedDate: '2023-02-15T00:00:00Z',
				questionsAndAnswers: [
					{ id: 3341, order: 1, questionType: 'short_answer', question: 'Are you allergic to any hair products?', answer: ['No'] },
					{ id: 5478, order: 2, questionType: 'multiple_choice', question: 'How would you describe your hair?', answer: ['long', 'curly', 'oily'] },
					{ id: 5479, order: 3, questionType: 'scale', question: 'How would you rate your previous appointment?', answer: ['8'] },
					{
						id: 5480,
						order: 4,
						questionType: 'contact_information',
						question: 'Please provide your contact information.',
						answer: ['John', '', '4430 Rosewood Drive, Dublin, CA 94568', 'john@example.com', '+1(123)456-7890', 'male', '', ''],
					},
				],
			},
		},
	],
});
