/**
 * `npm run bench`: builds synthetic registries of N events and prints what a user feels: cold
 * build time, peak memory, output size, event page weight, search index size and shipped JS.
 *
 *   npm run bench                                 N = 17, 500, 2000, 5000
 *   npm run bench -- --sizes 500,2000 --json out.json
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateRegistry } from './generate-registry.ts';

interface BenchResult {
	n: number;
	build_s: number;
	peak_rss_mb: number;
	dist_bytes: number;
	files: number;
	page_html_median_bytes: number;
	page_html_max_bytes: number;
	page_gzip_median_bytes: number;
	pagefind_bytes: number;
	event_page_js_bytes: number;
}

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option('--sizes') ?? '17,500,2000,5000').split(',').map(Number);
const jsonOut = option('--json');
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

function measure(n: number): BenchResult {
	const dir = path.join('.hookref', 'bench', String(n));
	generateRegistry(dir, n);
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
	const gzipSizes = pages.filter((_, i) => i % Math.max(1, Math.floor(pages.length / 200)) === 0).map((file) => gzipSync(readFileSync(file)).length);
	return {
		n,
		build_s: Math.round(buildSeconds * 10) / 10,
		peak_rss_mb: Math.round(peak / 1024),
		dist_bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
		files: files.length,
		page_html_median_bytes: median(pageSizes),
		page_html_max_bytes: Math.max(...pageSizes),
		page_gzip_median_bytes: median(gzipSizes),
		pagefind_bytes: filesUnder(path.join(DIST, 'pagefind')).reduce((sum, file) => sum + statSync(file).size, 0),
		event_page_js_bytes: pageJsBytes(readFileSync(pages[0]!, 'utf8')),
	};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const results: BenchResult[] = [];
for (const n of sizes) {
	process.stdout.write(`building N=${n}… `);
	const result = measure(n);
	results.push(result);
	console.log(`${result.build_s} s`);
}

console.table(
	results.map((r) => ({
		N: r.n,
		'build (s)': r.build_s,
		'peak RSS (MB)': r.peak_rss_mb,
		'dist': mb(r.dist_bytes),
		files: r.files,
		'page median': kb(r.page_html_median_bytes),
		'page max': kb(r.page_html_max_bytes),
		'page gzip median': kb(r.page_gzip_median_bytes),
		pagefind: mb(r.pagefind_bytes),
		'page JS': kb(r.event_page_js_bytes),
	})),
);
const first = results.find((r) => r.n >= 500);
const last = results.at(-1)!;
if (first && last.n > first.n) {
	const growth = last.build_s / first.build_s / (last.n / first.n);
	console.log(`build time growth from N=${first.n} to N=${last.n}: ${growth.toFixed(2)}× linear (≤ 1 means no worse than linear)`);
}
if (jsonOut) {
	writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
	console.log(`wrote ${jsonOut}`);
}
