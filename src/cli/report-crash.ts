/**
 * An unexpected failure is a bug in hookref, not a mistake in the registry: the author gets one
 * line saying so and where the full trace was written, instead of a stack trace to decode.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WORK_DIR } from '../lib/pipeline/paths.ts';

/** Exit status of a crash (EX_SOFTWARE): distinct from 1 (the registry has problems) and 2 (usage). */
export const CRASH_EXIT_CODE = 70;

/** Writes the trace to `.hookref/crash-<time>.log`, prints one line, returns the exit code. */
export function reportCrash(error: unknown, during: string): number {
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const file = path.join(WORK_DIR, `crash-${stamp}-${process.pid}.log`);
	const trace = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
	const summary = (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim()) ?? 'unknown error';
	let where = path.relative(process.cwd(), file);
	try {
		mkdirSync(WORK_DIR, { recursive: true });
		writeFileSync(
			file,
			[`hookref crashed during ${during}`, `node ${process.version}, ${process.platform}`, `argv: ${process.argv.slice(2).join(' ')}`, `EVENTS_DIR=${process.env.EVENTS_DIR ?? ''}`, '', trace, ''].join('\n'),
		);
	} catch {
		where = 'nowhere (could not write .hookref/); the trace follows';
		console.error(trace);
	}
	console.error(`hookref: internal error during ${during} (${summary.trim()}). This is a bug in hookref, not in your registry; the full trace is in ${where}.`);
	return CRASH_EXIT_CODE;
}
