/**
 * Escapes text for element content. Quotes need no escaping there, and sample bodies are mostly
 * quotes: `&quot;` would make up a fifth of an event page.
 */
export const escapeText = (text: string) =>
	text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
