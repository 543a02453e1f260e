import { defineEvent, z } from 'hookref';
import { email, memberId } from '../_shared.ts';

export default defineEvent({
	type: 'member.updated',
	category: 'member',
	summary: 'A member’s profile changed.',
	description:
		'Emitted when a member’s profile fields change. `changes` names every changed field with its old and new value; ' +
		'the other member fields are not repeated, so fetch the member if you need its full state.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	data: z.object({
		id: memberId(),
		email: email('The member’s email address after the change.'),
		full_name: z.string().min(1).describe('The member’s full name after the change.'),
		changes: z
			.record(
				z.string(),
				z.object({
					old: z.unknown().describe('The value before the change.'),
					new: z.unknown().describe('The value after the change.'),
				}),
			)
			.describe('Each changed field, by name, with its `old` and `new` value.'),
	}),
	samples: [
		{
			name: 'Seed sample: name changed (email restored)',
			data: {
				id: 'mem_xyz',
				email: 'john.doe@example.com',
				full_name: 'John Smith',
				changes: { full_name: { old: 'John Doe', new: 'John Smith' } },
			},
		},
	],
});
