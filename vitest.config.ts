import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: {
		// Registry files import the authoring API as `hookref` (the package's self-reference).
		alias: { hookref: fileURLToPath(new URL('./src/lib/registry/define.ts', import.meta.url)) },
	},
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 600_000,
		// Integration and browser tests build the site into the shared .hookref/ and dist/ folders.
		fileParallelism: false,
	},
});
