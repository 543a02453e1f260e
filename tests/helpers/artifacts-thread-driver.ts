/**
 * Runs `emitArtifactsOnThread` on a registry and prints what the thread reported, as JSON. A
 * separate process: the worker thread needs the TypeScript loader the build runs with (tsx).
 *
 *   node --import tsx artifacts-thread-driver.ts <registry> <out dir> <formats: on|off> <needle>…
 */
import { emitArtifactsOnThread } from '../../src/lib/artifacts/artifacts-thread.ts';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';

const [dir, out, formats, ...needles] = process.argv.slice(2);
const registry = await loadRegistry(dir!);
console.log(JSON.stringify(await emitArtifactsOnThread(registry, { dir: out!, needles, formats: formats === 'on' })));
