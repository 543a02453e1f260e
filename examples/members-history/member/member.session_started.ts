import { defineEvent, z } from 'hookref';
import { email, ipAddress, memberId } from '../_shared.ts';

export default defineEvent({
	type: 'member.session_started',
	category: 'member',
	summary: 'A member started a session.',
	description: 'Emitted when a member signs in and a session starts; replaces `member.login`. `session_id` identifies the session in later events.',
	apiVersion: '2025-12-01',
	visibility: 'public',
	data: z.object({
		id: memberId(),
		session_id: z.string().regex(/^ses_[A-Za-z0-9]+$/).describe('The session’s id, `ses_…`.'),
		email: email('The member’s email address.'),
		ip_address: ipAddress('IP address the login came from (IPv4 or IPv6).'),
		user_agent: z.string().describe('The browser’s `User-Agent` header.'),
		login_method: z.enum(['password', 'magic_link', 'google']).describe('How the member authenticated.'),
	}),
	samples: [
		{
			name: 'Seed sample: password login (email restored)',
			data: { id: 'mem_xyz', session_id: 'ses_9f2Kd81', email: 'john.doe@example.com', ip_address: '192.168.1.1', user_agent: 'Mozilla/5.0...', login_method: 'password' },
		},
		{
			name: 'Login over IPv6',
			data: {
				id: 'mem_7Hq2Lk9d',
				session_id: 'ses_Q7c3Lp0',
				email: 'amara.okafor@example.com',
				ip_address: '2001:db8:85a3::8a2e:370:7334',
				user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
				login_method: 'password',
			},
		},
	],
});
