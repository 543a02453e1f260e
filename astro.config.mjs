// The site is rendered from `.hookref/site.json`, written by `npm run build` (scripts/build.ts).
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { hookrefLiveReload } from './src/lib/dev/live-reload.ts';

const modelFile = new URL('./.hookref/site.json', import.meta.url);
const model = existsSync(modelFile) ? JSON.parse(readFileSync(modelFile, 'utf8')) : undefined;
const platform = model?.platform ?? { name: 'hookref', siteUrl: 'http://localhost:4321' };

export default defineConfig({
	site: platform.siteUrl,
	// Generated downloads (schemas, types, catalog, vectors) are staged here with `public/`.
	publicDir: './.hookref/public',
	trailingSlash: 'always',
	// Component styles go to shared, cached stylesheets instead of ~4 KB inlined into every page.
	build: { inlineStylesheets: 'never' },
	// Likewise scripts: Starlight's small scripts become shared files rather than inline copies.
	vite: { build: { assetsInlineLimit: 0 } },
	// Event pages ship only the scripts of search, theme and copy: no link prefetching (Starlight
	// turns it on for every link by default).
	prefetch: false,
	integrations: [
		starlight({
			title: `${platform.name} webhooks`,
			description: `Reference for every public ${platform.name} webhook event.`,
			customCss: ['./src/styles/hookref.css'],
			// Script-free, lean navigation for byte-budgeted pages: see the components' comments.
			components: {
				Sidebar: './src/components/overrides/Sidebar.astro',
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				TableOfContents: './src/components/overrides/TableOfContents.astro',
				MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
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
