/** Field schemas shared by several events of this registry (files starting with `_` are not events). */
import { z } from 'hookref';

// The seed shows one id of each kind (`mem_xyz`, `pay_123`) and documents no format: the prefixes
// are described, not enforced, so that no id the platform sends is rejected.
const id = (_prefix: string, description: string) => z.string().min(1).describe(description);

export const memberId = (description = 'The member’s id, `mem_…`.') => id('mem', description);
export const formId = (description: string) => id('form', description);
export const userId = (description: string) => id('user', description);
export const paymentId = () => id('pay', 'The payment’s id, `pay_…`.');
export const subscriptionId = () => id('sub', 'The subscription’s id, `sub_…`.');
export const ticketId = (description: string) => id('tkt', description);
export const testimonialId = () => id('test', 'The testimonial’s id, `test_…`.');
// No format: the seed documents none (and its page shows every address obfuscated).
export const email = (description: string) => z.string().describe(description);
export const dateTime = (description: string) => z.iso.datetime().describe(description);
export const planId = (description: string) => z.string().min(1).describe(`${description} A plan id such as \`free\` or \`pro\`.`);
export const ipAddress = (description: string) => z.union([z.ipv4(), z.ipv6()]).describe(description);
/** Integer amount in the currency’s minor unit (9900 = 99.00). */
export const amount = () => z.int().nonnegative().describe('Amount in the currency’s minor unit, e.g. `9900` for 99.00.');
export const currency = () => z.string().min(1).describe('Currency code, e.g. `usd` (the seed\'s only value; it does not say which code list).');
