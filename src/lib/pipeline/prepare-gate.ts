/**
 * The build starts Astro beside its prepare step (registry load, artifacts, site model): Astro's
 * start, content sync and Vite builds need none of the model and take seconds. Before it renders
 * any page, Astro waits for the build's signal that the model is written: a file, named in
 * `HOOKREF_AWAIT_MODEL`, that holds the reuse plan of reused-pages.ts. A file rather than a
 * message: the build goes straight on to its CPU-bound side work, which would hold a message back
 * until its event loop turned. `astro build` run by hand waits for nothing.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { WORK_DIR } from './paths.ts';
import { REUSE_PLAN_ENV } from './reused-pages.ts';
import { writeAtomically } from './write-atomically.ts';

/** Set by scripts/build.ts for its Astro process: the signal file to wait for. */
export const AWAIT_MODEL_ENV = 'HOOKREF_AWAIT_MODEL';

interface ModelReady {
	/** The reuse plan's file, or empty: nothing is reused. */
	reusePlan: string;
}

/** This build's signal file (none yet: a crashed build's is removed). */
export function modelReadySignal(): string {
	const file = path.join(WORK_DIR, `model-ready-${process.pid}.json`);
	rmSync(file, { force: true });
	return file;
}

/** The build: the model is written. */
export const signalModelReady = (file: string, reusePlan: string) => writeAtomically(file, JSON.stringify({ reusePlan } satisfies ModelReady));

/** Checked this often while Astro waits (its event loop has nothing else to do then). */
const POLL_MS = 20;

/** Astro's build waits, between its Vite builds and its first rendered page, for the model. */
export function hookrefPrepareGate(): AstroIntegration {
	return {
		name: 'hookref:prepare-gate',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				const signal = process.env[AWAIT_MODEL_ENV];
				if (command !== 'build' || !signal) return;
				const modelReady = () =>
					new Promise<void>((resolve) => {
						const check = () => {
							if (!existsSync(signal)) return void setTimeout(check, POLL_MS);
							const { reusePlan } = JSON.parse(readFileSync(signal, 'utf8')) as ModelReady;
							process.env[REUSE_PLAN_ENV] = reusePlan;
							resolve();
						};
						check();
					});
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'hookref:await-model',
								// After Astro's own Vite builds, before its page generation (also a
								// `post` step, of a plugin Vite orders after this one).
								buildApp: { order: 'post', handler: modelReady },
							},
						],
					},
				});
			},
		},
	};
}
