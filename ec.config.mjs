// Expressive Code's options that hold functions live here, not in astro.config.mjs: the <Code>
// component re-creates the highlighter from this file at render time.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';

export default defineEcConfig({
	shiki: {
		// Shiki stops tokenizing a line after 500 ms by default and leaves the rest unhighlighted: on a
		// loaded machine the first lines (while the grammar compiles) hit that limit, so the same page
		// came out differently from build to build. No limit: the output depends on the code only.
		transformers: [
			{
				name: 'hookref:no-tokenize-time-limit',
				preprocess(_code, options) {
					options.tokenizeTimeLimit = 0;
				},
			},
		],
	},
});
