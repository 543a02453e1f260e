/** Field schemas shared by Lavanda events (files starting with `_` are not events). */
import { z } from 'hookref';

/** An object that names another object by its id, e.g. `"workspace": { "id": "…" }`. */
export const ref = (entity: string, description: string) =>
	z.object({ id: z.string().min(1).describe(`Id of the ${entity}.`) }).describe(description);

export const workspace = (description = 'Workspace the event belongs to.') => ref('workspace', description);

export const timestamp = (description = 'When the event was emitted (RFC 3339, UTC).') => z.iso.datetime().describe(description);

export const span = (description: string) =>
	z
		.object({
			from: z.iso.datetime().describe('Start of the span (RFC 3339, UTC).'),
			to: z.iso.datetime().describe('End of the span (RFC 3339, UTC).'),
		})
		.describe(description);

/** CRM events are scoped to a namespace rather than a workspace. */
export const crmNamespace = () => ref('CRM namespace', 'CRM namespace the object belongs to.');

export const contactName = {
	firstName: z.string().describe('First name.'),
	lastName: z.string().describe('Last name.'),
	primaryEmail: z.string().describe('Primary email address, as entered, e.g. `john.smith@getlavanda.com`.'),
};

export const contact = () =>
	z
		.object({
			...contactName,
			id: z.string().min(1).describe('Id of the contact.'),
			primaryPhoneNumber: z.string().describe('Primary phone number, e.g. `+447999999999` (international form in the seed; no format is documented).'),
			reference: z.string().describe('Human-readable contact reference, e.g. `KTPB9G8G-01`.'),
			secondaryEmails: z.array(z.string().describe('An email address.')).describe('Other email addresses.'),
			secondaryPhoneNumbers: z.array(z.string().describe('A phone number.')).describe('Other phone numbers.'),
		})
		.describe('The contact.');

export const lead = () =>
	z
		.object({
			contacts: z
				.array(
					z.object({
						contact: z.object(contactName).describe('The person.'),
						role: z.string().min(1).describe('Their role on the lead, e.g. `LEAD_GUEST`.'),
					}),
				)
				.describe('People on the lead.'),
			createdAt: z.int().positive().describe('When the lead was created, in Unix **milliseconds** (not RFC 3339 like other times).'),
			estimatedCheckIn: z.string().nullable().describe('Expected check-in, or `null` when not known.'),
			estimatedCheckOut: z.string().nullable().describe('Expected check-out, or `null` when not known.'),
			id: z.string().min(1).describe('Id of the lead.'),
			origin: z.string().describe('Where the lead came from, e.g. `https://www.getlavanda.com` (a URL in the seed; no format is documented).'),
			reference: z.string().describe('Human-readable lead reference, e.g. `ABACAD-01`.'),
			source: z.string().describe('Channel the lead came from, e.g. `Lavanda`.'),
			status: z.string().min(1).describe('Pipeline status, e.g. `NEW`, `CONTACTED`, `CLOSED_WON`.'),
			totalAdults: z.int().nonnegative().describe('Number of adults.'),
			totalBeds: z.int().nonnegative().describe('Number of beds requested.'),
			totalChildren: z.int().nonnegative().describe('Number of children.'),
			totalUnits: z.int().nonnegative().describe('Number of units requested.'),
		})
		.describe('The lead.');

/** Lead events name their workspaces as a list. */
export const leadWorkspaces = () =>
	z.object({ ids: z.array(z.string().min(1).describe('A workspace id.')).describe('Ids of the workspaces.') }).describe('Workspace(s) associated with the lead.');

/** The seed's sample lead, the same in all three lead events but for its pipeline status. */
export const seedLead = (status: string) => ({
	contacts: [{ contact: { firstName: 'John', lastName: 'Smith', primaryEmail: 'john.smith@getlavanda.com' }, role: 'LEAD_GUEST' }],
	createdAt: 1758626865537,
	estimatedCheckIn: null,
	estimatedCheckOut: null,
	id: '1234567890',
	origin: 'https://www.getlavanda.com',
	reference: 'ABACAD-01',
	source: 'Lavanda',
	status,
	totalAdults: 2,
	totalBeds: 1,
	totalChildren: 1,
	totalUnits: 1,
});

/** The fields every `v1.catalog.product.*` event carries. */
export const productFields = () => ({
	product: ref('product', 'The product.'),
	productGroup: ref('product group', 'The product group associated with the product.'),
	timestamp: timestamp(),
	unitType: ref('unit type', 'The unit type associated with the product.'),
	workspace: workspace(),
});

/** The seed's sample contact, the same in both contact events. */
export const seedContact = {
	firstName: 'John',
	id: '1234567890',
	lastName: 'Smith',
	primaryEmail: 'john.smith@getlavanda.com',
	primaryPhoneNumber: '+447999999999',
	reference: 'KTPB9G8G-01',
	secondaryEmails: [],
	secondaryPhoneNumbers: [],
};
