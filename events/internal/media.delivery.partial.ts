import { defineEvent, z } from 'hookref';
import { agencyId, deliveryDestination, deliveryJobId, listingNumber } from '../_shared.ts';

// Internal: superseded by media.delivery.completed with summary.files_failed > 0. It stays on the
// deny list; the build fails if its name appears anywhere in the published site.
export default defineEvent({
	type: 'media.delivery.partial',
	category: 'media',
	summary: 'Some files of a media delivery failed to upload.',
	description: `Emitted by the delivery worker for each batch of files that could not be uploaded, before the job
finishes. Integrators receive the final outcome in \`media.delivery.completed\` instead.`,
	apiVersion: '2026-05-29',
	visibility: 'internal',
	data: z.object({
		agency_id: agencyId(),
		listing_number: listingNumber(),
		job_id: deliveryJobId(),
		destination: deliveryDestination(),
		failed_files: z
			.array(
				z
					.object({
						name: z.string().min(1).describe('File name.'),
						error_code: z.string().min(1).describe('Why the upload failed.'),
					})
					.describe('One file that failed.'),
			)
			.min(1)
			.describe('The files of the batch that failed.'),
	}),
	samples: [
		{
			name: 'Two files rejected by the provider',
			data: {
				agency_id: 'agy_7k2m9q4x1c8d',
				listing_number: 'q8w3e5r',
				job_id: 'deliver_2b6n0m4k8j1h5g9f',
				destination: { provider: 'dropbox', folder_path: '/Valara/q8w3e5r' },
				failed_files: [
					{ name: 'twilight-04.jpg', error_code: 'file_too_large' },
					{ name: 'walkthrough-4k.mp4', error_code: 'file_too_large' },
				],
			},
		},
	],
});
