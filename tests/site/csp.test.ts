/**
 * The Content-Security-Policy of every built page, read from the HTML: each inline script is
 * covered by a hash in its page's policy (so a Starlight upgrade that changes one fails here, by
 * name, instead of silently breaking a page), nothing inline is allowed wholesale, and no
 * `style=` or event-handler attribute comes from anywhere but Starlight's own markup.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, STARLIGHT_INLINE_SCRIPT_HASHES } from '../../src/lib/pipeline/csp.ts';
import { DEFAULT_DIST, exampleDist, listExamples } from '../helpers/dist-checks.ts';
import { XSS_DIST } from '../helpers/xss-registry.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * The only `style=` values a page may carry: Starlight's icon sizes, theme-select width and
 * search dialog, and Expressive Code's per-token colours (`--0:#C792EA;--1:#8844AE`) and the
 * widths and indents of wrapped lines.
 */
const STARLIGHT_STYLE_ATTRIBUTES = [
	/^--sl-icon-size: [\d.]+(em|rem);$/,
	/^--sl-select-width: [\d.]+em$/,
	/^display: none;$/,
	/^padding:0$/,
	/^(--[01]:#[0-9A-Fa-f]{6}(;|$))+$/,
	/^--ec(Indent|MaxLine):\d+ch$/,
];

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => path.join(dir, file));
}

/** A page's policy as directive → sources. */
function policyOf(html: string, file: string): Map<string, string[]> {
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
	expect(metas, `${file} has one CSP meta`).toHaveLength(1);
	// A policy applies only to what follows it: it must precede every script and stylesheet.
	const at = metas[0]!.index!;
	expect(html.search(/<script|<link[^>]+stylesheet|<style/i), `${file}: the CSP comes first`).toBeGreaterThan(at);
	return new Map(
		metas[0]![1]!
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!, sources]),
	);
}

const builds = () => {
	const out: [string, string][] = [['default', DEFAULT_DIST], ['xss', XSS_DIST]];
	for (const name of listExamples()) out.push([name, exampleDist(name)]);
	return out;
};

describe('the Content-Security-Policy of every page', () => {
	it('every registry built', () => {
		expect(inject('defaultBuild').status).toBe(0);
		expect(inject('xssBuild').status, inject('xssBuild').output).toBe(0);
		for (const [name, result] of Object.entries(inject('exampleBuilds'))) expect(result.status, name).toBe(0);
	});

	it.each(builds())('%s: covers each inline script by a hash, allows no inline script, style or handler wholesale', (_name, dist) => {
		const files = htmlFiles(dist);
		expect(files.length).toBeGreaterThan(5);
		for (const file of files) {
			const html = readFileSync(file, 'utf8');
			const policy = policyOf(html, file);
			const scriptSrc = policy.get('script-src') ?? [];
			expect(scriptSrc, file).toContain("'self'");
			expect(scriptSrc.filter((s) => /^'unsafe-(inline|eval|hashes)'$/.test(s)), file).toEqual([]);
			expect(policy.get('style-src')?.some((s) => /unsafe/.test(s)), file).toBe(false);
			expect(policy.get('object-src'), file).toEqual(["'none'"]);
			expect(policy.get('base-uri'), file).toEqual(["'self'"]);

			const page = parse(html, { blockTextElements: { script: true, style: true } });
			for (const script of page.querySelectorAll('script:not([src])')) {
				const hash = sha256(script.rawText);
				expect(scriptSrc, `${path.relative(dist, file)}: inline script not covered by the CSP:\n${script.rawText.trim().slice(0, 200)}`).toContain(`'${hash}'`);
				// The header policy for the hosts must cover it too.
				expect(CONTENT_SECURITY_POLICY, `headers CSP lacks ${hash}`).toContain(`'${hash}'`);
			}
			// No inline <style> at all: the header policy (CONTENT_SECURITY_POLICY) has no style hashes.
			expect(page.querySelectorAll('style').map((style) => style.rawText.slice(0, 80)), file).toEqual([]);
			for (const element of page.querySelectorAll('*')) {
				for (const name of Object.keys(element.attributes)) {
					expect(/^on/i.test(name), `${file}: <${element.tagName} ${name}>`).toBe(false);
				}
				const style = element.getAttribute('style');
				if (style !== undefined) {
					expect(STARLIGHT_STYLE_ATTRIBUTES.some((pattern) => pattern.test(style)), `${path.relative(dist, file)}: unexpected style="${style}"`).toBe(true);
				}
			}
		}
	});

	it('pins only hashes that some page uses', () => {
		const used = new Set<string>();
		for (const [, dist] of builds()) {
			for (const file of htmlFiles(dist)) {
				const page = parse(readFileSync(file, 'utf8'), { blockTextElements: { script: true } });
				for (const script of page.querySelectorAll('script:not([src])')) used.add(sha256(script.rawText));
			}
		}
		for (const [name, hash] of Object.entries(STARLIGHT_INLINE_SCRIPT_HASHES)) expect(used.has(hash), `${name} (${hash}) is used`).toBe(true);
	});

	it('has the same policy as a header for the hosts, plus what only a header can say', () => {
		const header = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([n, ...s]) => [n!, s]));
		expect(header.get('default-src')).toEqual(["'self'"]);
		expect(header.get('frame-ancestors')).toEqual(["'self'"]);
		expect(header.get('script-src')!.filter((s) => /^'unsafe-(inline|eval|hashes)'$/.test(s))).toEqual([]);
		expect(header.get('style-src')).toEqual(["'self'"]);
		expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\n"]/);
	});
});
