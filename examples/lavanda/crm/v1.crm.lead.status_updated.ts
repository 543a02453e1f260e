import { defineEvent, z } from 'hookref';
import { crmNamespace, lead, leadWorkspaces } from '../_shared.ts';

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
			"lead": {
				"contacts": [
					{
						"contact": {
							"firstName": "John",
							"lastName": "Smith",
							"primaryEmail": "john.smith@getlavanda.com"
						},
						"role": "LEAD_GUEST"
					}
				],
				"createdAt": 1758626865537,
				"estimatedCheckIn": null,
				"estimatedCheckOut": null,
				"id": "1234567890",
				"origin": "https://www.getlavanda.com",
				"reference": "ABACAD-01",
				"source": "Lavanda",
				"status": "CONTACTED",
				"totalAdults": 2,
				"totalBeds": 1,
				"totalChildren": 1,
				"totalUnits": 1
			},
			"workspace": {
				"ids": [
					"1234567890"
				]
			}
		} },
	],
});
