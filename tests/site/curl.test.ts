import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerLines, headersRoundTrip, parseHeaderLines, toCurl } from '../../src/lib/site/curl.ts';

describe('curl commands and the header lines pages show', () => {
	it('reads back the headers it shows, in order', () => {
		const headers = { 'Content-Type': 'application/json', 'X-Signature': 'sha256=ab: cd', 'X-Empty': '' };
		expect(headerLines(headers)).toBe('Content-Type: application/json\nX-Signature: sha256=ab: cd\nX-Empty: ');
		expect(Object.entries(parseHeaderLines(headerLines(headers)))).toEqual(Object.entries(headers));
		expect(parseHeaderLines('')).toEqual({});
		expect(headersRoundTrip(headers)).toBe(true);
		expect(headersRoundTrip({})).toBe(true);
	});

	it('says when the shown lines cannot give the headers back, so the page prints the command', () => {
		expect(headersRoundTrip({ 'X-Note': 'two\nlines' })).toBe(false);
		expect(headersRoundTrip({ 'X-Odd: name': 'value' })).toBe(false);
	});

	it('round-trips any header without a line break', () => {
		const name = fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/);
		const value = fc.string().filter((v) => !v.includes('\n'));
		fc.assert(
			fc.property(fc.dictionary(name, value), (headers) => {
				expect(headersRoundTrip(headers)).toBe(true);
				expect(parseHeaderLines(headerLines(headers))).toEqual(headers);
			}),
		);
	});

	it('quotes the body so the shell hands curl the exact bytes', () => {
		const body = `{\n  "note": "it's \\"quoted\\" $HOME \`x\`"\n}`;
		const command = toCurl('http://localhost:3000/webhooks', { 'X-A': "b'c" }, body);
		// Let a real shell parse the command with `curl` replaced by a printer of its arguments.
		const args = execFileSync('sh', ['-c', `curl() { printf '%s\\0' "$@"; }; ${command}`], { encoding: 'utf8' }).split('\0');
		expect(args.slice(0, -1)).toEqual(['-X', 'POST', 'http://localhost:3000/webhooks', '-H', "X-A: b'c", '--data-binary', body]);
	});
});
