/**
 * Markdown from the registry (descriptions, policy text) rendered once, at model-building time,
 * and sanitised: registry text is data, never script (see safe-html.ts).
 */
import { Marked } from 'marked';
import { href } from './urls.ts';
import { sanitizeRegistryHtml } from './safe-html.ts';
import { ContentCache } from '../pipeline/content-cache.ts';

const marked = new Marked({
	gfm: true,
	async: false,
	// Registry authors link site pages by route (`[retries](/guides/retries/)`): resolve them under the base path.
	walkTokens(token) {
		if (token.type === 'link' || token.type === 'image') token.href = href(token.href);
	},
});

// marked + sanitize-html are most of the site model's time, and most text (field descriptions,
// policies) repeats from build to build and often within one: rendered once per distinct text.
// The base path is part of the key, since links are resolved under it.
export const markdownCache = new ContentCache<string>('markdown');

export const renderMarkdown = (text: string | undefined): string =>
	text ? markdownCache.get(`block\0${href('/')}\0${text}`, () => sanitizeRegistryHtml(marked.parse(text) as string)) : '';

export const renderInline = (text: string | undefined): string =>
	text ? markdownCache.get(`inline\0${href('/')}\0${text}`, () => sanitizeRegistryHtml(marked.parseInline(text) as string)) : '';
