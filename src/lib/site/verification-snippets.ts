/**
 * The verification code shown on the site is read from the very files the tests execute
 * (`src/verification/<scheme>/verify.*`), so the page cannot show untested code.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Snippet {
	language: string;
	/** Expressive Code language id. */
	lang: string;
	file: string;
	code: string;
}

const LANGUAGES = [
	{ language: 'Node.js (TypeScript)', lang: 'ts', ext: 'ts' },
	{ language: 'Python', lang: 'python', ext: 'py' },
	{ language: 'Go', lang: 'go', ext: 'go' },
	{ language: 'Ruby', lang: 'ruby', ext: 'rb' },
	{ language: 'PHP', lang: 'php', ext: 'php' },
] as const;

export const SNIPPETS_DIR = path.resolve('src/verification');

export function loadSnippets(scheme: string): Snippet[] {
	if (scheme === 'none') return [];
	return LANGUAGES.map(({ language, lang, ext }) => {
		const file = path.join(SNIPPETS_DIR, scheme, `verify.${ext}`);
		if (!existsSync(file)) throw new Error(`The ${language} verification snippet is missing: ${file}`);
		return { language, lang, file: path.relative(process.cwd(), file), code: readFileSync(file, 'utf8').trimEnd() };
	});
}
