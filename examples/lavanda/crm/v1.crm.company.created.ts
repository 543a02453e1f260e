import { defineEvent, z } from 'hookref';
import { crmNamespace, ref } from '../_shared.ts';

export default defineEvent({
	type: 'v1.crm.company.created',
	category: 'crm',
	summary: 'A company was created.',
	description: 'Emitted when a company is created in a CRM namespace.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		company: ref('company', 'The created company.'),
		crmNamespace: crmNamespace(),
	}),
	samples: [
		{ name: 'Seed sample', data: {
			"company": {
				"id": "1234567890"
			},
			"crmNamespace": {
				"id": "b7ecdf83-ed58-449a-98b5-bca3569703e4"
			}
		} },
	],
});
