/**
 * `npm run bench`: builds synthetic registries of N events and prints what a user feels: cold
 * build time, peak memory, output size, event page weight, search index size and shipped JS.
 *
 *   npm run bench                                 N = 17, 500, 2000, 5000, each without and with history
 *   npm run bench -- --sizes 500,2000 --json out.json
 *   npm run bench -- --no-history                 skip the builds with releases
 *   npm run bench -- --no-floor --no-warm --no-dev   skip the bare-Starlight floor, the warm rebuild, the dev start
 *   npm run bench -- --no-formats-cost            skip the builds without the formats (largest N only)
 *   npm run bench -- --formats-pairs 3            cold builds without and with the formats, in pairs (default 2)
 *
 * "With history" is the same registry plus three releases (`generateReleases`): a changelog, a
 * History section on every event page and a page per released version of each event.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateRegistry, generateReleases } from './generate-registry.ts';
import { SITE_STAMP_FILE } from '../src/lib/pipeline/paths.ts';
import { versionsDirOf } from '../src/lib/pipeline/publish-site.ts';

interface BenchResult {
	n: number;
	history: boolean;
	build_s: number;
	/** Where the cold build's time goes (see `Stages`). */
	stages: Stages;
	peak_rss_mb: number;
	dist_bytes: number;
	files: number;
	page_html_median_bytes: number;
	page_html_max_bytes: number;
	page_gzip_median_bytes: number;
	pagefind_bytes: number;
	event_page_js_bytes: number;
	/** Pages of released versions (`/events/<slug>/versions/<v>/`) and the changelog. */
	version_pages: number;
	version_page_median_bytes: number;
	changelog_bytes: number;
	/** The bare-Starlight floor measured in the same run, and build_s / floor_s. */
	floor_s?: number;
	floor_ratio?: number;
	/** Rebuild after editing one event's description, with the cold build's cache in place. */
	warm_s?: number;
	/** `npm run dev` from start until it serves an event page, with the cold build's model on disk. */
	dev_ready_s?: number;
	/** The same without a current model on disk (a first start: pages wait for the registry's load). */
	dev_first_s?: number;
	/**
	 * The same cold build without the formats other tools read (OpenAPI, AsyncAPI, twins, llms.txt)
	 * and with them, in alternating pairs (the last "with" is `build_s`): medians and every pair.
	 */
	no_formats_s?: number;
	formats_s?: number;
	formats_pairs?: [without: number, withFormats: number][];
	/** The formats' cost in per cent of the build without them: the median of the pairs' ratios. */
	formats_cost_pct?: number;
	/** The same for the builds' CPU time (user + system, every process). */
	formats_cpu_pct?: number;
	formats_cpu_pairs?: [without: number, withFormats: number][];
	/** gzip bytes of each tool's code, fetched only when the reader opens it (see toolCodeGzip). */
	tools_gzip: ToolCodeGzip;
}

interface ToolCodeGzip {
	payload_checker: number;
	payload_validator_median: number;
	validators_shared: number;
	signature_checker: number;
	subscription_builder: number;
}

interface Stages {
	/** Node, tsx and hookref's imports before the build starts its clock. */
	startup_s: number;
	/** Registry load, artifacts and site model (Astro starts meanwhile, and waits for them to render). */
	prepare_s: number;
	/** Astro's static page generation. */
	generation_s: number;
	/**
	 * The rest of Astro's run after the model was ready (moving assets, sitemap; Vite bundling only
	 * if it outlasted prepare: Astro starts, syncs content and bundles during the prepare step).
	 */
	astro_rest_s: number;
	pagefind_s: number;
	/** After Astro: types written, host files, leak check, publish. */
	post_s: number;
	/** ajv's pass, the types (on a thread) and the formats, beside Astro (on the critical path when longer). */
	side_s: number;
}

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option('--sizes') ?? '17,500,2000,5000').split(',').map(Number);
const jsonOut = option('--json');
const withHistory = !args.includes('--no-history');
const withFloor = !args.includes('--no-floor');
const withWarm = !args.includes('--no-warm');
const withDev = !args.includes('--no-dev');
const withFormatsCost = !args.includes('--no-formats-cost');
// A 10 % difference is within one build's noise on a shared machine: measured in pairs.
const formatsPairs = Math.max(1, Number(option('--formats-pairs') ?? 2));
// The bench builds beside the user's `dist/`, never over it.
const DIST = path.resolve('.hookref/bench-dist');

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name));
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return 0;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Bytes of JavaScript an event page loads up front: its inline scripts and module scripts. */
function pageJsBytes(html: string): number {
	let total = 0;
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(match[1]!)?.[1];
		total += src ? statSync(path.join(DIST, src)).size : Buffer.byteLength(match[2]!);
	}
	return total;
}

/** A module and the chunks it imports, transitively, as emitted in `dir`. */
function moduleClosure(dir: string, file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(path.join(dir, file), 'utf8');
	for (const match of code.matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) moduleClosure(dir, match[1]!, seen);
	return seen;
}

const gzipOf = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

/**
 * Each tool's code as fetched when it is opened: its client module and the chunks it imports
 * (the page's own loader excepted), plus the payload checker's validator of one event (median)
 * and the validators' shared chunk of ajv formats and helpers.
 */
function toolCodeGzip(): ToolCodeGzip {
	const astro = path.join(DIST, '_astro');
	const onPage = new Set(['preload-helper']);
	const client = (name: string) => {
		const entry = readdirSync(astro).find((file) => file.startsWith(`${name}.client.`) && file.endsWith('.js'));
		if (!entry) return 0;
		const files = [...moduleClosure(astro, entry)].filter((file) => ![...onPage].some((prefix) => file.startsWith(prefix)));
		return gzipOf(files.map((file) => path.join(astro, file)));
	};
	const validators = path.join(DIST, 'validators');
	const modules = readdirSync(validators).filter((file) => file.endsWith('.js'));
	const shared = modules.filter((file) => file === 'runtime.js');
	return {
		payload_checker: client('payload-checker'),
		payload_validator_median: median(modules.filter((file) => file !== 'runtime.js').map((file) => gzipOf([path.join(validators, file)]))),
		validators_shared: gzipOf(shared.map((file) => path.join(validators, file))),
		signature_checker: client('signature-checker'),
		subscription_builder: client('subscription-builder'),
	};
}

/** Astro's own timings: `✓ Completed in 6.75s.` / `in 257ms` / `in 1m 12s` / `in 1m 3.1s`, in seconds. */
function astroSeconds(text: string | undefined): number {
	if (text === undefined) return 0;
	const minutes = /^(\d+)m ([\d.]+)s$/.exec(text);
	if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
	return text.endsWith('ms') ? Number.parseFloat(text) / 1000 : Number.parseFloat(text);
}
const ASTRO_TIME = '(\\d+m [\\d.]+s|[\\d.]+m?s)';

interface BuildRun {
	seconds: number;
	/** CPU time of the build and every process it waited for (Astro, pagefind): user + system. */
	cpuSeconds: number;
	peakMb: number;
	stages: Stages;
}

/** One `scripts/build.ts` run: wall time, peak RSS (GNU time: the largest process) and the stages. */
function runBuild(dir: string, env: Record<string, string> = {}): BuildRun {
	rmSync('.hookref/dist', { recursive: true, force: true });
	const started = performance.now();
	const run = spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M CPU_S=%U+%S', process.execPath, 'node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], {
		env: { ...process.env, EVENTS_DIR: dir, HOOKREF_OUT_DIR: DIST, ...env },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0) throw new Error(`build of ${dir} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
	const ours = JSON.parse(/hookref: stages (\{.*\})/.exec(run.stdout)?.[1] ?? '{}') as Record<string, number>;
	// Kept for a look at what Astro said (the stages are parsed from it).
	mkdirSync(path.join('.hookref', 'bench-logs'), { recursive: true });
	writeFileSync(path.join('.hookref', 'bench-logs', `${path.basename(dir)}.log`), run.stdout);
	const generation = astroSeconds(new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${ASTRO_TIME}`).exec(run.stdout)?.[1]);
	const pagefind = astroSeconds(new RegExp(`Finished building search index in ${ASTRO_TIME}`).exec(run.stdout)?.[1]);
	// Astro (started during prepare, rendering once the model is ready) and the side work run side by side.
	const astro = ours.astro_s ?? 0;
	const measured = ours.prepare_s! + Math.max(astro, ours.side_s ?? 0) + ours.post_s!;
	return {
		seconds,
		cpuSeconds: /CPU_S=([\d.]+)\+([\d.]+)/.exec(run.stderr)?.slice(1).reduce((sum, part) => sum + Number(part), 0) ?? 0,
		peakMb: Math.round(Number(/PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024),
		stages: {
			startup_s: Math.max(0, seconds - measured),
			prepare_s: ours.prepare_s ?? 0,
			generation_s: generation,
			astro_rest_s: Math.max(0, astro - generation - pagefind),
			pagefind_s: pagefind,
			post_s: ours.post_s ?? 0,
			side_s: ours.side_s ?? 0,
		},
	};
}

/**
 * The floor: a throwaway bare Starlight project with the same page count, one tiny Markdown page
 * each and a one-link sidebar, built with the same Astro in the same run. Its node_modules are
 * this project's (the folder sits inside it).
 */
function buildFloor(n: number): number {
	const root = path.resolve('.hookref', 'floor', String(n));
	rmSync(root, { recursive: true, force: true });
	const docs = path.join(root, 'src', 'content', 'docs');
	mkdirSync(path.join(docs, 'events'), { recursive: true });
	writeFileSync(
		path.join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
			`export default defineConfig({ integrations: [starlight({ title: 'floor', sidebar: [{ label: 'Home', link: '/' }] })] });\n`,
	);
	writeFileSync(
		path.join(root, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
			`import { docsSchema } from '@astrojs/starlight/schema';\n` +
			`export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	writeFileSync(path.join(docs, 'index.md'), '---\ntitle: Home\n---\n\nThe floor.\n');
	for (let i = 1; i < n; i++) {
		writeFileSync(path.join(docs, 'events', `event-${i}.md`), `---\ntitle: Event ${i}\n---\n\nEvent ${i} was emitted.\n`);
	}
	const started = performance.now();
	const run = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0) throw new Error(`the bare Starlight floor for N=${n} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
	rmSync(root, { recursive: true, force: true });
	return seconds;
}

/**
 * `npm run dev` ready: seconds from starting it until it serves an event page (the first page a
 * reader opens renders on request, so this includes its render). The dev server is stopped after.
 */
async function measureDevReady(dir: string, slug: string, port: number): Promise<number> {
	const started = performance.now();
	const dev = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', '--port', String(port)], {
		env: { ...process.env, EVENTS_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	dev.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	try {
		for (;;) {
			if (dev.exitCode !== null) throw new Error(`npm run dev exited with ${dev.exitCode}:\n${output.slice(-3000)}`);
			if (performance.now() - started > 300_000) throw new Error(`npm run dev served nothing in 300 s:\n${output.slice(-3000)}`);
			const status = await fetch(`http://localhost:${port}/events/${slug}/`).then((response) => response.status, () => undefined);
			if (status === 200) return (performance.now() - started) / 1000;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	} finally {
		// Gone before the next measure starts: its background work would compete for the cores.
		const exited = new Promise((resolve) => (dev.exitCode !== null || dev.signalCode !== null ? resolve(undefined) : dev.on('exit', resolve)));
		const signal = (name: NodeJS.Signals) => {
			try {
				process.kill(-dev.pid!, name);
			} catch {
				// Already gone.
			}
		};
		signal('SIGTERM');
		const killed = setTimeout(() => signal('SIGKILL'), 10_000);
		await exited;
		clearTimeout(killed);
	}
}

/** Edits one event's description in place (as an author would) and returns its file. */
function editOneDescription(dir: string): string {
	const file = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && entry.name !== 'platform.ts' && !entry.name.startsWith('_') && !entry.parentPath.includes('internal'))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort()[0]!;
	const text = readFileSync(file, 'utf8');
	writeFileSync(file, text.replace(/description: '/, "description: 'Edited for the warm-rebuild measure. "));
	return file;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

async function measure(n: number, history: boolean, options: { floor: boolean; warm: boolean; dev: boolean; formatsCost: boolean }): Promise<BenchResult> {
	const dir = path.join('.hookref', 'bench', String(n));
	generateRegistry(dir, n, { history });
	if (history) await generateReleases(dir);
	// Cold: no cache of an earlier build, no page to reuse from the one before.
	const coldBuild = (env: Record<string, string> = {}) => {
		for (const dir of ['cache', 'page-cache']) rmSync(path.join('.hookref', dir), { recursive: true, force: true });
		// Nor a published site to link unchanged downloads from.
		for (const dir of [DIST, versionsDirOf(DIST)]) rmSync(dir, { recursive: true, force: true });
		return runBuild(dir, env);
	};
	// What OpenAPI, AsyncAPI, the twins and llms.txt add: cold builds without and with them,
	// alternating; the last one with them is the build measured below.
	const pairs: [BuildRun, BuildRun][] = [];
	for (let i = 0; options.formatsCost && i < formatsPairs; i++) {
		const without = coldBuild({ HOOKREF_FORMATS: 'off' });
		pairs.push([without, i < formatsPairs - 1 ? coldBuild() : without]);
	}
	const cold = coldBuild();
	const buildSeconds = cold.seconds;
	const peak = cold.peakMb;
	if (pairs.length > 0) pairs.at(-1)![1] = cold;

	const files = filesUnder(DIST);
	// Event pages are folders; their Markdown twins sit beside them as `<slug>.md`.
	const pages = readdirSync(path.join(DIST, 'events'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name !== 'deny-list')
		.map((entry) => path.join(DIST, 'events', entry.name, 'index.html'));
	const pageSizes = pages.map((file) => statSync(file).size);
	const versionPages = pages.flatMap((file) => {
		const versions = path.join(path.dirname(file), 'versions');
		return existsSync(versions) ? readdirSync(versions).map((version) => path.join(versions, version, 'index.html')) : [];
	});
	const changelog = path.join(DIST, 'changelog', 'index.html');
	const gzipSizes = pages.filter((_, i) => i % Math.max(1, Math.floor(pages.length / 200)) === 0).map((file) => gzipSync(readFileSync(file)).length);
	const result: BenchResult = {
		n,
		history,
		build_s: round1(buildSeconds),
		stages: Object.fromEntries(Object.entries(cold.stages).map(([k, v]) => [k, round1(v)])) as unknown as Stages,
		peak_rss_mb: peak,
		dist_bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
		files: files.length,
		page_html_median_bytes: median(pageSizes),
		page_html_max_bytes: Math.max(...pageSizes),
		page_gzip_median_bytes: median(gzipSizes),
		pagefind_bytes: filesUnder(path.join(DIST, 'pagefind')).reduce((sum, file) => sum + statSync(file).size, 0),
		event_page_js_bytes: pageJsBytes(readFileSync(pages[0]!, 'utf8')),
		version_pages: versionPages.length,
		version_page_median_bytes: median(versionPages.map((file) => statSync(file).size)),
		changelog_bytes: existsSync(changelog) ? statSync(changelog).size : 0,
		tools_gzip: toolCodeGzip(),
		...(pairs.length > 0 && {
			no_formats_s: round1(median(pairs.map(([off]) => off.seconds))),
			formats_s: round1(median(pairs.map(([, on]) => on.seconds))),
			// Each pair's own ratio: the two builds of a pair ran back to back, so a slower spell of
			// the machine (10–15 % between identical builds here) weighs on both alike.
			formats_cost_pct: Math.round(median(pairs.map(([off, on]) => (on.seconds / off.seconds - 1) * 100))),
			formats_pairs: pairs.map(([off, on]) => [round1(off.seconds), round1(on.seconds)] as [number, number]),
			// CPU time varies less than wall time from run to run: what the formats cost the machine.
			formats_cpu_pct: Math.round(median(pairs.map(([off, on]) => (on.cpuSeconds / off.cpuSeconds - 1) * 100))),
			formats_cpu_pairs: pairs.map(([off, on]) => [round1(off.cpuSeconds), round1(on.cpuSeconds)] as [number, number]),
		}),
	};
	if (options.dev) {
		const slug = path.basename(path.dirname(pages[0]!));
		// The build's model is current (model-stamp.ts): dev serves it while the registry loads.
		result.dev_ready_s = round1(await measureDevReady(dir, slug, 4391));
		// A first start, with no model of this registry on disk: pages wait for the load.
		rmSync(SITE_STAMP_FILE, { force: true });
		result.dev_first_s = round1(await measureDevReady(dir, slug, 4392));
	}
	if (options.warm) {
		// The cache of the cold build is in place; one event's description changes.
		editOneDescription(dir);
		result.warm_s = round1(runBuild(dir).seconds);
	}
	if (options.floor) {
		result.floor_s = round1(buildFloor(n));
		result.floor_ratio = Math.round((buildSeconds / result.floor_s) * 100) / 100;
	}
	return result;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const results: BenchResult[] = [];
for (const n of sizes) {
	for (const history of withHistory ? [false, true] : [false]) {
		process.stdout.write(`building N=${n}${history ? ' with history' : ''}… `);
		// The floor and the warm rebuild are measured once per N, on the build without history.
		const formatsCost = withFormatsCost && !history && n === Math.max(...sizes);
		const result = await measure(n, history, { floor: withFloor && !history, warm: withWarm && !history, dev: withDev && !history, formatsCost });
		results.push(result);
		console.log(`${result.build_s} s`);
	}
}

console.table(
	results.map((r) => ({
		N: r.n,
		history: r.history ? 'yes' : 'no',
		'build (s)': r.build_s,
		'peak RSS (MB)': r.peak_rss_mb,
		'dist': mb(r.dist_bytes),
		files: r.files,
		'page median': kb(r.page_html_median_bytes),
		'page max': kb(r.page_html_max_bytes),
		'page gzip median': kb(r.page_gzip_median_bytes),
		pagefind: mb(r.pagefind_bytes),
		'page JS': kb(r.event_page_js_bytes),
		'version pages': r.version_pages,
		'version page median': r.history ? kb(r.version_page_median_bytes) : '—',
		changelog: r.history ? kb(r.changelog_bytes) : '—',
	})),
);
// The tools load nothing with the page but a small loader; this is what opening each one fetches.
console.table(
	results.map((r) => ({
		N: r.n,
		'payload checker (gzip)': kb(r.tools_gzip.payload_checker),
		'+ validator median': kb(r.tools_gzip.payload_validator_median),
		'+ validators shared': kb(r.tools_gzip.validators_shared),
		'signature checker': kb(r.tools_gzip.signature_checker),
		'subscription builder': kb(r.tools_gzip.subscription_builder),
	})),
);
// Where the time goes, and the targets of issue 14.
console.table(
	results
		.filter((r) => !r.history)
		.map((r) => ({
			N: r.n,
			'start-up (s)': r.stages.startup_s,
			'prepare (s)': r.stages.prepare_s,
			'pages (s)': r.stages.generation_s,
			'Astro rest (s)': r.stages.astro_rest_s,
			'pagefind (s)': r.stages.pagefind_s,
			'post (s)': r.stages.post_s,
			'side work, beside Astro (s)': r.stages.side_s,
			'build (s)': r.build_s,
			'floor (s)': r.floor_s ?? '—',
			'ratio': r.floor_ratio ?? '—',
			'warm rebuild (s)': r.warm_s ?? '—',
			'warm / cold': r.warm_s ? `${Math.round((r.warm_s / r.build_s) * 100)} %` : '—',
			'dev ready (s)': r.dev_ready_s ?? '—',
			'dev, first start (s)': r.dev_first_s ?? '—',
			'peak RSS (MB)': r.peak_rss_mb,
		})),
);
for (const r of results.filter((r) => !r.history)) {
	const checks = [
		r.floor_s !== undefined && r.n === 17 ? `build ≤ floor + 1 s: ${r.build_s <= r.floor_s + 1 ? 'met' : `missed by ${(r.build_s - r.floor_s - 1).toFixed(1)} s`}` : '',
		r.floor_ratio !== undefined && r.n >= 2000 ? `ratio ≤ 1.5: ${r.floor_ratio <= 1.5 ? 'met' : `missed (${r.floor_ratio}×)`}` : '',
		r.warm_s !== undefined && r.n >= 2000 ? `warm ≤ 40 % of cold: ${r.warm_s <= 0.4 * r.build_s ? 'met' : `missed (${Math.round((r.warm_s / r.build_s) * 100)} %)`}` : '',
		r.n >= 5000 ? `≤ 45 s: ${r.build_s <= 45 ? 'met' : `missed by ${(r.build_s - 45).toFixed(1)} s`}; peak RSS ≤ 1 GB: ${r.peak_rss_mb <= 1024 ? 'met' : `missed (${r.peak_rss_mb} MB)`}` : '',
		r.dev_ready_s !== undefined && r.n >= 2000 ? `dev ready ≤ 10 s: ${r.dev_ready_s <= 10 ? 'met' : `missed (${r.dev_ready_s} s)`}` : '',
		r.formats_cost_pct !== undefined
			? `formats cost ≤ 10 %: ${r.formats_cost_pct <= 10 ? 'met' : 'missed'} (${r.formats_cost_pct >= 0 ? '+' : ''}${r.formats_cost_pct} %, the median of ${r.formats_pairs!.length} pairs of cold builds without/with them: ${r.formats_pairs!.map(([off, on]) => `${off}/${on}`).join(', ')}; medians ${r.no_formats_s} s/${r.formats_s} s; CPU time +${r.formats_cpu_pct} %: ${r.formats_cpu_pairs!.map(([off, on]) => `${off}/${on}`).join(', ')} s)`
			: '',
		`event pages ≤ 50 KB: ${r.page_html_max_bytes <= 50 * 1024 ? 'met' : `missed (max ${kb(r.page_html_max_bytes)})`}`,
	].filter(Boolean);
	console.log(`N=${r.n}: ${checks.join('; ')}`);
}
for (const n of sizes) {
	const without = results.find((r) => r.n === n && !r.history);
	const withIt = results.find((r) => r.n === n && r.history);
	if (without && withIt) {
		console.log(
			`N=${n}: build ${withIt.build_s} s with history vs ${without.build_s} s without; ` +
				`event page max ${kb(withIt.page_html_max_bytes)} (budget 50 KB: ${withIt.page_html_max_bytes <= 50 * 1024 ? 'met' : 'EXCEEDED'}), median ${kb(withIt.page_html_median_bytes)}`,
		);
	}
}
const first = results.find((r) => r.n >= 500 && !r.history);
const last = results.filter((r) => !r.history).at(-1)!;
if (first && last.n > first.n) {
	const growth = last.build_s / first.build_s / (last.n / first.n);
	console.log(`build time growth from N=${first.n} to N=${last.n}: ${growth.toFixed(2)}× linear (≤ 1 means no worse than linear)`);
}
if (jsonOut) {
	writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
	console.log(`wrote ${jsonOut}`);
}
