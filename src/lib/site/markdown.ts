/** Markdown from the registry (descriptions, policy text) rendered once, at model-building time. */
import { Marked } from 'marked';
import { href } from './urls.ts';

const marked = new Marked({
	gfm: true,
	async: false,
	// Registry authors link site pages by route (`[retries](/guides/retries/)`): resolve them under the base path.
	walkTokens(token) {
		if (token.type === 'link' || token.type === 'image') token.href = href(token.href);
	},
});

export const renderMarkdown = (text: string | undefined): string =>
	text ? (marked.parse(text) as string) : '';

export const renderInline = (text: string | undefined): string =>
	text ? (marked.parseInline(text) as string) : '';
