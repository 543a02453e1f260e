/**
 * Why a registry file could not be imported, said the way a compiler says it: the file, line and
 * column, and the message. esbuild (through tsx) reports a syntax error as "Transform failed with
 * 1 error:" followed by the location on the next line; the first line alone tells the author nothing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RegistryIssue } from './errors.ts';

const relative = (file: string) => {
	const rel = path.relative(process.cwd(), file);
	return rel.startsWith('..') ? file : rel;
};

/** `<file>:6:25: ERROR: Expected identifier but found ","` (esbuild's format). */
const ESBUILD_ERROR = /^(.+?):(\d+):(\d+): ERROR: (.+)$/m;
/** A stack frame's location: `at … (file:///x/y.ts:3:9)` or `at file:///x/y.ts:3:9`. */
const STACK_FRAME = /\(?((?:file:\/\/)?\/[^():]+\.[cm]?[tj]s):(\d+):(\d+)\)?$/;

/** Vite's (oxc) format: `[PARSE_ERROR] Expected …` then a frame headed `╭─[ <file>:6:25 ]`. */
const OXC_MESSAGE = /^\[[A-Z_]+\]\s*(?:Error:\s*)?(.+)$/m;
const OXC_LOCATION = /╭─+\[\s*(.+?):(\d+):(\d+)\s*\]/;
const ANSI = /\u001b\[[0-9;]*m/g;

export function describeLoadError(file: string, error: unknown): RegistryIssue {
	if (!(error instanceof Error)) return { file, message: `could not be loaded: ${String(error)}` };
	const text = error.message.replace(ANSI, '');
	const syntax = ESBUILD_ERROR.exec(text);
	if (syntax) {
		const [, where, line, column, message] = syntax;
		return { file: `${relative(where!)}:${line}:${column}`, message: `could not be loaded: ${message}` };
	}
	const oxcMessage = OXC_MESSAGE.exec(text);
	const oxcLocation = OXC_LOCATION.exec(text);
	if (oxcMessage && oxcLocation) {
		const [, where, line, column] = oxcLocation;
		return { file: `${relative(where!)}:${line}:${column}`, message: `could not be loaded: ${oxcMessage[1]!.trim()}` };
	}
	// Vite (the dev server, the tests) attaches the location instead.
	const loc = (error as Error & { loc?: { file?: string; line?: number; column?: number } }).loc;
	const firstLine = error.message.split('\n').find((line) => line.trim() !== '')?.trim() ?? error.name;
	if (loc?.line) {
		const message = firstLine.replace(/^.*?:\d+:\d+:\s*/, '');
		return { file: `${relative(loc.file ?? file)}:${loc.line}:${(loc.column ?? 0) + 1}`, message: `could not be loaded: ${message}` };
	}
	// A runtime error while the module ran: point at the first frame in a registry file.
	const frame = (error.stack ?? '')
		.split('\n')
		.slice(1)
		.map((line) => STACK_FRAME.exec(line.trim()))
		.find((match) => match && !match[1]!.includes('/node_modules/') && !match[1]!.includes('/src/lib/'));
	const at = frame ? `${relative(frame[1]!.startsWith('file:') ? fileURLToPath(frame[1]!) : frame[1]!)}:${frame[2]}:${frame[3]}` : file;
	const name = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
	return { file: at, message: `could not be loaded: ${name}${firstLine}` };
}
