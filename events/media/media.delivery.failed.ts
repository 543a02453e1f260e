import { defineEvent, z } from 'hookref';
import { agencyId, deliveryDestination, deliveryJobId, listingNumber } from '../_shared.ts';

export default defineEvent({
	type: 'media.delivery.failed',
	category: 'media',
	summary: 'Composio upload of listing media failed.',
	description: `Emitted when the upload of a listing's media to the agent's cloud storage fails after all of the
platform's internal retries, with nothing uploaded. \`error\` says why; fix the cause (often an expired
storage connection) and start the delivery again. \`job_id\` is the same as the job's other events.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		job_id: deliveryJobId(),
		destination: deliveryDestination(),
		error: z
			.object({
				code: z.string().regex(/^[a-z_]+$/).describe('Machine-readable reason in snake_case, e.g. `auth_expired`.'),
				message: z.string().min(1).describe('Human-readable explanation from the provider or the platform.'),
			})
			.describe('Why the delivery failed.'),
	}),
	samples: [
		{
			name: 'Storage connection expired',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'h4k9p2x',
				job_id: 'deliver_9s1d3f5g7h2j4k6l',
				destination: { provider: 'onedrive', folder_path: '/Documents/Listings/h4k9p2x' },
				error: { code: 'auth_expired', message: 'The OneDrive connection expired; reconnect the account and retry.' },
			},
		},
	],
});
