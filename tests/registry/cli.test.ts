/**
 * The registry CLI and `npm run build` as the author runs them (spawned, through tsx): help,
 * usage errors and their exit codes, a syntax error's position, and what happens when the build
 * fails unexpectedly or is interrupted while Astro runs: one line, a trace file, no child left.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderEvent, writeRegistry } from '../helpers/temp-registry.ts';

const TSX = 'node_modules/tsx/dist/cli.mjs';

function run(script: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [TSX, script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const registry = (args: string[], env: Record<string, string> = {}) => run('scripts/registry.ts', args, env);

const MAIN_USAGE = [
	'usage: npm run registry -- <command> [flags]',
	'',
	'commands:',
	'  check    validate the registry: every problem build would reject, with file, event and field path',
	'  list     print the events: type, category, visibility, api_version',
	'  release  freeze the public contract as an immutable snapshot: <registry>/releases/<version>.json',
	'  diff     compare two registries or releases; exit 1 when a breaking change keeps its api_version',
	'  send     deliver a signed sample of an event to a receiver, as the platform would (fresh ids, time and signature)',
	'  listen   a receiver for local testing: prints each delivery and its verification verdict',
	'',
	'EVENTS_DIR=<folder> selects the registry (default: events). npm run registry -- <command> --help for its flags.',
].join('\n');
const LIST_USAGE = 'usage: npm run registry -- list [--json] [--all]\n\nprint the events: type, category, visibility, api_version';
const CHECK_USAGE = 'usage: npm run registry -- check\n\nvalidate the registry: every problem build would reject, with file, event and field path';

describe('registry CLI', () => {
	it.each([['--help'], ['-h'], ['help']])('%s prints the usage and exits 0', (flag) => {
		expect(registry([flag])).toEqual({ status: 0, stdout: `${MAIN_USAGE}\n`, stderr: '' });
	});
	it('each command has --help (exit 0)', () => {
		expect(registry(['list', '--help'])).toEqual({ status: 0, stdout: `${LIST_USAGE}\n`, stderr: '' });
		expect(registry(['check', '-h'])).toEqual({ status: 0, stdout: `${CHECK_USAGE}\n`, stderr: '' });
	});
	it('no command: exit 2 with the usage', () => {
		expect(registry([])).toEqual({ status: 2, stdout: '', stderr: `Missing command.\n\n${MAIN_USAGE}\n` });
	});
	it('an unknown command: exit 2 with a suggestion and the usage', () => {
		expect(registry(['chek'])).toEqual({ status: 2, stdout: '', stderr: `Unknown command "chek". Did you mean "check"?\n\n${MAIN_USAGE}\n` });
		expect(registry(['deploy'])).toEqual({ status: 2, stdout: '', stderr: `Unknown command "deploy".\n\n${MAIN_USAGE}\n` });
	});
	it('an unknown flag: exit 2 with a suggestion and the command usage', () => {
		expect(registry(['list', '--jsn'])).toEqual({ status: 2, stdout: '', stderr: `Unknown flag "--jsn" for "list". Did you mean "--json"?\n\n${LIST_USAGE}\n` });
		expect(registry(['check', '--bogus'])).toEqual({ status: 2, stdout: '', stderr: `Unknown flag "--bogus" for "check".\n\n${CHECK_USAGE}\n` });
	});
	it('an unexpected argument: exit 2', () => {
		expect(registry(['check', 'events'])).toEqual({ status: 2, stdout: '', stderr: `"check" takes 0 arguments; got 1.\n\n${CHECK_USAGE}\n` });
	});
	it('check passes the default registry (exit 0)', () => {
		const result = registry(['check']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^✔ events: \d+ events \(\d+ public, \d+ internal\) in \d+ categories are valid(; \d+ releases? intact)?\.\n$/);
	});
	it('an unexpected failure: one line naming the trace file, exit 70', () => {
		const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', './tests/registry/fixtures/fail-readdir.mjs', 'scripts/registry.ts', 'check'], { encoding: 'utf8' });
		expect(result.status).toBe(70);
		expect(result.stdout).toBe('');
		const match = /^hookref: internal error during registry check \(EIO: i\/o error, scandir \(injected\)\)\. This is a bug in hookref, not in your registry; the full trace is in (\.hookref\/crash-[\dTZ-]+-\d+\.log)\.\n$/.exec(result.stderr);
		expect(match, result.stderr).not.toBeNull();
		expect(readFileSync(match![1]!, 'utf8')).toMatch(/hookref crashed during registry check\n[^]*Error: EIO: i\/o error, scandir \(injected\)\n\s+at /);
	});
	it('a syntax error: the file, line and column, and esbuild\'s message (exit 1)', () => {
		const dir = writeRegistry({ 'o.ts': orderEvent(), 'broken.ts': orderEvent().replace("summary: 'An order was created.',", "summary: 'x',,") });
		expect(registry(['check'], { EVENTS_DIR: dir })).toEqual({
			status: 1,
			stdout: '',
			stderr: `The registry has 1 problem:\n  ✖ ${dir}/broken.ts:5:14: could not be loaded: Expected identifier but found ","\n`,
		});
	});
});

describe('npm run build: flags', () => {
	const BUILD_USAGE_START = 'usage: npm run build [-- --prepare-only]\n';
	it('--help prints the usage and builds nothing', () => {
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'hookref-help-')), 'dist');
		const result = run('scripts/build.ts', ['--help'], { HOOKREF_OUT_DIR: out });
		expect(result.status).toBe(0);
		expect(result.stdout.startsWith(BUILD_USAGE_START)).toBe(true);
		expect(result.stdout).toContain('  -h, --help      print this help and build nothing');
		expect(result.stdout).not.toContain('hookref:');
		expect(existsSync(out)).toBe(false);
	});
	it('an unknown flag: exit 2 with a suggestion, nothing built', () => {
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'hookref-flag-')), 'dist');
		const result = run('scripts/build.ts', ['--prepare-onyl'], { HOOKREF_OUT_DIR: out });
		expect(result.status).toBe(2);
		expect(result.stderr.startsWith(`Unknown flag "--prepare-onyl" for "build". Did you mean "--prepare-only"?\n\n${BUILD_USAGE_START}`)).toBe(true);
		expect(existsSync(out)).toBe(false);
	});
});

/** Polls (no fixed sleep) until the process is gone; false if it outlives `limitMs`. */
async function waitUntilGone(pid: number, limitMs = 2_000): Promise<boolean> {
	const deadline = Date.now() + limitMs;
	while (Date.now() < deadline) {
		try {
			process.kill(pid, 0);
		} catch {
			return true;
		}
		await new Promise((resolve) => setImmediate(resolve));
	}
	return false;
}

function observedBuild(env: Record<string, string>) {
	const work = mkdtempSync(path.join(tmpdir(), 'hookref-crash-'));
	const out = path.join(work, 'dist');
	mkdirSync(out);
	writeFileSync(path.join(out, 'index.html'), 'the previous site');
	const pidFile = path.join(work, 'astro.pid');
	const child = spawn(
		process.execPath,
		['--import', 'tsx', '--import', './tests/registry/fixtures/observe-astro.mjs', 'scripts/build.ts'],
		{ env: { ...process.env, EVENTS_DIR: 'events', HOOKREF_OUT_DIR: out, HOOKREF_TEST_ASTRO_PID: pidFile, ...env } },
	);
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
	// Astro inherits the build's stdout and stderr: they close only when Astro is gone too.
	const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
	const prior = readFileSync(path.join(out, 'index.html'), 'utf8');
	return { child, out, pidFile, exited, closed, output: () => output, distUnchanged: () => readdirSync(out).join() === 'index.html' && readFileSync(path.join(out, 'index.html'), 'utf8') === prior };
}

describe('npm run build: an unexpected failure', () => {
	it('prints one line naming the trace file, exits 70, and leaves no Astro process behind', async () => {
		const build = observedBuild({ HOOKREF_TEST_FAULT: 'injected fault after Astro started' });
		const { code } = await build.exited;
		const astroPid = Number(readFileSync(build.pidFile, 'utf8'));
		expect(await waitUntilGone(astroPid), 'Astro is stopped').toBe(true);
		await build.closed;
		// A surviving Astro would go on to print its summary into the same output.
		expect(build.output()).not.toContain('Complete!');
		expect(code).toBe(70);
		const lines = build.output().trim().split('\n');
		const last = lines.at(-1)!;
		expect(last).toMatch(
			/^hookref: internal error during the build \(injected fault after Astro started\)\. This is a bug in hookref, not in your registry; the full trace is in (\.hookref\/crash-[\dTZ-]+-\d+\.log)\.$/,
		);
		const log = /\.hookref\/crash-[^ ]+\.log/.exec(last)![0];
		expect(readFileSync(log, 'utf8')).toContain('Error: injected fault after Astro started\n    at ');
		expect(build.output()).not.toMatch(/^\s+at /m);
		expect(build.distUnchanged()).toBe(true);
	});

	it('SIGTERM while Astro renders stops Astro too and leaves dist/ as it was', async () => {
		const build = observedBuild({});
		while (!existsSync(build.pidFile)) await new Promise((resolve) => setImmediate(resolve));
		const astroPid = Number(readFileSync(build.pidFile, 'utf8'));
		build.child.kill('SIGTERM');
		const { code } = await build.exited;
		expect(code).toBe(143);
		expect(await waitUntilGone(astroPid), 'Astro is stopped').toBe(true);
		await build.closed;
		expect(build.output()).not.toContain('Complete!');
		expect(build.output()).toContain('hookref: build interrupted (SIGTERM); dist/ is unchanged.');
		expect(build.distUnchanged()).toBe(true);
	});
});
