/**
 * `npm run dev` as the tests run it: on a free port, in its own process group (the registry
 * process, Astro and their children end together), with everything it printed kept.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** A running `npm run dev` and everything it printed. */
export interface Dev {
	process: ChildProcess;
	output: () => string;
	/** Adds a line to the output (what the browser logged, for a failure's post-mortem). */
	note: (line: string) => void;
	baseUrl: string;
	exited: Promise<void>;
}

/** Starts `npm run dev` on a free port against `registry`, in its own process group. */
export async function startDev(registry: string): Promise<Dev> {
	const port = await freePort();
	// The server an author runs: without vitest's variables (under VITEST, Astro's dev server
	// answers every page with 404) and without NODE_ENV=test.
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'TEST' && name !== 'NODE_ENV'),
	);
	env.EVENTS_DIR = registry;
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', '--port', String(port), '--host', '127.0.0.1'], {
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
	return { process: child, output: () => output, note: (line) => (output += `${line}\n`), baseUrl: `http://127.0.0.1:${port}`, exited };
}

/** Ends the dev server's process group. */
export async function stopDev(dev: Dev | undefined): Promise<void> {
	if (!dev?.process.pid || dev.process.exitCode !== null || dev.process.signalCode !== null) return;
	const pid = dev.process.pid;
	process.kill(-pid, 'SIGTERM');
	const killed = setTimeout(() => {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}, 5000);
	await dev.exited;
	clearTimeout(killed);
}

/** Polls until the dev server answers `url` with 200; that response's body, or fails with what it printed. */
export async function firstPage(dev: Dev, url: string, timeout: number): Promise<string> {
	const deadline = performance.now() + timeout;
	while (performance.now() < deadline) {
		if (dev.process.exitCode !== null) throw new Error(`npm run dev exited with ${dev.process.exitCode}:\n${dev.output()}`);
		const response = await fetch(url).catch(() => undefined);
		if (response?.status === 200) return response.text();
		await response?.body?.cancel();
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`npm run dev did not serve ${url} within ${timeout} ms:\n${dev.output()}`);
}
