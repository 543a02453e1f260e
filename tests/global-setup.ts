/**
 * Builds the default registry once for the whole run; the build and browser suites assert on
 * the result. Each suite that builds another registry uses its own output folder.
 */
import type { TestProject } from 'vitest/node';
import { DEFAULT_DIST, runBuild } from './helpers/dist-checks.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		defaultBuild: { status: number | null; output: string };
	}
}

export default function setup(project: TestProject) {
	const started = performance.now();
	const build = runBuild('events', DEFAULT_DIST);
	console.log(`global setup: built the default registry into ${DEFAULT_DIST} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	project.provide('defaultBuild', build);
}
