/**
 * Every verification snippet, run in its own language runtime against every published test
 * vector (positive and negative), for the default platform, for a platform with other header
 * names, tolerance and nonce field (proving the page's rendered snippets are the tested ones), and
 * for a Standard Webhooks platform.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SigningConfig } from '../../src/lib/registry/platform-config.ts';
import { publicEvents } from '../../src/lib/registry/model.ts';
import { loadSnippets, SNIPPET_LANGUAGES } from '../../src/lib/signing/snippets.ts';
import { buildTestVectors, type DeliveryToSign } from '../../src/lib/signing/test-vectors.ts';
import { defaultRegistry } from '../helpers/default-registry.ts';
import { hasCommand, requireTool } from '../helpers/runtimes.ts';

const HARNESS = path.resolve('tests/verification/harness');

const RUNTIMES = {
	node: { present: true, install: '', harness: 'harness.ts', run: (dir: string, vectors: string) => spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'harness.ts', vectors], { cwd: dir, encoding: 'utf8' }) },
	python: { present: hasCommand('python3'), install: 'apt-get install -y python3', harness: 'harness.py', run: (dir: string, vectors: string) => spawnSync('python3', ['harness.py', vectors], { cwd: dir, encoding: 'utf8' }) },
	go: { present: hasCommand('go', ['version']), install: 'apt-get install -y golang-go', harness: 'harness_test.go', run: (dir: string, vectors: string) => spawnSync('go', ['test', '-count=1', '-run', 'TestVectors', '-v', '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, VECTORS: vectors, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } }) },
	ruby: { present: hasCommand('ruby'), install: 'apt-get install -y ruby', harness: 'harness.rb', run: (dir: string, vectors: string) => spawnSync('ruby', ['harness.rb', vectors], { cwd: dir, encoding: 'utf8' }) },
	php: { present: hasCommand('php'), install: 'apt-get install -y php-cli', harness: 'harness.php', run: (dir: string, vectors: string) => spawnSync('php', ['harness.php', vectors], { cwd: dir, encoding: 'utf8' }) },
} as const;

/** Another HMAC platform: different headers, prefix, tolerance and nonce field. */
const OTHER_HMAC: SigningConfig = {
	scheme: 'hmac-sha256',
	signatureHeader: 'Acme-Signature',
	timestampHeader: 'Acme-Timestamp',
	signaturePrefix: 'v1=',
	toleranceSeconds: 120,
	nonceField: 'jti',
	replayWindowSeconds: 900,
	testSecret: 'acme_test_secret',
	secretNote: 'Shown once.',
};

/** A Standard Webhooks platform with a shorter tolerance, so the rendered constants are exercised. */
const STANDARD_WEBHOOKS: SigningConfig = {
	scheme: 'standard-webhooks',
	toleranceSeconds: 180,
	testSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
	secretNote: 'Shown once.',
};

describe('verification snippets against the test vectors', async () => {
	const { registry } = await defaultRegistry();
	const deliveries: DeliveryToSign[] = publicEvents(registry).map((event) => {
		const d = event.deliveries[0]!;
		return { eventType: event.type, body: d.json, timestamp: d.timestamp, messageId: d.messageId, nonce: d.nonce };
	});
	const renamed = deliveries.map((d) => ({ ...d, body: d.body.replace('"nonce":', '"jti":') }));
	const cases = [
		{ name: 'default platform', signing: registry.platform.signing, deliveries },
		{ name: 'another hmac platform', signing: OTHER_HMAC, deliveries: renamed },
		{ name: 'standard webhooks platform', signing: STANDARD_WEBHOOKS, deliveries },
	];

	for (const { name, signing, deliveries: signed } of cases) {
		const vectors = buildTestVectors(signing, signed)!;
		it(`${name}: vectors cover every public event and each failure`, () => {
			expect(vectors.vectors.filter((v) => v.kind === 'valid').length).toBe(deliveries.length + 1);
			const replay = signing.scheme === 'standard-webhooks' ? 'reused_id' : 'reused_nonce';
			expect(new Set(vectors.vectors.map((v) => v.kind))).toEqual(
				new Set(['valid', 'tampered_body', 'wrong_secret', 'stale_timestamp', 'future_timestamp', replay]),
			);
		});
		const snippets = loadSnippets(signing);
		for (const language of SNIPPET_LANGUAGES) {
			const runtime = RUNTIMES[language.id];
			it(`${name}: ${language.language} snippet reaches every expected outcome`, () => {
				if (!requireTool(runtime.present, `The ${language.language} runtime`, runtime.install)) return;
				const dir = path.resolve('.hookref', 'snippet-runs', `${language.id}-${name.replaceAll(' ', '-')}-${process.pid}`);
				mkdirSync(dir, { recursive: true });
				const snippet = snippets.find((s) => s.language === language.language)!;
				writeFileSync(path.join(dir, `verify.${language.ext}`), `${snippet.code}\n`);
				copyFileSync(path.join(HARNESS, runtime.harness), path.join(dir, runtime.harness));
				if (language.id === 'go') writeFileSync(path.join(dir, 'go.mod'), 'module webhooks\n\ngo 1.19\n');
				const vectorsFile = path.join(dir, 'vectors.json');
				writeFileSync(vectorsFile, JSON.stringify(vectors));
				const run = runtime.run(dir, vectorsFile);
				expect(run.status, run.stderr + run.stdout).toBe(0);
				const line = run.stdout.split('\n').find((l) => l.startsWith('[') || l.startsWith('RESULTS '))!;
				const results = JSON.parse(line.replace(/^RESULTS /, '')) as { name: string; valid: boolean; reason: string | null }[];
				expect(results).toHaveLength(vectors.vectors.length);
				for (const [i, vector] of vectors.vectors.entries()) {
					const expected = vector.expected.valid ? { valid: true } : { valid: false, reason: vector.expected.reason };
					const actual = results[i]!.valid ? { valid: true } : { valid: false, reason: results[i]!.reason };
					expect(actual, `${language.language}: ${vector.name}`).toEqual(expected);
				}
			}, 120_000);
		}
	}
});
