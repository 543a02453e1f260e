import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/lib/schema/ajv.ts';
import { publicEvents } from '../../src/lib/registry/model.ts';
import { defaultRegistry } from '../helpers/default-registry.ts';

describe('schema emission (default registry)', async () => {
	const { registry, artifacts } = await defaultRegistry();
	const events = publicEvents(registry);

	it('emits one schema per public event and none for internal events', () => {
		const schemaFiles = [...artifacts.keys()].filter((p) => p.startsWith('schemas/') && !p.endsWith('.bundle.json'));
		expect(schemaFiles.sort()).toEqual(events.map((e) => `schemas/${e.slug}.json`).sort());
		for (const event of registry.events.filter((e) => e.visibility === 'internal')) {
			for (const content of artifacts.values()) expect(content).not.toContain(event.type);
		}
	});

	it.each(events.map((e) => [e.type, e] as const))('%s: schema compiles in strict mode and its examples validate', (_type, event) => {
		const schema = JSON.parse(artifacts.get(`schemas/${event.slug}.json`)!);
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe(`https://webhooks.valara.cloud/schemas/${event.slug}.json`);
		expect(schema.title).toBe(event.type);
		const validate = createAjv().compile(schema);
		expect(schema.examples.length).toBe(event.samples.length);
		for (const example of schema.examples) expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
		// Remove each required data field in turn: the example must stop validating.
		const required: string[] = schema.properties.data.required ?? [];
		expect(required.length).toBeGreaterThan(0);
		for (const field of required) {
			const broken = structuredClone(schema.examples[0]);
			delete broken.data[field];
			expect(validate(broken), `without data.${field}`).toBe(false);
		}
	});

	it('bundles every public event under $defs with a oneOf discriminated by event_type', () => {
		const bundle = JSON.parse(artifacts.get('schemas/events.bundle.json')!);
		expect(Object.keys(bundle.$defs)).toEqual(events.map((e) => e.slug));
		expect(bundle.oneOf).toHaveLength(events.length);
		const ajv = createAjv();
		const validate = ajv.compile(bundle);
		for (const event of events) {
			for (const delivery of event.deliveries) expect(validate(delivery.body)).toBe(true);
			expect(bundle.$defs[event.slug].properties.event_type.const).toBe(event.type);
		}
		expect(validate({ ...events[0]!.deliveries[0]!.body, event_type: 'listing.section_updated' })).toBe(false);
	});

	it('bundles each category on its own', () => {
		for (const category of registry.platform.categories) {
			const bundle = JSON.parse(artifacts.get(`schemas/${category.id}.bundle.json`)!);
			expect(Object.keys(bundle.$defs)).toEqual(events.filter((e) => e.category === category.id).map((e) => e.slug));
			createAjv().compile(bundle);
		}
	});

	it('is deterministic', async () => {
		const { emitArtifacts } = await import('../../src/lib/artifacts/emit-artifacts.ts');
		const again = await emitArtifacts(registry);
		for (const artifact of again) expect(artifact.content).toBe(artifacts.get(artifact.path));
	});

	it('publishes the catalog of public events', () => {
		const catalog = JSON.parse(artifacts.get('api/v1/webhooks/events.json')!);
		expect(catalog.count).toBe(17);
		expect(catalog.source_of_truth).toBe('https://valara.cloud/api/v1/webhooks/events');
		expect(catalog.events[0]).toEqual({
			type: 'appointment.cancelled',
			category: 'appointment',
			summary: 'An appointment was cancelled.',
			api_version: '2026-05-29',
			deprecated: false,
			page_url: 'https://webhooks.valara.cloud/events/appointment.cancelled/',
			schema_url: 'https://webhooks.valara.cloud/schemas/appointment.cancelled.json',
		});
	});
});
