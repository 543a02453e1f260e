/** The leak check in passes (pages while pagefind runs, the rest after) finds what one pass finds. */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { findLeaks, LeakScanner } from '../../src/lib/pipeline/check-leaks.ts';

const dir = path.resolve('.hookref/test-leaks');
const write = (file: string, content: string | Buffer) => {
	mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
	writeFileSync(path.join(dir, file), content);
};

describe('LeakScanner', () => {
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('finds a needle written after the first pass, in a new file, a changed file or compressed', () => {
		write('events/a/index.html', '<p>clean</p>');
		write('events/b/index.html', '<p>media.delivery.partial</p>');
		const scanner = new LeakScanner(dir, ['media.delivery.partial', 'secret-slug']);
		scanner.scan((file) => file.endsWith('.html'));
		expect(scanner.leaks().map((l) => path.relative(dir, l.file))).toEqual(['events/b/index.html']);

		// After the first pass: a page changes (same size, later time), the index is written, a page goes.
		write('events/a/index.html', 'xsecret-slug'); // 12 bytes, like the clean page
		utimesSync(path.join(dir, 'events/a/index.html'), new Date(), new Date(Date.now() + 5000));
		write('pagefind/fragment/en_1.pf_fragment', gzipSync('{"content":"media.delivery.partial"}'));
		rmSync(path.join(dir, 'events/b/index.html'));
		scanner.scan();
		const found = scanner.leaks().map((l) => [path.relative(dir, l.file), l.needle]);
		expect(found).toEqual([
			['events/a/index.html', 'secret-slug'],
			['pagefind/fragment/en_1.pf_fragment', 'media.delivery.partial'],
		]);
		expect(findLeaks(dir, ['media.delivery.partial', 'secret-slug']).map((l) => [path.relative(dir, l.file), l.needle])).toEqual(found);
	});

	it('reports a vouched file from the text it was written from, and rescans it once it changes', () => {
		const scanner = new LeakScanner(dir, ['media.delivery.partial']);
		const text = '{"openapi":"3.1.0","webhooks":{"media.delivery.partial":{}}}';
		write('openapi.json', text);
		write('clean.json', '{}');
		scanner.vouch(path.join(dir, 'openapi.json'), scanner.find(text));
		scanner.vouch(path.join(dir, 'clean.json'), scanner.find('{}'));
		scanner.scan();
		expect(scanner.leaks().map((l) => path.relative(dir, l.file))).toEqual(['openapi.json']);
		// Written over after it was vouched for: the last pass reads it.
		write('clean.json', '{"x":"media.delivery.partial"}');
		scanner.scan();
		expect(scanner.leaks().map((l) => path.relative(dir, l.file))).toEqual(['clean.json', 'openapi.json']);
	});
});
