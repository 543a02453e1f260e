/**
 * `npm run build`: registry → artifacts and site model → Astro + pagefind → leak check → `dist/`.
 * The site is built into `.hookref/dist` and only replaces `dist/` once every check has passed,
 * so a failed build never leaves a half-written site behind.
 *
 *   EVENTS_DIR=examples/vagaro npm run build     build another registry
 *   npm run build -- --prepare-only              stop after the model and artifacts (tests)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findLeaks } from '../src/lib/build/check-leaks.ts';
import { OUT_DIR, PUBLIC_STAGING_DIR, STAGING_OUT_DIR } from '../src/lib/build/paths.ts';
import { emitTypesArtifact } from '../src/lib/artifacts/emit-artifacts.ts';
import { prepareSite, writeArtifact } from '../src/lib/build/prepare-site.ts';
import { RegistryError } from '../src/lib/registry/errors.ts';
import { publicEvents } from '../src/lib/registry/model.ts';
import { checkRegistryWithJsonSchema } from '../src/lib/registry/validate-registry.ts';

const eventsDir = process.env.EVENTS_DIR || 'events';
const prepareOnly = process.argv.includes('--prepare-only');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

function fail(message: string): never {
	console.error(`\n${message}\n`);
	process.exit(1);
}

let prepared;
try {
	// `--prepare-only` writes every artifact up front; a build defers what no page needs.
	prepared = await prepareSite(eventsDir, { deferred: !prepareOnly });
} catch (error) {
	if (error instanceof RegistryError) fail(`${error.message}\n\nNothing was built; dist/ is unchanged.`);
	throw error;
}
const { registry } = prepared;
const internal = registry.events.filter((event) => event.visibility === 'internal');
console.log(
	`hookref: ${eventsDir}: ${publicEvents(registry).length} public and ${internal.length} internal events; ` +
		`${prepared.artifactCount} artifacts (${seconds()} s)`,
);
if (prepareOnly) process.exit(0);

rmSync(STAGING_OUT_DIR, { recursive: true, force: true });
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', STAGING_OUT_DIR], {
	stdio: ['ignore', 'inherit', 'inherit'],
	// A production build even when started from a test runner (vitest sets NODE_ENV=test, and
	// Starlight then skips search as in dev).
	env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
});
const astroDone = new Promise<number | null>((resolve) => astro.on('close', resolve));

// While Astro renders in its own process, this one does the work no page depends on: ajv's
// second opinion on every sample, and the TypeScript types. Both are CPU-bound; on two cores
// they cost almost no wall time this way.
const schemaIssues = checkRegistryWithJsonSchema(registry);
if (schemaIssues.length > 0) {
	astro.kill();
	fail(`${new RegistryError(schemaIssues).message}\n\nNothing was built; dist/ is unchanged.`);
}
const types = await emitTypesArtifact(registry);
const astroStatus = await astroDone;
if (astroStatus !== 0) fail('hookref: the Astro build failed (see above); dist/ is unchanged.');
writeArtifact(STAGING_OUT_DIR, types);

// Internal events must not appear anywhere in the finished site, compressed search index included.
const needles = [...new Set(internal.flatMap((event) => [event.type, event.slug]))];
const leaks = findLeaks(STAGING_OUT_DIR, needles);
if (leaks.length > 0) {
	fail(
		`hookref: internal events leaked into the built site; dist/ is unchanged:\n` +
			leaks.map((leak) => `  ✖ ${leak.file} contains "${leak.needle}"`).join('\n'),
	);
}
if (!existsSync(PUBLIC_STAGING_DIR)) fail('hookref: the public staging folder is missing.');
rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(path.dirname(OUT_DIR), { recursive: true });
renameSync(STAGING_OUT_DIR, OUT_DIR);
console.log(`hookref: built ${path.relative(process.cwd(), OUT_DIR)}/ in ${seconds()} s; checked ${needles.length} internal names: no leak.`);
