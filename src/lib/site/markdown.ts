/**
 * Markdown from the registry (descriptions, policy text) rendered once, at model-building time,
 * and sanitised: registry text is data, never script (see safe-html.ts).
 */
import { Marked } from 'marked';
import { href } from './urls.ts';
import { sanitizeRegistryHtml } from './safe-html.ts';

const marked = new Marked({
	gfm: true,
	async: false,
	// Registry authors link site pages by route (`[retries](/guides/retries/)`): resolve them under the base path.
	walkTokens(token) {
		if (token.type === 'link' || token.type === 'image') token.href = href(token.href);
	},
});

export const renderMarkdown = (text: string | undefined): string =>
	text ? sanitizeRegistryHtml(marked.parse(text) as string) : '';

export const renderInline = (text: string | undefined): string =>
	text ? sanitizeRegistryHtml(marked.parseInline(text) as string) : '';
