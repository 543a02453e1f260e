/**
 * The last gate before a build is published: no internal event may appear anywhere in the built
 * site. Pagefind's index and fragments are gzip-compressed, so compressed files are inflated and
 * searched too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Leak {
	file: string;
	needle: string;
}

function readSearchable(file: string): string {
	const bytes = readFileSync(file);
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
		try {
			return gunzipSync(bytes).toString('latin1');
		} catch {
			// Not really gzip; search the raw bytes.
		}
	}
	return bytes.toString('latin1');
}

/** Every (file, needle) pair where a needle occurs in a file under `dir`. */
export function findLeaks(dir: string, needles: string[]): Leak[] {
	const scanner = new LeakScanner(dir, needles);
	scanner.scan();
	return scanner.leaks();
}

/**
 * The leak check in passes, so that part of it can run while files are still being written (e.g.
 * the pages while pagefind indexes them). Still exact: the last pass scans every file not scanned
 * yet and rescans any whose size or modification time changed since.
 */
export class LeakScanner {
	private readonly scanned = new Map<string, { size: number; mtimeMs: number; found: string[] }>();

	constructor(
		private readonly dir: string,
		private readonly needles: string[],
	) {}

	/** Scans the files under the folder (or under `subdir` of it) that are new or changed. */
	scan(filter: (file: string) => boolean = () => true): void {
		if (this.needles.length === 0 || !existsSync(this.dir)) return;
		const files = readdirSync(this.dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => path.join(entry.parentPath, entry.name))
			.filter(filter);
		for (const file of files) {
			const { size, mtimeMs } = statSync(file);
			const seen = this.scanned.get(file);
			if (seen && seen.size === size && seen.mtimeMs === mtimeMs) continue;
			this.scanned.set(file, { size, mtimeMs, found: this.find(readSearchable(file)) });
		}
	}

	/** The needles that occur in `text`. */
	find(text: string): string[] {
		return this.needles.filter((needle) => text.includes(needle));
	}

	/**
	 * Records `file` (under the folder) as scanned, holding `found` (`find()` of the text it was
	 * written from), so that `scan()` reads it again only if it changes: the build checks the files
	 * it writes itself while their text is still in memory, instead of reading them back.
	 */
	vouch(file: string, found: string[]): void {
		const { size, mtimeMs } = statSync(file);
		this.scanned.set(file, { size, mtimeMs, found });
	}

	/** The leaks of the files scanned, in file order; files deleted since are dropped. */
	leaks(): Leak[] {
		return [...this.scanned]
			.filter(([file]) => existsSync(file))
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.flatMap(([file, { found }]) => found.map((needle) => ({ file, needle })));
	}
}
