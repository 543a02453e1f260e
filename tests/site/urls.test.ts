import { afterEach, describe, expect, it } from 'vitest';
import { basePathOf, href, useSiteUrl } from '../../src/lib/site/urls.ts';
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
});
