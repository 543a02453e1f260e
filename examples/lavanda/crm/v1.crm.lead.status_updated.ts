import { defineEvent, z } from 'hookref';
import { crmNamespace, lead, leadWorkspaces, seedLead } from '../_shared.ts';

export default defineEvent({
	type: 'v1.crm.lead.status_updated',
	category: 'crm',
	summary: 'A lead moved to another status.',
	description: 'Emitted when a lead’s pipeline `status` changes.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		crmNamespace: crmNamespace(),
		lead: lead(),
		workspace: leadWorkspaces(),
	}),
	samples: [
		{ name: 'Seed sample', data: {
			"crmNamespace": {
				"id": "b7ecdf83-ed58-449a-98b5-bca3569703e4"
			},
			"lead": seedLead('CONTACTED'),
			"workspace": {
				"ids": [
					"1234567890"
				]
			}
		} },
	],
});
