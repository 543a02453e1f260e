import { defineEvent, z } from 'hookref';
import { agencyId, deliveryDestination, deliveryJobId, listingNumber } from '../_shared.ts';

export default defineEvent({
	type: 'media.delivery.completed',
	category: 'media',
	summary: 'Composio upload of listing media finished.',
	description: `Emitted when the upload of a listing's finished media to the agent's cloud storage (through
Composio) finishes. A partly successful upload still completes: check \`summary.files_failed\`, which is
greater than zero when some files could not be uploaded. \`job_id\` stays the same across the platform's
internal retries, so use it to deduplicate.`,
	apiVersion: '2026-05-29',
	visibility: 'public',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		job_id: deliveryJobId(),
		destination: deliveryDestination(),
		summary: z
			.object({
				files_delivered: z.int().nonnegative().describe('Files uploaded successfully.'),
				files_failed: z.int().nonnegative().describe('Files that could not be uploaded; greater than 0 for a partial delivery.'),
				bytes_delivered: z.int().nonnegative().describe('Total size of the uploaded files, in bytes.'),
			})
			.describe('What was uploaded.'),
	}),
	samples: [
		{
			name: 'All files delivered to Google Drive',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'h4k9p2x',
				job_id: 'deliver_7f3k9m2q8w4e1r6t',
				destination: {
					provider: 'google_drive',
					folder_path: '/Listings/1842 Alder Creek Lane',
					folder_url: 'https://drive.google.com/drive/folders/1Qx7VbN3mKp9sT2wYh6LcR4dFg8ZjE0aU',
				},
				summary: { files_delivered: 46, files_failed: 0, bytes_delivered: 812446210 },
			},
		},
		{
			name: 'Partial delivery to Dropbox',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'q8w3e5r',
				job_id: 'deliver_2b6n0m4k8j1h5g9f',
				destination: { provider: 'dropbox', folder_path: '/Valara/q8w3e5r' },
				summary: { files_delivered: 31, files_failed: 2, bytes_delivered: 540118337 },
			},
		},
	],
});
