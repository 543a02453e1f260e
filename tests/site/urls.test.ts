import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { basePathOf, href, siteUrlOf, siteUrlProblem, useSiteUrl } from '../../src/lib/site/urls.ts';
import { renderInline, renderMarkdown } from '../../src/lib/site/markdown.ts';

describe('href and the base path', () => {
	afterEach(() => useSiteUrl('https://webhooks.example'));

	it('takes the base path from the site URL', () => {
		expect(basePathOf('https://webhooks.example')).toBe('');
		expect(basePathOf('https://webhooks.example/')).toBe('');
		expect(basePathOf('https://owner.github.io/repo')).toBe('/repo');
		expect(basePathOf('https://owner.github.io/repo/')).toBe('/repo');
		expect(basePathOf('https://docs.example/a/b/')).toBe('/a/b');
	});

	it('prefixes routes, and only routes', () => {
		useSiteUrl('https://owner.github.io/repo/');
		expect(href('/')).toBe('/repo/');
		expect(href('/events/#billing')).toBe('/repo/events/#billing');
		expect(href('/schemas/a.b.json')).toBe('/repo/schemas/a.b.json');
		for (const other of ['#data-schema', 'https://example.com/x', '//cdn.example/x', 'mailto:a@example.com', 'relative/']) {
			expect(href(other)).toBe(other);
		}
		useSiteUrl('https://webhooks.example');
		expect(href('/events/')).toBe('/events/');
	});

	it('resolves registry Markdown links to site routes under the base path', () => {
		useSiteUrl('https://owner.github.io/repo');
		expect(renderInline('See [Retries](/guides/retries/) and [the spec](https://example.com/spec).')).toBe(
			'See <a href="/repo/guides/retries/">Retries</a> and <a href="https://example.com/spec">the spec</a>.',
		);
		expect(renderMarkdown('[catalog](/events/#billing)')).toContain('href="/repo/events/#billing"');
		expect(renderInline('[anchor](#envelope)')).toContain('href="#envelope"');
	});

	it('accepts http(s) site URLs with a path, and refuses others with a clear reason', () => {
		for (const ok of ['https://webhooks.example', 'http://localhost:4321', 'https://owner.github.io/repo/']) expect(siteUrlProblem(ok), ok).toBeUndefined();
		for (const bad of ['owner.github.io/repo', 'ftp://host.example/x', 'https://host.example/x?y=1', 'https://host.example/#top']) {
			expect(siteUrlProblem(bad), bad).toBe(
				`"${bad}" is not a site URL: give an http(s) URL without query or fragment, e.g. https://owner.github.io/repo (its path becomes the base path)`,
			);
		}
	});

	it('takes SITE_URL over the registry, and reports a bad one as a registry error', () => {
		const previous = process.env.SITE_URL;
		try {
			process.env.SITE_URL = 'https://owner.github.io/repo/';
			expect(siteUrlOf({ siteUrl: 'https://webhooks.example' })).toBe('https://owner.github.io/repo');
			process.env.SITE_URL = 'owner.github.io/repo';
			expect(() => siteUrlOf({ siteUrl: 'https://webhooks.example' })).toThrow(
				'✖ SITE_URL (environment variable): "owner.github.io/repo" is not a site URL',
			);
		} finally {
			if (previous === undefined) delete process.env.SITE_URL;
			else process.env.SITE_URL = previous;
		}
	});

	it('leaves no root-absolute link written out in pages and components: they go through href()', () => {
		const sources = ['src/pages', 'src/components', 'src/lib/site']
			.flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)))
			.filter((file) => /\.(astro|ts)$/.test(file));
		const literal = /(?:href|src)=(?:"|\{`|\{')\/(?!\/)|\]\(\/(?!\/)/;
		const offenders = sources.flatMap((file) =>
			readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (literal.test(line) && !/^(\/\/|\/?\*)/.test(line.trim()) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
		);
		expect(offenders).toEqual([]);
	});
});
