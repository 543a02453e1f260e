// The site is rendered from `.hookref/site.json` and `.hookref/site-pages/`, written by `npm run build`
// (scripts/build.ts) while Astro starts.
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { basePathOf } from './src/lib/site/urls.ts';
import { ASTRO_CSP } from './src/lib/pipeline/csp.ts';
import { hookrefLiveReload } from './src/lib/dev/live-reload.ts';
import sitemap from '@astrojs/sitemap';
import { hookrefReusedPages, reusedPageUrls } from './src/lib/pipeline/reused-pages.ts';
import { hookrefPrepareGate } from './src/lib/pipeline/prepare-gate.ts';

const modelFile = new URL('./.hookref/site.json', import.meta.url);
// The build and `npm run dev` start Astro while they load the registry, and pass what this file
// reads of the model (src/lib/pipeline/astro-site-config.ts).
const model = process.env.HOOKREF_SITE_CONFIG
	? JSON.parse(process.env.HOOKREF_SITE_CONFIG)
	: existsSync(modelFile)
		? JSON.parse(readFileSync(modelFile, 'utf8'))
		: undefined;
const platform = model?.platform ?? { name: 'hookref', siteUrl: 'http://localhost:4321' };

// A site URL with a path (`https://owner.github.io/repo`) serves every page and asset under it.
const base = basePathOf(platform.siteUrl) || '/';

export default defineConfig({
	site: platform.siteUrl,
	base,
	// Generated downloads (schemas, types, catalog, vectors) are staged here with `public/`.
	publicDir: './.hookref/public',
	trailingSlash: 'always',
	// A strict Content-Security-Policy on every page; what it allows and why: src/lib/pipeline/csp.ts.
	security: { csp: ASTRO_CSP },
	// No Markdown goes through Astro (registry Markdown is rendered by lib/site/markdown.ts, code
	// blocks by Starlight's Expressive Code), and Astro's Shiki would need inline styles under the CSP.
	markdown: { syntaxHighlight: false },
	// Component styles go to shared, cached stylesheets instead of ~4 KB inlined into every page.
	build: { inlineStylesheets: 'never' },
	// Likewise scripts: Starlight's small scripts become shared files rather than inline copies.
	vite: { build: { assetsInlineLimit: 0 } },
	// Event pages ship only the scripts of search, theme and copy: no link prefetching (Starlight
	// turns it on for every link by default).
	prefetch: false,
	integrations: [
		// Copies the pages unchanged since the previous build into the output before pagefind runs
		// (src/lib/pipeline/reused-pages.ts). First, so its hook runs before Starlight's.
		hookrefReusedPages(),
		// Starlight's own sitemap (it adds none when one is configured), also listing those pages,
		// which Astro did not render. Read when the sitemap is written: the build names the reused
		// pages only once its model is ready (src/lib/pipeline/prepare-gate.ts).
		sitemap({
			get customPages() {
				return reusedPageUrls(platform.siteUrl, base);
			},
		}),
		// Astro starts beside the build's prepare step and waits for its model before rendering.
		hookrefPrepareGate(),
		starlight({
			title: `${platform.name} webhooks`,
			description: `Reference for every public ${platform.name} webhook event.`,
			customCss: ['./src/styles/hookref.css'],
			// The changelog's Atom feed, announced on every page once there is a release.
			head: model?.history?.feedHref
				? [{ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: `${platform.name} webhooks changelog`, href: model.history.feedHref } }]
				: [],
			// Script-free, lean navigation for byte-budgeted pages: see the components' comments.
			components: {
				// The page title as text, not HTML: it carries the registry's platform name.
				Head: './src/components/overrides/Head.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				TableOfContents: './src/components/overrides/TableOfContents.astro',
				MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
				// The theme select's icons come from CSS, not from SVG inlined in every page.
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				// Adds "Copy page as Markdown" beside the title of pages that have a Markdown twin.
				PageTitle: './src/components/overrides/PageTitle.astro',
			},
			// Pages pass their own, pruned sidebar; this one is used by the 404 page only.
			sidebar: [
				{ label: 'Overview', link: '/' },
				{ label: 'Event catalog', link: '/events/' },
			],
			pagefind: true,
			disable404Route: true,
		}),
		// `npm run dev` only: reloads the open page on every registry save (scripts/dev.ts).
		hookrefLiveReload(),
	],
});
