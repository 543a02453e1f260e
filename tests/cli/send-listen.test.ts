/**
 * `registry -- send` against a local receiver that verifies with the Node.js snippet the site
 * publishes (rendered for the platform, written to a file and imported), for an hmac-sha256 and a
 * Standard Webhooks registry; and `registry -- listen` receiving what `send` delivers.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { publicEvents } from '../../src/lib/registry/model.ts';
import { createAjv, validationSchema } from '../../src/lib/schema/ajv.ts';
import { loadSnippets } from '../../src/lib/signing/snippets.ts';

type Verify = (secret: string, headers: Record<string, string | undefined>, raw: Buffer, seen: (v: string) => boolean, now?: number) => { valid: boolean; reason?: string };

/** Runs the registry CLI without blocking this process (the receiver lives here). */
function registryCli(eventsDir: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/registry.ts', ...args], { env: { ...process.env, EVENTS_DIR: eventsDir } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

/** The published snippet, as the verification guide shows it for this platform. */
async function publishedVerifier(eventsDir: string): Promise<Verify> {
	const { platform } = await loadRegistry(eventsDir);
	const snippet = loadSnippets(platform.signing).find((s) => s.lang === 'ts')!;
	const dir = path.resolve('.hookref', 'test-receiver', path.basename(eventsDir));
	mkdirSync(dir, { recursive: true });
	writeFileSync(path.join(dir, 'verify.ts'), `${snippet.code}\n`);
	return ((await import(pathToFileURL(path.join(dir, 'verify.ts')).href)) as { verify: Verify }).verify;
}

interface Received {
	headers: IncomingHttpHeaders;
	raw: Buffer;
}

/** A receiver answering with the given statuses in turn (then the last one). */
async function receiver(statuses: number[]) {
	const received: Received[] = [];
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			received.push({ headers: req.headers, raw: Buffer.concat(chunks) });
			res.writeHead(statuses[Math.min(received.length - 1, statuses.length - 1)]!).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
	return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const flat = (headers: IncomingHttpHeaders) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));

const CASES = [
	{ dir: 'events', type: 'listing.status_changed', secret: 'test_secret_001', otherSecret: 'not_the_endpoint_secret' },
	{ dir: 'examples/lavanda', type: 'v1.catalog.product_rate.updated', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', otherSecret: 'whsec_bm90IHRoZSBlbmRwb2ludCBzZWNyZXQ=' },
];

describe.each(CASES)('registry send ($dir)', async ({ dir, type, secret, otherSecret }) => {
	const registry = await loadRegistry(dir);
	const event = publicEvents(registry).find((e) => e.type === type)!;
	const verify = await publishedVerifier(dir);
	const validate = createAjv().compile(validationSchema(event.bodyJsonSchema));
	const idField = registry.platform.envelope.idField;

	it('delivers a fresh, signed sample that the published snippet accepts and the schema validates', async () => {
		expect(event.samples.length).toBeGreaterThan(1);
		const server = await receiver([200]);
		const started = Math.floor(Date.now() / 1000);
		const result = await registryCli(dir, ['send', type, '--to', server.url, '--sample', '2']);
		await server.close();
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/attempt 1\/1: 200 OK in \d+ ms/);
		expect(server.received).toHaveLength(1);
		const [delivery] = server.received;
		expect(verify(secret, flat(delivery!.headers), delivery!.raw, () => false)).toMatchObject({ valid: true });
		const body = JSON.parse(delivery!.raw.toString('utf8'));
		expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
		// Sample 2's data, in a new envelope: a fresh id and the current time.
		const data = registry.platform.envelope.dataField ? body[registry.platform.envelope.dataField] : body;
		expect(data).toMatchObject(event.samples[1]!.data);
		expect(event.deliveries.map((d) => d.messageId)).not.toContain(body[idField]);
		const timestamp = Number(delivery!.headers['x-webhook-timestamp'] ?? delivery!.headers['webhook-timestamp']);
		expect(Math.abs(timestamp - started)).toBeLessThan(60);
		// With another secret, the snippet refuses it.
		expect(verify(otherSecret, flat(delivery!.headers), delivery!.raw, () => false)).toMatchObject({ valid: false, reason: 'signature_mismatch' });
	});

	it('--retries follows the retry schedule, scaled by --speed, re-signing each attempt with the same id', async () => {
		const server = await receiver([503, 500, 200]);
		const result = await registryCli(dir, ['send', type, '--to', server.url, '--retries', '--speed', '100000']);
		await server.close();
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/attempt 1\/\d+: 503 Service Unavailable/);
		expect(result.stdout).toMatch(/attempt 3\/\d+: 200 OK/);
		expect(server.received).toHaveLength(3);
		const bodies = server.received.map((r) => JSON.parse(r.raw.toString('utf8')));
		expect(new Set(bodies.map((b) => b[idField])).size).toBe(1);
		for (const r of server.received) expect(verify(secret, flat(r.headers), r.raw, () => false)).toMatchObject({ valid: true });
		if (registry.platform.signing.scheme === 'hmac-sha256') expect(new Set(bodies.map((b) => b.nonce)).size).toBe(3);
	});
});

describe('registry send: usage errors', () => {
	it('an unknown type exits 2 with a suggestion; a sample out of range names the range', async () => {
		const unknown = await registryCli('events', ['send', 'listing.creatd', '--to', 'http://127.0.0.1:9/']);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('Did you mean "listing.created"?');
		const sample = await registryCli('events', ['send', 'listing.created', '--to', 'http://127.0.0.1:9/', '--sample', '9']);
		expect(sample.status).toBe(2);
		expect(sample.stderr).toMatch(/listing\.created has \d+ samples?: --sample must be 1/);
		const internal = await registryCli('events', ['send', 'media.delivery.partial', '--to', 'http://127.0.0.1:9/']);
		expect(internal.stderr).toContain('internal event');
	});
});

describe('registry listen', () => {
	const children: ReturnType<typeof spawn>[] = [];
	afterAll(() => {
		for (const child of children) child.kill('SIGTERM');
	});

	it('prints each delivery with its verification verdict and schema check', async () => {
		const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/registry.ts', 'listen', '--port', '0'], { env: { ...process.env, EVENTS_DIR: 'examples/lavanda' } });
		children.push(child);
		let output = '';
		child.stdout!.on('data', (chunk) => (output += chunk));
		const url = await new Promise<string>((resolve) => {
			child.stdout!.on('data', () => {
				const match = /listening on (http:\S+)/.exec(output);
				if (match) resolve(`${match[1]}webhooks`);
			});
		});
		const good = await registryCli('examples/lavanda', ['send', 'v1.booking.created', '--to', url]);
		expect(good.stdout).toContain('200 OK');
		const bad = await registryCli('examples/lavanda', ['send', 'v1.booking.created', '--to', url, '--secret', 'whsec_bm90IHRoZSBlbmRwb2ludCBzZWNyZXQ=']);
		expect(bad.stdout).toContain('400 Bad Request');
		expect(bad.status).toBe(1);
		expect(output).toMatch(/signature: valid ✔\n\s+event: v1\.booking\.created[^\n]*\n\s+schema: matches ✔/);
		expect(output).toContain('signature: INVALID ✖ (signature_mismatch)');
	});
});
