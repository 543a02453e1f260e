/**
 * A registry must not reject what the platform itself sends: payloads copied verbatim from the
 * example registries' seeds (`../shared/seeds/`) validate against the published schema (ajv) and
 * the registry's zod schema. Each one used to be rejected by a pattern or format the seed never states.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBodySchema } from '../../src/lib/registry/body-schema.ts';
import type { EventDefinition } from '../../src/lib/registry/event-definition.ts';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { createAjv } from '../../src/lib/schema/ajv.ts';

const SEED_PAYLOADS: [registry: string, type: string, why: string, body: unknown][] = [
	[
		'examples/lavanda',
		'v1.catalog.product_group.updated',
		'its id is not hexadecimal',
		{ id: 'catalog_132e63d2-k4sp-543k-t42a-859430200123', productGroup: { id: 'be5Kl6RE' }, timestamp: '2025-10-27T14:53:39Z', type: 'v1.catalog.product_group.updated', workspace: { id: '431236' } },
	],
	[
		'examples/vagaro',
		'customer.updated',
		'the seed shows the address obfuscated, and states no format for ids or country codes',
		{
			id: '254FA623-D2B0-4785-A07D-A1A7059C74FF', createdDate: '2024-03-15T00:00:00Z', type: 'customer', action: 'updated',
			payload: {
				customerId: '4CB231BAD3B26B7DE53FE5832A54A7B1', businessIds: ['U2FsdGVkX18zRbwyUxRZaHNTYGwjKCpDdAkKP4eUDsE='], customerFirstName: 'Johnny', customerLastName: 'Smith',
				businessGroupId: 'tYKEZF-L445YEDnCx0TIfA==', email: '[email protected]', mobilePhone: '9145551212', dayPhone: '', nightPhone: '',
				streetAddress: '498 Edgecombe Avenue Manhattan', city: 'New York', regionCode: 'NY', regionName: 'New York', countryCode: 'US',
				countryName: 'United States of America', postalCode: '10030', createdDate: '2023-07-10T08:50:00Z', createdBy: 'GVkX18zRbwyUxRZaHNTYGwjK',
				modifiedDate: '2023-08-10T08:50:00Z', modifiedBy: 'GVkX18zRbwyUxRZaHNTYGwjK',
			},
		},
	],
	[
		'examples/members',
		'member.created',
		'the seed shows the address obfuscated',
		{ id: 'evt_123', event: 'member.created', created_at: '2024-01-15T10:00:00Z', project_id: 'proj_abc', data: { id: 'mem_xyz', email: '[email protected]', full_name: 'John Doe', avatar_url: null, plan_id: 'free', status: 'active', metadata: {}, created_at: '2024-01-15T10:00:00Z' } },
	],
];

describe("the examples accept their seeds' own payloads", () => {
	it.each(SEED_PAYLOADS)('%s %s (%s)', async (dir, type, _why, body) => {
		const registry = await loadRegistry(dir);
		const event = registry.events.find((e) => e.type === type)!;
		const validate = createAjv().compile(event.bodyJsonSchema);
		expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
		// The checked event keeps no zod schema: the event file's own makes the body schema again.
		const definition = ((await import(path.resolve(event.file))) as { default: EventDefinition }).default;
		const bodySchema = buildBodySchema(registry.platform, { ...definition, typeValues: event.typeValues });
		expect(bodySchema.safeParse(body).error?.issues ?? []).toEqual([]);
	});
});
