/**
 * Escapes text for element content. Quotes need no escaping there, and sample bodies are mostly
 * quotes: `&quot;` would make up a fifth of an event page.
 */
export const escapeText = (text: string) =>
	text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/**
 * A search filter value for Pagefind (`data-pagefind-filter="category:…"`). Pagefind decodes the
 * entities of a filter value twice (as HTML, then once more) and its UI inserts the name as HTML:
 * escaped twice here, plus once by Astro for the attribute, the label shows the text as text.
 * The XSS corpus test (tests/browser/xss.test.ts) reads the label back.
 */
export const pagefindFilterValue = (text: string) => escapeText(escapeText(text));
