/**
 * Registry mistakes are user errors, not crashes: each one names the file, the event and the
 * field path, says what is wrong and, where we can, what to do. The CLI prints them and exits 1.
 */
import type { z } from 'zod';

export interface RegistryIssue {
	/** Path of the offending file, relative to the working directory. */
	file: string;
	/** The event type, when the problem belongs to one event. */
	event?: string;
	/** Path to the field inside the file's export or the payload, e.g. `samples[0].data.amount`. */
	path?: string;
	message: string;
}

export class RegistryError extends Error {
	constructor(readonly issues: RegistryIssue[]) {
		super(formatIssues(issues));
		this.name = 'RegistryError';
	}
}

/** `['samples', 0, 'data', 'amount']` → `samples[0].data.amount`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

export function formatIssue(issue: RegistryIssue): string {
	const where = [issue.file, issue.event && `event ${issue.event}`, issue.path].filter(Boolean).join(' › ');
	return `${where}: ${issue.message}`;
}

export function formatIssues(issues: RegistryIssue[]): string {
	const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
	return [`The registry has ${count}:`, ...issues.map((issue) => `  ✖ ${formatIssue(issue)}`)].join('\n');
}

/** Turns zod issues into registry issues, prefixing each path with `prefix`. */
export function fromZodIssues(
	error: z.ZodError,
	where: { file: string; event?: string; prefix?: readonly PropertyKey[] },
): RegistryIssue[] {
	return error.issues.map((issue) => ({
		file: where.file,
		event: where.event,
		path: formatPath([...(where.prefix ?? []), ...issue.path]) || undefined,
		message: issue.message,
	}));
}
