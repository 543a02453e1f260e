/**
 * `npm run bench`: builds synthetic registries of N events and prints what a user feels: cold
 * build time, peak memory, output size, event page weight, search index size and shipped JS.
 *
 *   npm run bench                                 N = 17, 500, 2000, 5000, each without and with history
 *   npm run bench -- --sizes 500,2000 --json out.json
 *   npm run bench -- --no-history                 skip the builds with releases
 *
 * "With history" is the same registry plus three releases (`generateReleases`): a changelog, a
 * History section on every event page and a page per released version of each event.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateRegistry, generateReleases } from './generate-registry.ts';

interface BenchResult {
	n: number;
	history: boolean;
	build_s: number;
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

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option('--sizes') ?? '17,500,2000,5000').split(',').map(Number);
const jsonOut = option('--json');
const withHistory = !args.includes('--no-history');
// The bench builds beside the user's `dist/`, never over it.
const DIST = path.resolve('.hookref/bench-dist');

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name));
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
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

async function measure(n: number, history: boolean): Promise<BenchResult> {

	const dir = path.join('.hookref', 'bench', String(n));
	generateRegistry(dir, n, { history });
	if (history) await generateReleases(dir);
	rmSync('.hookref/dist', { recursive: true, force: true });
	const started = performance.now();
	// GNU time reports the peak resident memory of the build (its largest process).
	const run = spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', process.execPath, 'node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], {
		env: { ...process.env, EVENTS_DIR: dir, HOOKREF_OUT_DIR: DIST },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const buildSeconds = (performance.now() - started) / 1000;
	if (run.status !== 0) throw new Error(`build of N=${n} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
	const peak = Number(/PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? 0);

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
	return {
		n,
		history,
		build_s: Math.round(buildSeconds * 10) / 10,
		peak_rss_mb: Math.round(peak / 1024),
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
	};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const results: BenchResult[] = [];
for (const n of sizes) {
	for (const history of withHistory ? [false, true] : [false]) {
		process.stdout.write(`building N=${n}${history ? ' with history' : ''}… `);
		const result = await measure(n, history);
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
