/**
 * The TypeScript types, made on a thread of their own. json-schema-to-typescript takes seconds at
 * thousands of events (~15 s at 5,000) and needs only the events' JSON Schema bundle, which is
 * plain data. The build's side work outlasts Astro at that size, leaving a core idle: this runs
 * the types there while the build goes on with ajv's pass and the formats.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Registry } from '../registry/model.ts';
import { emitEventsBundle, typesArtifactOf, type Artifact } from './emit-artifacts.ts';

interface TypesJob {
	hookrefTypes: true;
	bundle: Record<string, unknown>;
}

/** `emitTypesArtifact` on a worker thread (which inherits the loader this process runs TypeScript with). */
export function emitTypesOnThread(registry: Registry): Promise<Artifact> {
	const worker = new Worker(new URL(import.meta.url), { workerData: { hookrefTypes: true, bundle: emitEventsBundle(registry) } satisfies TypesJob });
	return new Promise((resolve, reject) => {
		worker.once('message', (artifact: Artifact) => resolve(artifact));
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`the types thread exited with ${code} before it answered`)));
	});
}

if (!isMainThread && (workerData as TypesJob | undefined)?.hookrefTypes) {
	const { bundle } = workerData as TypesJob;
	parentPort!.postMessage(await typesArtifactOf(bundle));
}
