/**
 * Property: every generated registry, valid or broken in one place, is either accepted by
 * `loadRegistry` (what `registry check` runs) and turns into a site model and artifacts, or is
 * rejected with a RegistryError whose issues name the file and, for an event's mistake, the event
 * and the field path the mutation broke. Never another exception, never a stack trace.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { emitArtifacts, emitTypesArtifact } from '../../src/lib/artifacts/emit-artifacts.ts';
import { RegistryError } from '../../src/lib/registry/errors.ts';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { buildSiteModel } from '../../src/lib/site/site-model.ts';
import { registryCase, writeModel } from './registry-model.ts';

const RUNS = Number(process.env.HOOKREF_FUZZ_RUNS) || 1000;
/** Every this many valid cases also emit the TypeScript types (json-schema-to-typescript is slow). */
const TYPES_EVERY = 10;
/**
 * Every this many cases run ajv's second opinion on the samples in the same call (`registry
 * check` always does); the others leave it out, as the build's first pass does, because compiling
 * each schema costs ~50 ms and would make this suite take minutes. zod and every other check run always.
 */
const AJV_EVERY = 10;

const tried = { valid: 0, rejected: 0, withAjv: 0, byKind: {} as Record<string, number> };

afterAll(() => {
	const kinds = Object.entries(tried.byKind).sort().map(([kind, n]) => `${kind} ${n}`).join(', ');
	console.log(
		`fuzz: tried ${tried.valid + tried.rejected} generated registries through check (${tried.withAjv} with ajv): ` +
			`${tried.valid} valid, ${tried.rejected} mutated (${kinds})`,
	);
});

describe('registry check, fuzzed', () => {
	it(`accepts or explains every generated registry (${RUNS} cases)`, { timeout: 600_000 }, async () => {
		await fc.assert(
			fc.asyncProperty(registryCase, async ({ model, expected }) => {
				const dir = writeModel(model);
				const withAjv = (tried.valid + tried.rejected) % AJV_EVERY === 0;
				if (withAjv) tried.withAjv++;
				const result = await loadRegistry(dir, { deferJsonSchemaCheck: !withAjv }).then(
					(registry) => ({ registry, error: undefined }),
					(error: unknown) => ({ registry: undefined, error }),
				);
				if (!expected) {
					expect(result.error, 'a valid registry is accepted').toBeUndefined();
					const registry = result.registry!;
					expect(registry.events.map((e) => e.type).sort()).toEqual(model.events.map((e) => e.type).sort());
					buildSiteModel(registry);
					await emitArtifacts(registry, { types: false });
					if (tried.valid % TYPES_EVERY === 0) await emitTypesArtifact(registry);
					tried.valid++;
					return;
				}
				expect(result.error, `${expected.kind} is rejected as a registry error`).toBeInstanceOf(RegistryError);
				const issues = (result.error as RegistryError).issues;
				for (const issue of issues) {
					expect(issue.file.startsWith(dir), issue.file).toBe(true);
					if (issue.event !== undefined) expect(issue.path, `${issue.file} › ${issue.event} has a path`).toBeTruthy();
					expect(issue.message).not.toMatch(/\n\s+at /);
				}
				const file = `${dir}/${expected.file}`;
				const match = issues.find(
					(issue) =>
						(expected.path === undefined ? issue.file.startsWith(`${file}:`) : issue.file === file) &&
						issue.event === expected.event &&
						issue.path === expected.path,
				);
				expect(match, `${expected.kind}: expected ${file} › ${expected.event} › ${expected.path} in\n${(result.error as Error).message}`).toBeDefined();
				tried.rejected++;
				tried.byKind[expected.kind] = (tried.byKind[expected.kind] ?? 0) + 1;
			}),
			{ numRuns: RUNS },
		);
	});
});
