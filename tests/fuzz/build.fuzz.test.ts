/**
 * A few generated registries through the whole `npm run build` (Astro, pagefind, leak guard):
 * a valid one builds and prints no warning; a broken one stops with the registry error at the
 * field the mutation broke, no stack trace, and the output folder exactly as it was.
 */
import fc from 'fast-check';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/dist-checks.ts';
import { registryCase, writeModel } from './registry-model.ts';

const seed = Number(process.env.HOOKREF_FUZZ_SEED) || Date.now() % 2 ** 31;
const valid = fc.sample(registryCase.filter((c) => !c.expected), { numRuns: 1, seed });
const broken = fc.sample(registryCase.filter((c) => c.expected !== undefined && c.expected.kind !== 'syntaxError'), { numRuns: 2, seed });
const cases = [...valid, ...broken];

describe(`full builds of generated registries (seed ${seed}; HOOKREF_FUZZ_SEED=${seed} repeats them)`, () => {
	it.each(cases.map((c, i) => [i, c.expected?.kind ?? 'valid', c] as const))('case %i: %s', { timeout: 180_000 }, (_i, _kind, { model, expected }) => {
		const dir = writeModel(model);
		const out = path.resolve(dir, 'out');
		mkdirSync(out, { recursive: true });
		writeFileSync(path.join(out, 'index.html'), 'the site before this build');
		const { status, output } = runBuild(dir, out);
		expect(output, 'no stack trace').not.toMatch(/^\s+at /m);
		if (!expected) {
			expect(status, output).toBe(0);
			expect(output.split('\n').filter((line) => /warn/i.test(line)), 'no warning').toEqual([]);
			for (const event of model.events.filter((e) => e.visibility === 'public')) {
				expect(existsSync(path.join(out, 'events', event.type, 'index.html')), event.type).toBe(true);
			}
			return;
		}
		expect(status, output).toBe(1);
		const where = [`${dir}/${expected.file}`, expected.event && `event ${expected.event}`, expected.path].filter(Boolean).join(' › ');
		expect(output).toContain(`  ✖ ${where}: `);
		expect(output).toContain('Nothing was built; dist/ is unchanged.');
		expect(readdirSync(out)).toEqual(['index.html']);
		expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the site before this build');
	});
	it('tried', () => {
		console.log(`fuzz: built ${cases.length} generated registries end to end (${valid.length} valid, ${broken.length} broken; seed ${seed})`);
	});
});
