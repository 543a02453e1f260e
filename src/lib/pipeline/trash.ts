/**
 * Folders the build replaces (the last published site, the last public staging folder) are
 * thousands of files at thousands of events: seconds to delete, which nothing needs to wait for.
 * Each is moved into `.hookref/trash/` in one rename and deleted there by a detached process,
 * which outlives the build if it must; what a killed one leaves is deleted with the next.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { WORK_DIR } from './paths.ts';

const TRASH_DIR = path.join(WORK_DIR, 'trash');
let discarded = 0;

/**
 * Moves `target` out of the way at once and deletes it in the background; deletes it here when it
 * cannot be moved (another file system).
 */
export function discard(target: string): void {
	try {
		mkdirSync(TRASH_DIR, { recursive: true });
		// Unique, and still named after what it was.
		renameSync(target, path.join(TRASH_DIR, `${Date.now().toString(36)}-${process.pid}-${++discarded}-${path.basename(target)}`));
	} catch {
		rmSync(target, { recursive: true, force: true });
		return;
	}
	// Entry by entry: two builds' deleters may meet in the folder.
	const script = `const fs = require('node:fs'), path = require('node:path'), dir = ${JSON.stringify(TRASH_DIR)};
for (const entry of fs.readdirSync(dir)) try { fs.rmSync(path.join(dir, entry), { recursive: true, force: true }); } catch {}`;
	spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
}
