/**
 * Registry Markdown through the sanitiser: every payload of the XSS corpus, in both renderers,
 * leaves no script-capable markup, and ordinary Markdown keeps its links, images and code.
 */
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from '../../src/lib/site/markdown.ts';
import { isWebUrl } from '../../src/lib/site/safe-html.ts';
import { BLOCK_PAYLOADS, LINE_PAYLOADS, VISIBLE_PAYLOAD } from '../helpers/xss-registry.ts';

/** `<pre>` parsed as HTML, so that code blocks are inspected too. */
const parse = (html: string) => parseHtml(html, { blockTextElements: { script: true, style: true } });

const ALLOWED_URL = /^(https?:|mailto:|\/|#|[a-z0-9._-]+(\/|$))/i;

/** Every way the rendered HTML could run script or load active content. */
function dangers(html: string): string[] {
	const found: string[] = [];
	for (const element of parse(html).querySelectorAll('*')) {
		const tag = element.tagName.toLowerCase();
		if (['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'base', 'meta', 'link', 'svg', 'math', 'noscript', 'details'].includes(tag)) {
			found.push(`<${tag}>`);
		}
		for (const [name, value] of Object.entries(element.attributes)) {
			if (/^on/i.test(name) || name.toLowerCase() === 'style') found.push(`${tag}[${name}]`);
			if (['href', 'src', 'xlink:href', 'action', 'data'].includes(name.toLowerCase()) && !ALLOWED_URL.test(value.trim())) {
				found.push(`${tag}[${name}=${value}]`);
			}
		}
	}
	return found;
}

describe('registry Markdown is sanitised', () => {
	it('has at least 30 payloads in the corpus', () => {
		expect(LINE_PAYLOADS.length + BLOCK_PAYLOADS.length).toBeGreaterThanOrEqual(30);
	});

	it.each([...LINE_PAYLOADS, ...BLOCK_PAYLOADS, VISIBLE_PAYLOAD].map((payload) => [payload]))('%s leaves nothing that runs', (payload) => {
		for (const html of [renderMarkdown(payload), renderInline(payload), renderMarkdown(`Before ${payload} after`)]) {
			expect(dangers(html), html).toEqual([]);
		}
	});

	it('drops javascript: from every Markdown link form, entity-encoded too', () => {
		const forms = [
			'[a](javascript:alert(1))',
			'[a][r]\n\n[r]: javascript:alert(1)',
			'<javascript:alert(1)>',
			'![a](javascript:alert(1))',
			'[a](&#106;avascript:alert(1))',
			'[a](&#x6A;&#x61;vascript:alert(1))',
			'[a](JaVaScRiPt:alert(1))',
			'[a](data:text/html,<script>alert(1)</script>)',
			'[a](vbscript:msgbox(1))',
		];
		for (const form of forms) {
			const links = parse(renderMarkdown(form)).querySelectorAll('a, img');
			for (const link of links) expect([link.getAttribute('href'), link.getAttribute('src')], form).toEqual([undefined, undefined]);
		}
	});

	it('keeps disallowed markup readable as text', () => {
		const html = renderInline(VISIBLE_PAYLOAD);
		expect(parse(html).text).toContain('<img');
		expect(parse(renderMarkdown('<script>alert(1)</script>')).text).toContain('<script>alert(1)</script>');
	});

	it('keeps ordinary Markdown: http(s), mailto and relative links, images, code, tables', () => {
		const html = renderMarkdown(
			'See [the docs](https://docs.example.com/x "Docs"), [events](/events/), [mail](mailto:a@b.test) and ' +
				'![logo](https://cdn.example.com/logo.png). Use `code` and **bold**.\n\n```json\n{"a": "<b>"}\n```\n\n| a | b |\n|:-|-:|\n| 1 | 2 |',
		);
		const page = parse(html);
		expect(page.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['https://docs.example.com/x', '/events/', 'mailto:a@b.test']);
		expect(page.querySelector('a')!.getAttribute('title')).toBe('Docs');
		expect(page.querySelector('img')!.getAttribute('src')).toBe('https://cdn.example.com/logo.png');
		expect(page.querySelector('pre code')!.getAttribute('class')).toBe('language-json');
		expect(page.querySelector('pre code')!.text).toBe('{"a": "<b>"}\n');
		expect(page.querySelectorAll('td').map((td) => td.getAttribute('align'))).toEqual(['left', 'right']);
	});

	it('links registry hosts only when they are http(s) URLs', () => {
		expect(isWebUrl('https://api.example.com')).toBe(true);
		expect(isWebUrl('HTTP://api.example.com')).toBe(true);
		for (const url of ['javascript:alert(1)//x', 'data:text/html,x', 'vbscript:x', '//evil.test']) expect(isWebUrl(url), url).toBe(false);
	});
});
