/**
 * Tests that need a language runtime or chromium: when it is missing they are skipped with a
 * loud warning, except under CI=true, where a missing runtime is a failure.
 */
import { spawnSync } from 'node:child_process';

export function hasCommand(command: string, args = ['--version']): boolean {
	const result = spawnSync(command, args, { encoding: 'utf8' });
	return !result.error && result.status === 0;
}

/** `true` when the tool is present; otherwise warns (or, under CI, throws). */
export function requireTool(present: boolean, what: string, install: string): boolean {
	if (present) return true;
	const message = `${what} is missing: install it with \`${install}\` (.ci/run does).`;
	if (process.env.CI === 'true') throw new Error(`CI: ${message}`);
	console.warn(`\n⚠️  SKIPPING: ${message}\n`);
	return false;
}
