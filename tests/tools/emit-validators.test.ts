/**
 * The payload checker's generated validators, imported as the browser imports them: one module
 * per public event that accepts its own samples and none of the internal events, written from the
 * sample check's compiled validators, with ajv's helpers in one shared module.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Artifact } from '../../src/lib/artifacts/emit-artifacts.ts';
import { checkAndEmitValidators, emitValidatorArtifacts } from '../../src/lib/artifacts/emit-validators.ts';
import { publicEvents } from '../../src/lib/registry/model.ts';
import { createAjv } from '../../src/lib/schema/ajv.ts';
import { checkPayload, type ValidatorModule } from '../../src/lib/tools/check-payload.ts';
import { TOOL_PATHS } from '../../src/lib/tools/tool-paths.ts';
import { defaultRegistry } from '../helpers/default-registry.ts';

describe('payload checker validators', async () => {
	const { registry } = await defaultRegistry();
	const ajv = createAjv({ source: true });
	// Every schema compiled, none twice: the modules come from the functions that checked the samples.
	const compiled: unknown[] = [];
	const compile = ajv.compile.bind(ajv);
	const cache = (ajv as unknown as { _cache: Map<unknown, unknown> })._cache;
	ajv.compile = ((schema: never) => {
		if (!cache.has(schema)) compiled.push(schema);
		return compile(schema);
	}) as typeof ajv.compile;
	const artifacts: Artifact[] = [];
	process.env.HOOKREF_CACHE = 'off';
	try {
		expect(await checkAndEmitValidators(registry, ajv, (artifact) => artifacts.push(artifact))).toEqual([]);
	} finally {
		delete process.env.HOOKREF_CACHE;
	}
	const compiledOnce = new Set(compiled).size === compiled.length;
	const dir = path.resolve('.hookref', 'test-validators', String(process.pid));
	rmSync(dir, { recursive: true, force: true });
	for (const artifact of artifacts) {
		mkdirSync(path.dirname(path.join(dir, artifact.path)), { recursive: true });
		writeFileSync(path.join(dir, artifact.path), artifact.content);
	}
	const load = async (slug: string) => (await import(pathToFileURL(path.join(dir, TOOL_PATHS.validator(slug))).href)) as ValidatorModule;

	it('emits one module per public event, the shared runtime and the type index, and nothing for internal events', () => {
		const events = publicEvents(registry);
		expect(artifacts.map((a) => a.path).sort()).toEqual(
			[...events.map((e) => TOOL_PATHS.validator(e.slug)), 'validators/runtime.js', TOOL_PATHS.validatorIndex].sort(),
		);
		const internal = registry.events.filter((e) => e.visibility === 'internal').map((e) => e.type);
		expect(internal.length).toBeGreaterThan(0);
		for (const artifact of artifacts) for (const type of internal) expect(artifact.content).not.toContain(type);
		// Written from the check's own compiled functions: every event compiled, nothing twice.
		expect(new Set(compiled).size).toBe(registry.events.length);
		expect(compiledOnce).toBe(true);
		// No code the browser would have to evaluate from strings, no Node `require` (ajv keeps its
		// helpers' source as a string, `x.code = 'require(…)'`, which is never run).
		for (const artifact of artifacts.filter((a) => a.path.endsWith('.js'))) {
			expect(artifact.content, artifact.path).not.toMatch(/\bnew Function\b|\beval\(|(?<!['"])\brequire\(/);
		}
	});

	it('the same bytes from a fresh compile of public events only (dev and --prepare-only), in any order', async () => {
		process.env.HOOKREF_CACHE = 'off';
		try {
			const alone = await emitValidatorArtifacts({ ...registry, events: [...registry.events].reverse() }, createAjv({ source: true }));
			const byPath = (list: Artifact[]) => new Map(list.filter((a) => a.path !== TOOL_PATHS.validatorIndex && !a.path.endsWith('runtime.js')).map((a) => [a.path, a.content.replace(/\br\d+\b/g, 'r')]));
			expect(byPath(alone)).toEqual(byPath(artifacts));
		} finally {
			delete process.env.HOOKREF_CACHE;
		}
	});

	it('each module accepts its event\'s samples and reports errors against its schema', async () => {
		for (const event of publicEvents(registry)) {
			const validator = await load(event.slug);
			expect(validator.event.type).toBe(event.type);
			for (const delivery of event.deliveries) {
				expect(checkPayload(delivery.json, validator), `${event.type}: ${delivery.name}`).toEqual({ kind: 'checked', asData: false, valid: true, findings: [] });
			}
		}
		const validator = await load('listing.created');
		const body = structuredClone(publicEvents(registry).find((e) => e.type === 'listing.created')!.deliveries[0]!.body) as { data: Record<string, unknown> };
		delete body.data.listing_id;
		const report = checkPayload(JSON.stringify(body), validator);
		expect(report).toMatchObject({ kind: 'checked', valid: false, findings: [{ pointer: '/data/listing_id', rule: 'required', rowPath: 'listing_id' }] });
	});
});
