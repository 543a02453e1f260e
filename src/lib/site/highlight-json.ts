import { escapeText } from './html.ts';

/**
 * Highlights a JSON text as HTML with the shortest markup that can carry four colours: keys `<b>`,
 * strings `<i>`, numbers `<u>`, literals `<u class=l>` (hookref.css resets the elements' own looks).
 * Event pages show up to three sample bodies and must stay under their byte budget at any catalog
 * size; a general-purpose highlighter emits ~30 bytes of markup per token, a class per token ~15,
 * this 7. The text content of the result is exactly the input, so copying it yields the signed bytes.
 */
const TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([^"\d\-tfn]+|.)/gs;

export function highlightJson(json: string): string {
	let html = '';
	for (const match of json.matchAll(TOKEN)) {
		const [, string, colon, number, literal, other] = match;
		if (string !== undefined) {
			html += colon ? `<b>${escapeText(string)}</b>${escapeText(colon)}` : `<i>${escapeText(string)}</i>`;
		} else if (number !== undefined) html += `<u>${number}</u>`;
		else if (literal !== undefined) html += `<u class=l>${literal}</u>`;
		else html += escapeText(other ?? match[0]);
	}
	return html;
}
