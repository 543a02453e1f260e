/**
 * The formats other tools read, for the default registry and every example as the global setup
 * built them: openapi.json passes Redocly's recommended rules (and our 2xx rule for webhooks),
 * asyncapi.json parses without an error diagnostic, and every example in both validates against
 * its schema with ajv. Nothing internal is in them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { publicEvents, type Registry } from '../../src/lib/registry/model.ts';
import { DEFAULT_DIST, exampleDist, listExamples } from '../helpers/dist-checks.ts';
import { ACKNOWLEDGED_RULE, asyncApiValidator, lintOpenApi, openApiValidator, parseAsyncApi } from '../helpers/spec-checks.ts';

const builds = { events: inject('defaultBuild'), ...Object.fromEntries(listExamples().map((name) => [`examples/${name}`, inject('exampleBuilds')[name]!])) };
const distOf = (dir: string) => (dir === 'events' ? DEFAULT_DIST : exampleDist(dir.replace('examples/', '')));
const read = (dir: string, file: string) => readFileSync(path.join(distOf(dir), file), 'utf8');

/** The headers a receiver must see for each signing scheme. */
function signingHeaders(registry: Registry): string[] {
	const { signing } = registry.platform;
	if (signing.scheme === 'hmac-sha256') return [signing.signatureHeader, signing.timestampHeader];
	if (signing.scheme === 'standard-webhooks') return ['webhook-id', 'webhook-timestamp', 'webhook-signature'];
	return [];
}

describe.each(Object.keys(builds))('%s', (dir) => {
	it('built', () => expect(builds[dir as keyof typeof builds]!.status).toBe(0));

	describe('openapi.json', () => {
		it('passes Redocly’s recommended rules and the webhook 2xx rule with no error', async () => {
			const { errors } = await lintOpenApi(read(dir, 'openapi.json'));
			expect(errors).toEqual([]);
		});

		it('has one webhook per public event: id, summary, category tag, headers, samples, responses, deprecation', async () => {
			const registry = await loadRegistry(dir);
			const events = publicEvents(registry);
			const doc = JSON.parse(read(dir, 'openapi.json'));
			expect(doc.openapi).toMatch(/^3\.1\./);
			expect(doc.info.version).toBe(events.map((e) => e.apiVersion).sort().at(-1));
			expect(Object.keys(doc.webhooks)).toEqual(events.map((e) => e.type));
			const tagNames = doc.tags.map((t: { name: string }) => t.name);
			for (const event of events) {
				const op = doc.webhooks[event.type].post;
				expect(op.operationId).toBe(event.slug);
				expect(op.summary).toBe(event.summary);
				const category = registry.platform.categories.find((c) => c.id === event.category)!;
				expect(op.tags).toEqual([category.title]);
				expect(tagNames).toContain(category.title);
				expect(op.deprecated ?? false).toBe(Boolean(event.deprecated));
				const headerNames = op.parameters.map((p: { in: string; name: string }) => (expect(p.in).toBe('header'), p.name));
				for (const name of signingHeaders(registry)) {
					expect(headerNames, `${event.type} ${name}`).toContain(name);
					expect(op.parameters.find((p: { name: string }) => p.name === name).description).toMatch(/^Signature header\./);
				}
				expect(Object.keys(op.responses)).toEqual(['2XX', 'default']);
				const media = op.requestBody.content['application/json'];
				expect(media.schema.$ref).toBe(`#/components/schemas/${event.slug}`);
				const examples = Object.values(media.examples) as { summary: string; value: unknown }[];
				expect(examples.map((e) => e.summary)).toEqual(event.deliveries.map((d) => d.name));
				expect(examples.map((e) => e.value)).toEqual(event.deliveries.map((d) => d.body));
				const validate = openApiValidator(doc, event.slug);
				for (const example of examples) expect(validate(example.value), JSON.stringify(validate.errors)).toBe(true);
			}
			// A body that breaks its schema is refused by the same validator: the check can fail.
			const first = events[0]!;
			const broken = { ...first.deliveries[0]!.body, [registry.platform.envelope.typeFields[0]!]: 42 };
			expect(openApiValidator(doc, first.slug)(broken)).toBe(false);
			// No component carries an `$id` (tools would resolve its references against it).
			expect(JSON.stringify(doc.components)).not.toContain('"$id"');
		});

		it('states the retry policy in the responses', async () => {
			const registry = await loadRegistry(dir);
			const doc = JSON.parse(read(dir, 'openapi.json'));
			const op = Object.values(doc.webhooks as Record<string, { post: { responses: Record<string, { description: string }> } }>)[0]!.post;
			const { retry } = registry.platform;
			if ('documented' in retry) expect(op.responses.default!.description).toContain(retry.note);
			else {
				expect(op.responses['2XX']!.description).toContain(`${retry.timeoutSeconds} seconds`);
				expect(op.responses.default!.description).toMatch(/time-out .* retried: \d+ attempts in all/);
			}
		});
	});

	describe('asyncapi.json', () => {
		it('parses with @asyncapi/parser without an error diagnostic', async () => {
			const { document, errors } = await parseAsyncApi(read(dir, 'asyncapi.json'));
			expect(errors).toEqual([]);
			expect(document).toBeDefined();
		});

		it('has a channel, a send operation and a message per public event; every example validates', async () => {
			const registry = await loadRegistry(dir);
			const events = publicEvents(registry);
			const doc = JSON.parse(read(dir, 'asyncapi.json'));
			expect(doc.asyncapi).toBe('3.0.0');
			expect(Object.keys(doc.channels)).toEqual(events.map((e) => e.slug));
			expect(Object.keys(doc.operations)).toEqual(events.map((e) => e.slug));
			expect(Object.keys(doc.components.messages)).toEqual(events.map((e) => e.slug));
			for (const event of events) {
				const operation = doc.operations[event.slug];
				expect(operation.action).toBe('send');
				expect(operation.channel.$ref).toBe(`#/channels/${event.slug}`);
				const message = doc.components.messages[event.slug];
				expect(message.name).toBe(event.type);
				expect(message.payload.$ref).toBe(`#/components/schemas/${event.slug}`);
				for (const name of signingHeaders(registry)) expect(message.headers.required).toContain(name);
				expect(message.examples.map((e: { payload: unknown }) => e.payload)).toEqual(event.deliveries.map((d) => d.body));
				const payload = asyncApiValidator(doc, message.payload);
				const headers = asyncApiValidator(doc, message.headers);
				for (const example of message.examples) {
					expect(payload(example.payload), JSON.stringify(payload.errors)).toBe(true);
					expect(headers(example.headers), JSON.stringify(headers.errors)).toBe(true);
				}
			}
		});
	});

	it('leaves internal events out of every new file', async () => {
		const registry = await loadRegistry(dir);
		const internal = registry.events.filter((e) => e.visibility === 'internal');
		const events = publicEvents(registry);
		const files = ['openapi.json', 'asyncapi.json', 'llms.txt', 'llms-full.txt', ...events.map((e) => `events/${e.slug}.md`)];
		for (const file of files) {
			const text = read(dir, file);
			for (const event of internal) expect(text.includes(event.type), `${file} names ${event.type}`).toBe(false);
		}
	});
});

describe('the checks can fail', () => {
	const source = read('events', 'openapi.json');
	const asyncSource = read('events', 'asyncapi.json');

	it('the 2xx rule reports a webhook without a success response', async () => {
		const doc = JSON.parse(source);
		const [type] = Object.keys(doc.webhooks);
		delete doc.webhooks[type!].post.responses['2XX'];
		const { errors } = await lintOpenApi(JSON.stringify(doc));
		expect(errors.some((e) => e.startsWith(ACKNOWLEDGED_RULE))).toBe(true);
	});

	it('Redocly reports a reference that does not resolve', async () => {
		const doc = JSON.parse(source);
		const [type] = Object.keys(doc.webhooks);
		doc.webhooks[type!].post.requestBody.content['application/json'].schema.$ref = '#/components/schemas/Nope';
		const { errors } = await lintOpenApi(JSON.stringify(doc));
		expect(errors.some((e) => e.startsWith('no-unresolved-refs'))).toBe(true);
	});

	it('the AsyncAPI parser validates our payload schemas (it would skip them as JSON Schema 2020-12)', async () => {
		const broken = JSON.parse(asyncSource);
		broken.components.schemas.Envelope.type = 'objekt';
		expect((await parseAsyncApi(JSON.stringify(broken))).errors.length).toBeGreaterThan(0);
		// The same mistake declared as 2020-12 goes through unseen: why the payloads use the AsyncAPI format.
		const [id] = Object.keys(broken.components.messages);
		const message = broken.components.messages[id!];
		message.payload = { schemaFormat: 'application/schema+json;version=draft-2020-12', schema: { type: 'objekt' } };
		delete broken.components.schemas.Envelope.type;
		expect((await parseAsyncApi(JSON.stringify(broken))).errors).toEqual([]);
	});
});
