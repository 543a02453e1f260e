/**
 * The site's Content-Security-Policy, in one place. Astro writes it into every page as a
 * `<meta http-equiv>` (astro.config.mjs passes `ASTRO_CSP` to `security.csp`, which adds the
 * hashes of the scripts and styles it bundles); hosts that read a headers file send
 * `CONTENT_SECURITY_POLICY` as a header as well (a meta policy cannot set `frame-ancestors`).
 *
 * To allow another origin, add it to the directive that needs it, e.g. an analytics script:
 * `SCRIPT_SOURCES` gets `'https://plausible.io'` and `OTHER_DIRECTIVES`' connect-src gets it too.
 */

/**
 * Starlight 0.42's `is:inline` scripts, which Astro does not hash itself. An upgrade that changes
 * one changes its hash: tests/site/csp.test.ts then fails, naming the uncovered script, instead
 * of the browser silently refusing to run it. Recompute with
 * `printf %s "<script body>" | openssl dgst -sha256 -binary | base64`.
 */
export const STARLIGHT_INLINE_SCRIPT_HASHES = {
	/** ThemeProvider.astro (our override keeps Starlight's script byte for byte): applies the stored or preferred theme before the first paint. */
	themeProvider: 'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
	/** ThemeSelect.astro (likewise kept byte for byte in our override): sets the theme picker to the stored theme. */
	themeSelect: 'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
	/** Search.astro: shows the Ctrl/⌘ K shortcut hint for the platform. */
	searchShortcut: 'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
	/** Tabs.astro: restores the last chosen tab (the verification guide's languages). */
	tabsRestore: 'sha256-OizSKqsU+f0G4vojbxNt0Lao3kUpTmCLQSv3y6P7qhQ=',
} as const;

/**
 * Scripts: this origin and the hashed inline scripts only; no 'unsafe-inline', no 'unsafe-eval'.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index (it permits no JS eval).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/**
 * `style=` attributes. Starlight writes a few fixed ones (icon sizes, the theme select's width,
 * the search dialog's padding), and Expressive Code colours every token of the verification
 * guide's code with one (`--0:#C792EA;--1:#8844AE`) and sizes wrapped lines with another
 * (`--ecMaxLine:92ch`). Those values depend on the code shown, so they cannot be listed as
 * hashes ahead of the build. 'unsafe-inline' is granted to attributes only: stylesheets stay
 * 'self' + hashes, attributes can run no script, and no registry text can reach one (the
 * sanitiser drops every `style=`, see lib/site/safe-html.ts; tests/site/csp.test.ts allows only
 * the known Starlight and Expressive Code values).
 */
export const STYLE_ATTRIBUTE_SOURCES = ["'unsafe-inline'"];

/** Everything else: this origin only, images also from https (Markdown may show them). */
export const OTHER_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' https: data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"frame-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

/** Only effective as a header (browsers ignore it, with a console error, in a meta policy). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"];

/** `security.csp` for astro.config.mjs. */
export const ASTRO_CSP = {
	algorithm: 'SHA-256' as const,
	directives: OTHER_DIRECTIVES,
	scriptDirective: {
		resources: SCRIPT_SOURCES,
		hashes: Object.values(STARLIGHT_INLINE_SCRIPT_HASHES),
	},
	styleDirective: {
		// Stylesheets get Astro's default, 'self' plus the hashes of its own styles.
		resources: STYLE_ATTRIBUTE_SOURCES.map((resource) => ({ resource, kind: 'attribute' as const })),
	},
};

/**
 * The same policy as one header value, for the hosts' headers files. Astro's bundled scripts and
 * stylesheets are files under this origin ('self'); the inline scripts are the hashed ones above.
 */
export const CONTENT_SECURITY_POLICY = [
	...OTHER_DIRECTIVES,
	...HEADER_ONLY_DIRECTIVES,
	`script-src ${[...SCRIPT_SOURCES, ...Object.values(STARLIGHT_INLINE_SCRIPT_HASHES).map((hash) => `'${hash}'`)].join(' ')}`,
	"style-src 'self'",
	`style-src-attr ${STYLE_ATTRIBUTE_SOURCES.join(' ')}`,
].join('; ');
