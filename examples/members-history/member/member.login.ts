import { defineEvent, z } from 'hookref';
import { email, ipAddress, memberId } from '../_shared.ts';

export default defineEvent({
	type: 'member.login',
	category: 'member',
	summary: 'A member logged in.',
	description: 'Emitted on every successful member login, with where it came from and how the member authenticated.',
	apiVersion: '2024-01-15',
	visibility: 'public',
	deprecated: {
		message: 'Sessions now have their own lifecycle event, with the session id that logins lacked.',
		since: '2025-12-01',
		sunset: '2026-06-30',
		replacedBy: 'member.session_started',
	},
	data: z.object({
		id: memberId(),
		email: email('The member’s email address.'),
		ip_address: ipAddress('IP address the login came from (IPv4 or IPv6).'),
		user_agent: z.string().describe('The browser’s `User-Agent` header.'),
		login_method: z.enum(['password', 'magic_link', 'google']).describe('How the member authenticated.'),
	}),
	samples: [
		{
			name: 'Seed sample: password login (email restored)',
			data: { id: 'mem_xyz', email: 'john.doe@example.com', ip_address: '192.168.1.1', user_agent: 'Mozilla/5.0...', login_method: 'password' },
		},
		{
			name: 'Login over IPv6',
			data: {
				id: 'mem_7Hq2Lk9d',
				email: 'amara.okafor@example.com',
				ip_address: '2001:db8:85a3::8a2e:370:7334',
				user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
				login_method: 'password',
			},
		},
	],
});
