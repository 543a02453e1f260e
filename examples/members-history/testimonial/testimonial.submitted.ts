import { defineEvent, z } from 'hookref';
import { dateTime, email, testimonialId } from '../_shared.ts';

export default defineEvent({
	type: 'testimonial.submitted',
	category: 'testimonial',
	summary: 'A customer submitted a testimonial.',
	description: 'Emitted when a testimonial is submitted. It waits for moderation (`status: pending`) until `testimonial.approved`.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		id: testimonialId(),
		name: z.string().min(1).describe('The author’s name.'),
		email: email('The author’s email address.'),
		company: z.string().describe('The author’s company.'),
		rating: z.int().min(1).max(5).describe('The rating, from 1 to 5 stars.'),
		content: z.string().min(1).describe('The testimonial text.'),
		status: z.string().min(1).describe('Moderation status, e.g. `pending`. The source lists no other values.'),
		submitted_at: dateTime('When the testimonial was submitted (RFC 3339, UTC).'),
	}),
	samples: [
		{
			name: 'Seed sample: five stars (email restored)',
			data: {
				id: 'test_123',
				name: 'Jane Smith',
				email: 'jane.smith@example.com',
				company: 'Acme Inc',
				rating: 5,
				content: 'Amazing product!',
				status: 'pending',
				submitted_at: '2024-01-15T10:00:00Z',
			},
		},
	],
});
