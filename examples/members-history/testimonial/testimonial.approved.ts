import { defineEvent, z } from 'hookref';
import { dateTime, testimonialId, userId } from '../_shared.ts';

export default defineEvent({
	type: 'testimonial.approved',
	category: 'testimonial',
	summary: 'A testimonial was approved for publication.',
	description: 'Emitted when a team member approves a pending testimonial.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		id: testimonialId(),
		name: z.string().min(1).describe('The author’s name.'),
		approved_by: userId('The team user who approved it, `user_…`.'),
		approved_at: dateTime('When it was approved (RFC 3339, UTC).'),
	}),
	samples: [{ name: 'Seed sample', data: { id: 'test_123', name: 'Jane Smith', approved_by: 'user_789', approved_at: '2024-01-15T11:00:00Z' } }],
});
