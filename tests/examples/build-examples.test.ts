/**
 * Every example registry builds, and its `dist/` passes the same checks as the default one:
 * pages with their sections, valid schemas and samples, the catalog, and no internal leak.
 * Example-specific assertions live beside this file, one suite per example.
 */
import { describe, expect, inject, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { checkDist, exampleDist, listExamples } from '../helpers/dist-checks.ts';

const builds = inject('exampleBuilds');

describe('example registries', () => {
	it('are all built by the test run', () => {
		expect(Object.keys(builds).sort()).toEqual(listExamples());
	});

	for (const name of listExamples()) {
		it(`examples/${name} builds and passes the dist checks`, async () => {
			const build = builds[name]!;
			expect(build.status, build.output.slice(-3000)).toBe(0);
			const registry = await loadRegistry(`examples/${name}`);
			checkDist(registry, exampleDist(name));
		});
	}
});
