import { defineEvent, z } from 'hookref';
import { crmNamespace, lead, leadWorkspaces, seedLead } from '../_shared.ts';

export default defineEvent({
	type: 'v1.crm.lead.created',
	category: 'crm',
	summary: 'A lead was created.',
	description: 'Emitted when an enquiry becomes a lead.',
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
			"lead": seedLead('NEW'),
			"workspace": {
				"ids": [
					"7536406e-679e-4e65-8892-b01ecfda865d"
				]
			}
		} },
	],
});
