/**
 * Registry Markdown may contain raw HTML, and a registry is written by many hands: whatever
 * `marked` produces goes through this allow-list before it reaches a page. No script, style,
 * event-handler attribute, `style=` (the site's CSP would refuse it anyway), frame, object or
 * form survives, and links and images keep only http(s), mailto and relative URLs, so
 * `javascript:`, `data:` and `vbscript:` are dropped in every spelling (sanitize-html decodes
 * entities before it checks a scheme).
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'del', 'ins'],
	allowedAttributes: {
		a: ['href', 'title'],
		img: ['src', 'alt', 'title', 'width', 'height'],
		// marked: `language-*` on fenced code, `align` on GFM table cells.
		code: [{ name: 'class', values: [], multiple: false }],
		th: ['align'],
		td: ['align'],
		ol: ['start'],
	},
	allowedClasses: { code: ['language-*'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesAppliedToAttributes: ['href', 'src'],
	allowProtocolRelative: false,
	// A disallowed tag stays visible as text: the author sees what they wrote, a reader sees no markup.
	disallowedTagsMode: 'recursiveEscape',
};

export const sanitizeRegistryHtml = (html: string): string => sanitizeHtml(html, OPTIONS);

/**
 * Whether a registry URL may become a link: http(s) only. `z.url()` also accepts `javascript:`
 * and `data:` URLs, which a link would run or open on click.
 */
export const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);
