/**
 * Builds the default registry, every example registry and the XSS corpus once for the whole run; the build,
 * example and browser suites assert on the results. Each build has its own output folder.
 */
import type { TestProject } from 'vitest/node';
import { DEFAULT_DIST, exampleDist, listExamples, runBuild } from './helpers/dist-checks.ts';
import { writeXssRegistry, XSS_DIST, XSS_REGISTRY_DIR } from './helpers/xss-registry.ts';

type BuildResult = { status: number | null; output: string };

declare module 'vitest' {
	export interface ProvidedContext {
		defaultBuild: BuildResult;
		exampleBuilds: Record<string, BuildResult>;
		xssBuild: BuildResult;
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
	// The XSS corpus (tests/helpers/xss-registry.ts): a script payload in every text field.
	writeXssRegistry(XSS_REGISTRY_DIR);
	project.provide('xssBuild', timed('the XSS corpus', () => runBuild(XSS_REGISTRY_DIR, XSS_DIST)));
}
