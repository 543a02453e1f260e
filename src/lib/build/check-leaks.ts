/**
 * The last gate before a build is published: no internal event may appear anywhere in the built
 * site. Pagefind's index and fragments are gzip-compressed, so compressed files are inflated and
 * searched too.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
	if (needles.length === 0) return [];
	const leaks: Leak[] = [];
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
	for (const file of files) {
		const text = readSearchable(file);
		for (const needle of needles) if (text.includes(needle)) leaks.push({ file, needle });
	}
	return leaks;
}
