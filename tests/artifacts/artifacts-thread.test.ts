/**
 * The types and the formats made on a worker thread (artifacts-thread.ts), from the registry sent
 * as plain data: the same bytes as made on the build's own thread, each file searched for the
 * internal names it was given.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WrittenArtifact } from '../../src/lib/artifacts/artifacts-thread.ts';
import { ARTIFACT_PATHS } from '../../src/lib/artifacts/artifact-paths.ts';
import { emitFormatArtifacts, emitTypesArtifact } from '../../src/lib/artifacts/emit-artifacts.ts';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { publicEvents } from '../../src/lib/registry/model.ts';

const DRIVER = path.resolve('tests/helpers/artifacts-thread-driver.ts');
const root = mkdtempSync(path.join(tmpdir(), 'hookref-thread-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runThread(registryDir: string, formats: boolean, needles: string[]) {
	const out = path.join(root, `${path.basename(registryDir)}-${formats ? 'on' : 'off'}`);
	const run = spawnSync(process.execPath, ['--import', 'tsx', DRIVER, registryDir, out, formats ? 'on' : 'off', ...needles], { encoding: 'utf8' });
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
	return { out, written: JSON.parse(run.stdout) as WrittenArtifact[] };
}

const filesUnder = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.sort();

describe.each(['events', 'examples/lavanda'])('the artifacts thread on %s', (registryDir) => {
	it('writes the types and formats byte for byte as the build thread makes them, and reports the internal names in each', async () => {
		const registry = await loadRegistry(registryDir);
		const [first, second] = publicEvents(registry);
		// Stand-ins for internal names: a public type occurs in some files and not in others.
		const needles = [first!.type, `${second!.slug}.md`, 'no-such-name-in-any-file'];
		const { out, written } = runThread(registryDir, true, needles);

		const expected = [...emitFormatArtifacts(registry), await emitTypesArtifact(registry)];
		expect(written.map((file) => file.path).sort()).toEqual(expected.map((artifact) => artifact.path).sort());
		expect(filesUnder(out)).toEqual(expected.map((artifact) => artifact.path).sort());
		for (const artifact of expected) {
			const file = path.join(out, artifact.path);
			expect(readFileSync(file, 'utf8'), artifact.path).toBe(artifact.content);
			const report = written.find((entry) => entry.path === artifact.path)!;
			expect(report.bytes).toBe(statSync(file).size);
			expect(report.found, artifact.path).toEqual(needles.filter((needle) => artifact.content.includes(needle)));
		}
		// The needles do occur: the OpenAPI document names every event; one twin's name is in llms.txt only.
		expect(written.find((entry) => entry.path === ARTIFACT_PATHS.openapi)!.found).toContain(first!.type);
		expect(written.filter((entry) => entry.found.includes(`${second!.slug}.md`)).length).toBeGreaterThan(0);
		expect(written.some((entry) => entry.found.includes('no-such-name-in-any-file'))).toBe(false);
	});

	it('writes the types alone when the formats are off', () => {
		const { out, written } = runThread(registryDir, false, []);
		expect(written.map((file) => file.path)).toEqual([ARTIFACT_PATHS.types]);
		expect(filesUnder(out)).toEqual([ARTIFACT_PATHS.types]);
	});
});
