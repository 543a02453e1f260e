/**
 * The files of a registry folder, read the way an author expects: symbolic links are followed,
 * but a link back into one of its own parent folders is reported once instead of walked until
 * the path is too long; every `.ts` file must be UTF-8, since a bad byte would otherwise be
 * published as U+FFFD without a word.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RegistryIssue } from './errors.ts';

export const PLATFORM_FILE = 'platform.ts';

export interface RegistryFiles {
	/** Event files (not `platform.ts`, not helpers whose name or folder starts with `_`), sorted. */
	eventFiles: string[];
	/** Every `.ts` file, helpers and `platform.ts` included: all of them are imported. */
	sourceFiles: string[];
	issues: RegistryIssue[];
}

const isSource = (name: string) => name.endsWith('.ts') && !name.endsWith('.d.ts');

export function listRegistryFiles(dir: string): RegistryFiles {
	const eventFiles: string[] = [];
	const sourceFiles: string[] = [];
	const issues: RegistryIssue[] = [];
	const walk = (folder: string, ancestors: string[], helper: boolean) => {
		const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			const file = path.join(folder, entry.name);
			let isDirectory = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				let stats;
				try {
					stats = statSync(file);
				} catch (error) {
					const code = (error as NodeJS.ErrnoException).code;
					if (code === 'ELOOP') issues.push({ file, message: 'is a symbolic link that points to itself. Remove the link.' });
					else if (isSource(entry.name)) issues.push({ file, message: 'is a symbolic link to a file that does not exist. Remove the link or restore its target.' });
					continue;
				}
				isDirectory = stats.isDirectory();
				isFile = stats.isFile();
			}
			const isHelper = helper || entry.name.startsWith('_');
			if (isDirectory) {
				if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
				const real = realpathSync(file);
				if (ancestors.includes(real)) {
					const target = path.relative(process.cwd(), real) || '.';
					issues.push({ file, message: `is a symbolic link to ${target}, a folder that contains it: the registry folder would loop forever. Remove the link.` });
					continue;
				}
				walk(file, [...ancestors, real], isHelper);
			} else if (isFile && isSource(entry.name)) {
				sourceFiles.push(file);
				if (!isHelper && !(folder === dir && entry.name === PLATFORM_FILE)) eventFiles.push(file);
			}
		}
	};
	walk(dir, [realpathSync(dir)], false);
	return { eventFiles: eventFiles.sort(), sourceFiles: sourceFiles.sort(), issues };
}

/** A registry file that is not UTF-8, with the line and column of its first bad byte. */
export function checkUtf8(file: string, bytes: Uint8Array = readFileSync(file)): RegistryIssue | undefined {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return undefined;
	} catch {
		// Find the first byte sequence the decoder rejects, to say where it is.
		let offset = 0;
		while (offset < bytes.length) {
			const byte = bytes[offset]!;
			const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
			const sequence = bytes.subarray(offset, offset + length);
			const valid =
				length > 0 &&
				sequence.length === length &&
				(() => {
					try {
						new TextDecoder('utf-8', { fatal: true }).decode(sequence);
						return true;
					} catch {
						return false;
					}
				})();
			if (!valid) break;
			offset += length;
		}
		const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
		const line = before.split('\n').length;
		const column = before.length - before.lastIndexOf('\n');
		const hex = `0x${bytes[offset]!.toString(16).padStart(2, '0').toUpperCase()}`;
		return {
			file: `${file}:${line}:${column}`,
			message: `is not valid UTF-8 (byte ${hex}). Save the file as UTF-8: hookref would otherwise publish the character as "\uFFFD".`,
		};
	}
}
