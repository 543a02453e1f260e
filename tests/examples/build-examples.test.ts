/**
 * Every example registry builds, and its `dist/` passes the same checks as the default one:
 * pages with their sections, valid schemas and samples, the catalog, and no internal leak.
 * Example-specific assertions live beside this file, one suite per example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { checkDist, exampleDist, listExamples } from '../helpers/dist-checks.ts';

const builds = inject('exampleBuilds');

describe('example registries', () => {
	it('are all built by the test run', () => {
		expect(Object.keys(builds).sort()).toEqual(listExamples());
	});

	it('leave src/ free of any platform: names and hosts live in the registries only', async () => {
		const sources = readdirSync('src', { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
		for (const dir of ['events', ...listExamples().map((name) => `examples/${name}`)]) {
			const { platform } = await loadRegistry(dir);
			// The name as a proper noun (a platform may be called by a common word), hosts anywhere.
			const name = new RegExp(`\\b${platform.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
			expect(sources.some((source) => name.test(source)), `${dir}: "${platform.name}" appears in src/`).toBe(false);
			const hosts = [platform.siteUrl, platform.hosts.primary, ...platform.hosts.legacy].map((url) => new URL(url).host);
			for (const host of hosts) {
				expect(sources.some((source) => source.toLowerCase().includes(host)), `${dir}: "${host}" appears in src/`).toBe(false);
			}
		}
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
