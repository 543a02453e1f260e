import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_STAGING_DIR } from '../../src/lib/pipeline/paths.ts';
import { runBuild } from '../helpers/dist-checks.ts';
import { MINIMAL_PLATFORM, orderEvent, writeRegistry } from '../helpers/temp-registry.ts';

describe("Astro's public folder", () => {
	it('holds none of a dev session’s downloads when Vite copies it, however long the registry takes to load', { timeout: 300_000 }, () => {
		// What `npm run dev` left there: the schema of an event deleted since.
		const stale = path.join(PUBLIC_STAGING_DIR, 'schemas', 'order.deleted.json');
		mkdirSync(path.dirname(stale), { recursive: true });
		writeFileSync(stale, '{"title":"order.deleted"}\n');
		// A load slow enough that Astro, started beside it, copies its public folder meanwhile.
		const slow = orderEvent().replace("import { defineEvent, z } from 'hookref';", "import { defineEvent, z } from 'hookref';\nfor (const end = Date.now() + 8000; Date.now() < end; );");
		const dir = writeRegistry({ 'platform.ts': MINIMAL_PLATFORM, 'orders/order.created.ts': slow });
		const outDir = path.resolve('.hookref/test-dist/public-staging');
		const run = runBuild(dir, outDir, { HOOKREF_CACHE: 'off' });
		expect(run.status, run.output).toBe(0);
		expect(existsSync(path.join(outDir, 'schemas', 'order.created.json'))).toBe(true);
		expect(existsSync(path.join(outDir, 'schemas', 'order.deleted.json'))).toBe(false);
	});
});
