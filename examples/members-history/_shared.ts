/** Field schemas shared by several events of this registry (files starting with `_` are not events). */
import { z } from 'hookref';

const id = (prefix: string, description: string) =>
	z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9]+$`)).describe(description);

export const memberId = (description = 'The member’s id, `mem_…`.') => id('mem', description);
export const formId = (description: string) => id('form', description);
export const userId = (description: string) => id('user', description);
export const paymentId = () => id('pay', 'The payment’s id, `pay_…`.');
export const subscriptionId = () => id('sub', 'The subscription’s id, `sub_…`.');
export const ticketId = (description: string) => id('tkt', description);
export const testimonialId = () => id('test', 'The testimonial’s id, `test_…`.');
export const email = (description: string) => z.email().describe(description);
export const dateTime = (description: string) => z.iso.datetime().describe(description);
export const planId = (description: string) => z.string().min(1).describe(`${description} A plan id such as \`free\` or \`pro\`.`);
export const ipAddress = (description: string) => z.union([z.ipv4(), z.ipv6()]).describe(description);
/** Integer amount in the currency’s minor unit (9900 = 99.00). */
export const amount = () => z.int().nonnegative().describe('Amount in the currency’s minor unit, e.g. `9900` for 99.00.');
export const currency = () => z.string().regex(/^[a-z]{3}$/).describe('ISO 4217 currency code in lowercase, e.g. `usd`.');
