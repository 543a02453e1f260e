/** Field schemas shared by several Vagaro events (files starting with `_` are not events). */
import { z } from 'hookref';

/** Vagaro ids are opaque strings (base64-like or hex); the seed gives them no fixed shape. */
export const id = (description: string) => z.string().min(1).describe(`${description} An opaque string.`);
export const dateTime = (description: string) => z.iso.datetime().describe(`${description} (RFC 3339, UTC).`);
/** Money is a decimal number of currency units here, not integer cents. */
export const money = (description: string) => z.number().nonnegative().describe(`${description}, in currency units (e.g. \`45.5\`).`);
export const businessGroupId = () => id('The business group the business belongs to.');
export const createdBy = () => id('Who created the record.');
