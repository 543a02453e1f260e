/**
 * The retry timeline as inline SVG, drawn at build time (no client script). Colours come from
 * `currentColor` and Starlight's theme variables (rules in hookref.css: the CSP admits no inline
 * `<style>`), so the figure follows light and dark themes.
 */
import { formatDuration, type Attempt } from './retry-schedule.ts';

const WIDTH = 720;
const HEIGHT = 132;
const LEFT = 40;
const RIGHT = 40;
const AXIS_Y = 64;

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`);

/**
 * Positions on a square-root scale: schedules span seconds to hours (2 s … 10 h), and a linear
 * axis would pile the early attempts on top of each other.
 */
function positions(attempts: Attempt[]): number[] {
	const last = attempts.at(-1)!.atSeconds || 1;
	const raw = attempts.map((a) => LEFT + (Math.sqrt(a.atSeconds) / Math.sqrt(last)) * (WIDTH - LEFT - RIGHT));
	// Keep labels apart: at least 44 px between neighbours, pushing right, then fit to the width.
	for (let i = 1; i < raw.length; i++) raw[i] = Math.max(raw[i]!, raw[i - 1]! + 44);
	const overflow = raw.at(-1)! - (WIDTH - RIGHT);
	if (overflow > 0) {
		const scale = (WIDTH - LEFT - RIGHT) / (raw.at(-1)! - LEFT);
		return raw.map((x) => LEFT + (x - LEFT) * scale);
	}
	return raw;
}

export function renderRetryTimeline(attempts: Attempt[], options: { deadLetter: boolean }): string {
	const xs = positions(attempts);
	const title = `Delivery attempts: ${attempts
		.map((a) => `attempt ${a.attempt} at ${formatDuration(a.atSeconds, '0 s')}`)
		.join(', ')}${options.deadLetter ? ', then the dead-letter queue' : ''}.`;
	// One group per attempt, placed by its transform: the dot, its number and its time. Anchors,
	// fills and fonts come from hookref.css, so each of the page's attempts costs few bytes.
	const marks = attempts
		.map((a, i) => {
			const upper = i % 2 === 0;
			return (
				`<g transform="translate(${xs[i]!.toFixed(1)} ${AXIS_Y})"><circle r="7" class="hr-dot"/><text y="4" class="hr-num">${a.attempt}</text>` +
				`<text y="${upper ? -16 : 28}">${escapeXml(formatDuration(a.atSeconds, '0 s'))}</text></g>`
			);
		})
		.join('');
	const endX = WIDTH - RIGHT + 30;
	const dlq = options.deadLetter
		? `<text x="${(WIDTH - 6).toFixed(0)}" y="${AXIS_Y + 52}" text-anchor="end">→ dead-letter queue</text>`
		: '';
	return [
		// Inline in HTML: no xmlns needed; its width (100%) comes from the stylesheet.
		`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="retry-timeline-title" class="hr-timeline">`,
		`<title id="retry-timeline-title">${escapeXml(title)}</title>`,
		`<line x1="${LEFT - 20}" y1="${AXIS_Y}" x2="${endX - 8}" y2="${AXIS_Y}" class="hr-axis"/>`,
		`<path d="M${endX - 8} ${AXIS_Y - 5} L${endX} ${AXIS_Y} L${endX - 8} ${AXIS_Y + 5}" fill="none" class="hr-axis"/>`,
		marks,
		`<text x="${LEFT - 20}" y="${HEIGHT - 8}">time since the first attempt (square-root scale)</text>`,
		dlq,
		'</svg>',
	].join('');
}
