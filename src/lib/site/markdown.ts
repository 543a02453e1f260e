/** Markdown from the registry (descriptions, policy text) rendered once, at model-building time. */
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, async: false });

export const renderMarkdown = (text: string | undefined): string =>
	text ? (marked.parse(text) as string) : '';

export const renderInline = (text: string | undefined): string =>
	text ? (marked.parseInline(text) as string) : '';
