/**
 * Watches a registry folder and hands each burst of saves to `onChange` as one list of paths.
 * Reloads never overlap: saves that arrive during one are collected for the next.
 */
import { watch } from 'chokidar';

/** Editors often write a file in several steps; changes this close together are one save. */
const SETTLE_MS = 30;

export function watchRegistry(dir: string, onChange: (changed: string[]) => Promise<void>): { close(): Promise<void> } {
	// Symlinks are not followed: a link back up the tree would loop forever.
	const watcher = watch(dir, { ignoreInitial: true, followSymlinks: false });
	let pending = new Set<string>();
	let timer: NodeJS.Timeout | undefined;
	let running: Promise<void> | undefined;

	const flush = async () => {
		timer = undefined;
		if (running || pending.size === 0) return;
		const changed = [...pending];
		pending = new Set();
		running = onChange(changed).finally(() => {
			running = undefined;
			if (pending.size > 0) void flush();
		});
	};

	watcher.on('all', (event, file) => {
		// Registry files are `.ts`; editors' and tools' temporary files are not.
		if (!file.endsWith('.ts') && event !== 'addDir' && event !== 'unlinkDir') return;
		pending.add(file);
		clearTimeout(timer);
		timer = setTimeout(flush, SETTLE_MS);
	});
	return {
		async close() {
			clearTimeout(timer);
			await watcher.close();
		},
	};
}
