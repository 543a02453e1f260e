/**
 * The published Node.js verification snippet, rendered for this platform and loaded as a module:
 * `registry -- listen` verifies with exactly the code the site shows (and the tests run).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SigningConfig } from '../registry/platform-config.ts';
import { loadSnippets } from './snippets.ts';

export type VerifyResult = { valid: true; event: Record<string, unknown> } | { valid: false; reason: string };
export type Verify = (
	secret: string,
	headers: Record<string, string | undefined>,
	rawBody: Buffer,
	seen: (value: string, ttlSeconds: number) => boolean,
	now?: number,
) => VerifyResult;

export async function loadVerifier(signing: SigningConfig, dir = path.resolve('.hookref', 'verifier')): Promise<Verify | undefined> {
	const snippet = loadSnippets(signing).find((s) => s.lang === 'ts');
	if (!snippet) return undefined;
	// Named by content, so a changed config never reuses a stale module.
	const file = path.join(dir, `verify-${createHash('sha256').update(snippet.code).digest('hex').slice(0, 12)}.ts`);
	mkdirSync(dir, { recursive: true });
	writeFileSync(file, `${snippet.code}\n`);
	return ((await import(pathToFileURL(file).href)) as { verify: Verify }).verify;
}

/** A replay memory for the snippet's `seen` callback: remembers each value for its TTL. */
export function createSeenMemory(clock = () => Date.now() / 1000): (value: string, ttlSeconds: number) => boolean {
	const seen = new Map<string, number>();
	return (value, ttlSeconds) => {
		const now = clock();
		for (const [key, until] of seen) if (until < now) seen.delete(key);
		if (seen.has(value)) return true;
		seen.set(value, now + ttlSeconds);
		return false;
	};
}
