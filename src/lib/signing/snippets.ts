/**
 * Verification snippets: one file per language per scheme under `src/verification/<scheme>/`,
 * written with the default platform's values. `renderSnippet` swaps in another platform's header
 * names, tolerance and nonce settings, and the tests run the rendered code, so what a page shows
 * is always what was tested.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SigningConfig } from '../registry/platform-config.ts';

export const SNIPPET_LANGUAGES = [
	{ id: 'node', language: 'Node.js (TypeScript)', lang: 'ts', ext: 'ts' },
	{ id: 'python', language: 'Python', lang: 'python', ext: 'py' },
	{ id: 'go', language: 'Go', lang: 'go', ext: 'go' },
	{ id: 'ruby', language: 'Ruby', lang: 'ruby', ext: 'rb' },
	{ id: 'php', language: 'PHP', lang: 'php', ext: 'php' },
] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

export const SNIPPETS_DIR = path.resolve('src/verification');

/** The values the hmac-sha256 snippet files are written with. */
const HMAC_DEFAULTS = {
	signatureHeader: 'X-Webhook-Signature',
	timestampHeader: 'X-Webhook-Timestamp',
	signaturePrefix: 'sha256=',
	toleranceSeconds: 300,
	nonceField: 'nonce',
	replayWindowSeconds: 600,
};

const replaceQuoted = (code: string, from: string, to: string) =>
	code.replace(new RegExp(`(['"])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`, 'g'), (_m, q: string) => `${q}${to}${q}`);

export function snippetFile(scheme: string, language: SnippetLanguage): string {
	return path.join(SNIPPETS_DIR, scheme, `verify.${language.ext}`);
}

/** Standard Webhooks snippets remember webhook-ids for twice the tolerance: long enough to refuse any replay the clock check lets through. */
function renderStandardWebhooks(code: string, toleranceSeconds: number): string {
	return code
		.replace(/(TOLERANCE_SECONDS\s*=\s*|toleranceSeconds\s*=\s*)300\b/g, `$1${toleranceSeconds}`)
		.replace(/(ID_WINDOW_SECONDS\s*=\s*|idWindowSeconds\s*=\s*)600\b/g, `$1${2 * toleranceSeconds}`)
		.replace(/\b5 minutes\b/g, `${toleranceSeconds / 60} minutes`)
		.replace(/\b10 minutes\b/g, `${(2 * toleranceSeconds) / 60} minutes`);
}

export function renderSnippet(code: string, signing: SigningConfig): string {
	if (signing.scheme === 'standard-webhooks') return renderStandardWebhooks(code, signing.toleranceSeconds);
	if (signing.scheme !== 'hmac-sha256') return code;
	let out = code;
	for (const name of ['signatureHeader', 'timestampHeader'] as const) {
		out = replaceQuoted(out, HMAC_DEFAULTS[name], signing[name]);
		out = replaceQuoted(out, HMAC_DEFAULTS[name].toLowerCase(), signing[name].toLowerCase());
	}
	out = replaceQuoted(out, HMAC_DEFAULTS.signaturePrefix, signing.signaturePrefix);
	out = out.replace(/(TOLERANCE_SECONDS\s*=\s*|toleranceSeconds\s*=\s*)300\b/g, `$1${signing.toleranceSeconds}`);
	out = out.replace(/(NONCE_WINDOW_SECONDS\s*=\s*|nonceWindowSeconds\s*=\s*)600\b/g, `$1${signing.replayWindowSeconds}`);
	out = out.replace(/\b5 minutes\b/g, `${signing.toleranceSeconds / 60} minutes`).replace(/\b10 minutes\b/g, `${signing.replayWindowSeconds / 60} minutes`);
	if (signing.nonceField !== HMAC_DEFAULTS.nonceField) {
		const field = signing.nonceField;
		out = out
			.replace(/event\.nonce\b/g, `event[${JSON.stringify(field)}]`)
			.replace(/(["'])nonce\1\]/g, `$1${field}$1]`)
			.replace(/event\.get\("nonce"\)/g, `event.get(${JSON.stringify(field)})`)
			.replace(/json:"nonce"/g, `json:"${field}"`);
	}
	return out;
}

export interface Snippet {
	language: string;
	lang: string;
	file: string;
	code: string;
}

export function loadSnippets(signing: SigningConfig): Snippet[] {
	if (signing.scheme === 'none') return [];
	return SNIPPET_LANGUAGES.map((language) => {
		const file = snippetFile(signing.scheme, language);
		return {
			language: language.language,
			lang: language.lang,
			file: path.relative(process.cwd(), file),
			code: renderSnippet(readFileSync(file, 'utf8').trimEnd(), signing),
		};
	});
}
