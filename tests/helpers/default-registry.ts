/** The default registry and its artifacts, loaded once per test file. */
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { emitArtifacts, type Artifact } from '../../src/lib/artifacts/emit-artifacts.ts';
import type { Registry } from '../../src/lib/registry/model.ts';

let cached: Promise<{ registry: Registry; artifacts: Map<string, string> }> | undefined;

export function defaultRegistry() {
	cached ??= loadRegistry('events').then(async (registry) => ({
		registry,
		artifacts: new Map((await emitArtifacts(registry)).map((a: Artifact) => [a.path, a.content])),
	}));
	return cached;
}
