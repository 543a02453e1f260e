/** The host headers: one list of rules, written as `_headers` and mirrored by the README's recipes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostFiles, renderHeadersFile, siteHeaderRules } from '../../src/lib/pipeline/host-headers.ts';
import { parseHeadersFile } from '../helpers/static-server.ts';

const readme = readFileSync('README.md', 'utf8');
/** The README's fenced code blocks in a language (`''`: no language). */
const fenced = (lang: string) => [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].filter((m) => m[1] === lang).map((m) => m[2]!);

describe('host headers', () => {
	it('writes _headers in the Netlify / Cloudflare Pages syntax, read back as the same rules', () => {
		const rules = siteHeaderRules();
		const parsed = parseHeadersFile(renderHeadersFile(rules));
		expect(parsed.map((rule) => rule.headers)).toEqual(rules.map((rule) => Object.entries(rule.headers)));
		expect(parsed[0]!.pattern.test('/events/x/')).toBe(true);
		expect(parsed[1]!.pattern.test('/_astro/page.abc123.css')).toBe(true);
		expect(parsed[1]!.pattern.test('/events/')).toBe(false);
	});

	it('sends the security headers everywhere and caches hashed assets for good', () => {
		const [all, assets] = siteHeaderRules();
		expect(all!.headers).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
		expect(all!.headers).not.toHaveProperty('Content-Security-Policy');
		expect(assets!.headers['Cache-Control']).toContain('immutable');
		const csp = "default-src 'self'";
		expect(siteHeaderRules({ contentSecurityPolicy: csp })[0]!.headers['Content-Security-Policy']).toBe(csp);
		expect(hostFiles().map((file) => file.path)).toEqual(['_headers', '.nojekyll']);
	});

	it('matches the README: its _headers example and its nginx recipe send every header', () => {
		const rules = siteHeaderRules();
		const body = renderHeadersFile(rules).split('\n').filter((line) => !line.startsWith('#')).join('\n');
		expect(fenced('').map((block) => block.trim())).toContain(body.trim());
		const [nginx] = fenced('nginx');
		const locations = nginx!.match(/^\s*location \//gm)!.length;
		for (const [name, value] of Object.entries(rules[0]!.headers)) {
			// Every location block repeats the site-wide headers (nested add_header replaces the outer ones).
			expect(nginx!.split(`add_header ${name} "${value}" always;`).length - 1, name).toBe(locations);
		}
		for (const [name, value] of Object.entries(rules[1]!.headers)) expect(nginx).toContain(`add_header ${name} "${value}" always;`);
	});
});
