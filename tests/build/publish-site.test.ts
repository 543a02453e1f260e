/**
 * The publish step is atomic: however it is interrupted, `dist/` is the complete previous site or
 * the complete new one. A child process runs `publishSite` and is SIGKILLed at each of its steps,
 * then at many instants of a large publish; after every kill `dist/` is checked file by file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PUBLISH_STEPS, publishSite, versionsDirOf } from '../../src/lib/pipeline/publish-site.ts';

const DRIVER = path.resolve('tests/helpers/publish-driver.ts');
// tsx as a loader, not its CLI: the CLI runs the script in a child process a kill would miss.
const NODE_ARGS = ['--import', 'tsx', DRIVER];

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A site of `count` files (and an index.html) every one of which names `label`. */
function makeSite(dir: string, label: string, count: number): void {
	mkdirSync(path.join(dir, 'events'), { recursive: true });
	writeFileSync(path.join(dir, 'index.html'), `<h1>${label}</h1>`);
	for (let i = 1; i < count; i++) writeFileSync(path.join(dir, 'events', `${i}.html`), `${label} ${i}`);
}

/** Which complete site `dist` is, or why it is not one. */
function siteIn(dist: string, expected: Record<string, number>): string {
	let files: string[];
	try {
		files = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => path.join(entry.parentPath, entry.name));
	} catch (error) {
		return `unreadable: ${(error as NodeJS.ErrnoException).code}`;
	}
	const index = files.find((file) => path.relative(dist, file) === 'index.html');
	if (!index) return `no index.html among ${files.length} files`;
	const label = readFileSync(index, 'utf8').replace(/<\/?h1>/g, '');
	if (!(label in expected)) return `unknown site ${label}`;
	const foreign = files.filter((file) => !readFileSync(file, 'utf8').includes(label));
	if (foreign.length > 0) return `${label} mixed with ${foreign.length} files of another site`;
	if (files.length !== expected[label]) return `${label} with ${files.length} of ${expected[label]} files`;
	return label;
}

function runDriver(staging: string, dist: string, killAt: string) {
	return spawnSync(process.execPath, [...NODE_ARGS, staging, dist, killAt], { encoding: 'utf8' });
}

describe('publishSite', () => {
	it('replaces the site and keeps only the published version', () => {
		root = mkdtempSync(path.join(tmpdir(), 'publish-'));
		const dist = path.join(root, 'dist');
		for (const [label, count] of [['one', 3], ['two', 5], ['three', 4]] as const) {
			makeSite(path.join(root, 'staging'), label, count);
			publishSite(path.join(root, 'staging'), dist);
			expect(siteIn(dist, { [label]: count })).toBe(label);
			expect(lstatSync(dist).isSymbolicLink()).toBe(true);
			expect(readdirSync(versionsDirOf(dist))).toHaveLength(1);
		}
	});

	it('deletes the replaced site in the background', async () => {
		root = mkdtempSync(path.join(tmpdir(), 'publish-'));
		const dist = path.join(root, 'dist');
		makeSite(path.join(root, 'staging'), 'old', 3);
		publishSite(path.join(root, 'staging'), dist);
		const old = path.basename(realpathSync(dist));
		makeSite(path.join(root, 'staging'), 'new', 3);
		publishSite(path.join(root, 'staging'), dist);
		expect(siteIn(dist, { new: 3 })).toBe('new');
		// Set aside at once, then deleted by a process of its own.
		const trash = path.resolve('.hookref/trash');
		const aside = () => (existsSync(trash) ? readdirSync(trash).filter((entry) => entry.endsWith(`-${old}`)) : []);
		await expect.poll(aside, { timeout: 60_000, interval: 50 }).toEqual([]);
	});

	it('replaces a plain dist/ folder left by an older build', () => {
		root = mkdtempSync(path.join(tmpdir(), 'publish-'));
		const dist = path.join(root, 'dist');
		makeSite(dist, 'plain', 6);
		makeSite(path.join(root, 'staging'), 'linked', 2);
		publishSite(path.join(root, 'staging'), dist);
		expect(siteIn(dist, { linked: 2 })).toBe('linked');
		expect(readdirSync(versionsDirOf(dist))).toHaveLength(1);
	});

	it('leaves dist/ whole when killed at any step, and the next publish cleans up', () => {
		const killed: Record<string, string> = {};
		for (const step of PUBLISH_STEPS) {
			root = mkdtempSync(path.join(tmpdir(), 'publish-'));
			const dist = path.join(root, 'dist');
			makeSite(path.join(root, 'staging'), 'old', 7);
			publishSite(path.join(root, 'staging'), dist);
			makeSite(path.join(root, 'staging'), 'new', 11);
			const run = runDriver(path.join(root, 'staging'), dist, step);
			expect(run.signal, `${step}: ${run.stderr}`).toBe('SIGKILL');
			killed[step] = siteIn(dist, { old: 7, new: 11 });
			// The next build publishes normally over whatever the kill left.
			rmSync(path.join(root, 'staging'), { recursive: true, force: true });
			makeSite(path.join(root, 'staging'), 'next', 2);
			publishSite(path.join(root, 'staging'), dist);
			expect(siteIn(dist, { next: 2 }), step).toBe('next');
			expect(readdirSync(versionsDirOf(dist)), step).toHaveLength(1);
			rmSync(root, { recursive: true, force: true });
		}
		// Before the swap the old site is still published; from the swap on, the new one.
		expect(killed).toEqual({ 'move-site': 'old', link: 'old', swap: 'old', 'remove-old': 'new' });
	});

	it('leaves dist/ whole when killed at many instants of a large publish', async () => {
		root = mkdtempSync(path.join(tmpdir(), 'publish-'));
		const dist = path.join(root, 'dist');
		// Sites large enough that removing the old one takes a while: kills land before, during and after the swap.
		const sizes: Record<string, number> = { a: 300, b: 500 };
		makeSite(path.join(root, 'staging'), 'a', sizes.a!);
		publishSite(path.join(root, 'staging'), dist);
		const outcomes: string[] = [];
		for (let attempt = 0; attempt < 20; attempt++) {
			const current = siteIn(dist, sizes);
			const next = current === 'a' ? 'b' : 'a';
			rmSync(path.join(root, 'staging'), { recursive: true, force: true });
			makeSite(path.join(root, 'staging'), next, sizes[next]!);
			const child = spawn(process.execPath, [...NODE_ARGS, path.join(root, 'staging'), dist], { stdio: ['pipe', 'pipe', 'inherit'] });
			const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
			await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
			child.stdin.write('go\n');
			// Spread the kills over the publish: immediately, then up to ~40 ms in.
			await new Promise((resolve) => setTimeout(resolve, attempt * 2));
			child.kill('SIGKILL');
			const signal = await exited;
			const state = siteIn(dist, sizes);
			expect(state, `attempt ${attempt}`).toMatch(/^(a|b)$/);
			outcomes.push(`${signal ?? 'done'}:${state === next ? 'new' : 'old'}`);
		}
		// Some publishes were killed, and the kills left both the old and the new site in place.
		expect(outcomes.some((o) => o.startsWith('SIGKILL'))).toBe(true);
		expect(new Set(outcomes.map((o) => o.split(':')[1]))).toEqual(new Set(['old', 'new']));
	}, 240_000);
});
