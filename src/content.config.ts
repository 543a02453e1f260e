/**
 * Starlight needs a `docs` and an `i18n` collection, but every hookref page is rendered from the
 * site model (src/pages/), not from Markdown. Each collection gets one inert entry so that Astro
 * does not warn about an empty or missing collection on every build: the `docs` entry is a draft
 * (left out of production builds) and the `i18n` entry adds no translation.
 */
import { defineCollection } from 'astro:content';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

/**
 * Starlight builds the whole frontmatter schema anew for every `<StarlightPage>` (~1 ms of zod
 * each, seconds at thousands of pages); built once, it is shared. Its `image()` helper is the first
 * caller's: no hookref page passes an image in its frontmatter.
 */
const buildDocsSchema = docsSchema();
let builtDocsSchema: ReturnType<typeof buildDocsSchema> | undefined;
const sharedDocsSchema: typeof buildDocsSchema = (context) => (builtDocsSchema ??= buildDocsSchema(context));

export const collections = {
	docs: defineCollection({
		loader: {
			name: 'hookref-docs',
			load: async ({ store, parseData }) => {
				store.clear();
				const id = 'hookref-placeholder';
				store.set({ id, data: await parseData({ id, data: { title: 'hookref', draft: true, pagefind: false } }) });
			},
		},
		schema: sharedDocsSchema,
	}),
	i18n: defineCollection({
		loader: {
			name: 'hookref-i18n',
			load: async ({ store, parseData }) => {
				store.clear();
				store.set({ id: 'en', data: await parseData({ id: 'en', data: {} }) });
			},
		},
		schema: i18nSchema(),
	}),
};
