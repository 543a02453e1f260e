/**
 * Field schemas shared by several Valara events. Files whose name starts with `_` are helpers,
 * not events: the registry loader skips them.
 */
import { z } from 'hookref';

export const agencyId = () =>
	z.string().regex(/^agy_[0-9a-z]{12}$/).describe('Id of the agency that owns the resource.');

export const listingNumber = () =>
	z.string().regex(/^[a-z0-9]{7}$/).describe('The listing’s short public number: 7 lowercase letters or digits.');

export const objectId = (description: string) => z.string().regex(/^[0-9a-f]{24}$/).describe(description);

export const actor = (description: string) =>
	z.string().regex(/^(apikey|user|admin):[A-Za-z0-9_]+$/).describe(description);

export const dateTime = (description: string) => z.iso.datetime().describe(description);

export const currency = () =>
	z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 currency code, e.g. `USD`.');

export const cents = (description: string) => z.int().nonnegative().describe(description);

export const listingStatus = (description: string) =>
	z.enum(['Coming Soon', 'Active', 'Pending', 'Sold', 'Archived']).describe(description);

export const userRole = () =>
	z.enum(['media_agency', 'team', 'broker', 'agent', 'assistant', 'viewer']).describe('The user’s role in the agency.');

export const email = (description: string) => z.email().describe(description);

export const userId = (description: string) => z.string().regex(/^usr_[0-9a-z]{12}$/).describe(description);

/** An amount of money: integer minor units (cents) plus currency. */
export const money = (description: string, amountDescription: string) =>
	z.object({ amount: cents(amountDescription), currency: currency() }).describe(description);

/** Where media is delivered: the same shape for completed and failed deliveries. */
export const deliveryDestination = () =>
	z
		.object({
			provider: z
				.enum(['google_drive', 'dropbox', 'onedrive', 'box'])
				.describe('The cloud storage provider the media is uploaded to.'),
			folder_path: z.string().min(1).describe('Path of the target folder in the agent’s storage.'),
			folder_url: z.url().optional().describe('Link to the folder in the provider’s web app, when the provider returns one.'),
		})
		.describe('Where the media was to be uploaded.');

export const deliveryJobId = () =>
	z
		.string()
		.regex(/^deliver_[0-9a-z]{16}$/)
		.describe('Id of the delivery job (`deliver_…`). Stable across the platform’s internal retries: the dedup key.');

/** A subscription's price; shared by subscription.created and subscription.cancelled. */
export const subscriptionPrice = () =>
	z
		.object({
			amount: z.int().nonnegative().describe('Price per interval, in integer cents.'),
			currency: z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 currency code, e.g. `USD`.'),
			interval: z.enum(['month', 'year']).describe('How often the price is charged.'),
		})
		.describe('What the plan costs.');
