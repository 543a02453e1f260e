/**
 * Builds the default registry and every example registry once for the whole run; the build,
 * example and browser suites assert on the results. Each build has its own output folder.
 */
import type { TestProject } from 'vitest/node';
import { DEFAULT_DIST, exampleDist, listExamples, runBuild } from './helpers/dist-checks.ts';

type BuildResult = { status: number | null; output: string };

declare module 'vitest' {
	export interface ProvidedContext {
		defaultBuild: BuildResult;
		exampleBuilds: Record<string, BuildResult>;
	}
}

function timed(label: string, build: () => BuildResult): BuildResult {
	const started = performance.now();
	const result = build();
	console.log(`global setup: built ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s (exit ${result.status})`);
	return result;
}

export default function setup(project: TestProject) {
	project.provide('defaultBuild', timed(`the default registry into ${DEFAULT_DIST}`, () => runBuild('events', DEFAULT_DIST)));
	const exampleBuilds: Record<string, BuildResult> = {};
	for (const name of listExamples()) {
		exampleBuilds[name] = timed(`examples/${name}`, () => runBuild(`examples/${name}`, exampleDist(name)));
	}
	project.provide('exampleBuilds', exampleBuilds);
}
