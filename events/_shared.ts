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
