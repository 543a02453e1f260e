/** Writing a file so that a reader (another process, a later build) never sees half of it. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `content` beside `file`, then renames it over: one step for any reader. */
export function writeAtomically(file: string, content: string | Uint8Array): void {
	mkdirSync(path.dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, content);
	renameSync(temporary, file);
}
