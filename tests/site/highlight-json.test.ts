import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { highlightJson } from '../../src/lib/site/highlight-json.ts';

describe('highlightJson', () => {
	const json = JSON.stringify({ id: 'evt_1', n: -12.5e3, ok: true, none: null, nested: { 'a<b': 'x "q" & y', list: [1, 'two'] } }, null, 2);

	it('keeps the exact text, so copying the block yields the signed bytes', () => {
		expect(parse(`<code>${highlightJson(json)}</code>`).text).toBe(json);
	});

	it('marks keys, strings, numbers and literals', () => {
		const html = highlightJson(json);
		expect(html).toContain('<b>"id"</b>:');
		expect(html).toContain('<i>"evt_1"</i>');
		expect(html).toContain('<u>-12500</u>');
		expect(html).toContain('<u class=l>true</u>');
		expect(html).toContain('<u class=l>null</u>');
		expect(html).toContain('<b>"a&lt;b"</b>');
	});
});
