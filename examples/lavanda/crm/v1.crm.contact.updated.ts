import { defineEvent, z } from 'hookref';
import { contact, crmNamespace, seedContact } from '../_shared.ts';

export default defineEvent({
	type: 'v1.crm.contact.updated',
	category: 'crm',
	summary: 'A contact was updated.',
	description: 'Emitted when a contact is updated in a CRM namespace.',
	apiVersion: '2025-08-01',
	visibility: 'public',
	data: z.object({
		contact: contact(),
		crmNamespace: crmNamespace(),
	}),
	samples: [
		{ name: 'Seed sample', data: {
			"contact": seedContact,
			"crmNamespace": {
				"id": "b7ecdf83-ed58-449a-98b5-bca3569703e4"
			}
		} },
	],
});
