import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlatformConfigSchema, type RetryPolicy } from '../../src/lib/registry/platform-config.ts';
import { buildAttempts, formatDuration, resolveRetryDelays } from '../../src/lib/retry/retry-schedule.ts';
import { renderRetryTimeline } from '../../src/lib/retry/retry-timeline.ts';

const parseSchedule = (schedule: unknown) =>
	(PlatformConfigSchema.shape.retry.parse({ timeoutSeconds: 10, schedule }) as RetryPolicy).schedule;

describe('retry schedules', () => {
	it('models the default platform: retries after 2, 4, 8, 16 and 32 s, 6 attempts over 62 s', () => {
		const attempts = buildAttempts(parseSchedule({ kind: 'explicit', delaysSeconds: [2, 4, 8, 16, 32] }));
		expect(attempts.map((a) => a.atSeconds)).toEqual([0, 2, 6, 14, 30, 62]);
		expect(attempts).toHaveLength(6);
	});

	it('models seed 002: up to 5 retries over 15 minutes with exponential backoff', () => {
		const schedule = parseSchedule({ kind: 'exponential', retries: 5, factor: 2, windowSeconds: 900 });
		const delays = resolveRetryDelays(schedule);
		expect(delays).toHaveLength(5);
		for (let i = 1; i < delays.length; i++) expect(delays[i]! / delays[i - 1]!).toBeCloseTo(2, 1);
		const attempts = buildAttempts(schedule);
		expect(attempts.at(-1)!.atSeconds).toBeGreaterThan(895);
		expect(attempts.at(-1)!.atSeconds).toBeLessThanOrEqual(900.5);
	});

	it('models the Standard Webhooks example: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h', () => {
		// The first attempt is the immediate delivery; each later figure is the wait after the previous one.
		const schedule = parseSchedule({ kind: 'explicit', delaysSeconds: [5, 300, 1800, 7200, 18000, 36000, 36000] });
		const attempts = buildAttempts(schedule);
		expect(attempts).toHaveLength(8);
		expect(attempts.map((a) => formatDuration(a.delaySeconds))).toEqual([
			'immediately', '5 s', '5 min', '30 min', '2 h', '5 h', '10 h', '10 h',
		]);
		expect(formatDuration(attempts.at(-1)!.atSeconds)).toBe('27 h 35 min 5 s');
	});

	it('rejects an exponential schedule with neither a first delay nor a window', () => {
		expect(() => resolveRetryDelays(parseSchedule({ kind: 'exponential', retries: 3 }))).toThrow(/initialDelaySeconds or windowSeconds/);
	});

	it('rejects a malformed schedule at the config boundary', () => {
		expect(() => parseSchedule({ kind: 'explicit', delaysSeconds: [] })).toThrow();
		expect(() => parseSchedule({ kind: 'exponential', retries: 3, factor: 1 })).toThrow();
	});

	it('draws every attempt on an inline SVG timeline that follows the theme', () => {
		const svg = renderRetryTimeline(buildAttempts(parseSchedule({ kind: 'explicit', delaysSeconds: [2, 4, 8, 16, 32] })), { deadLetter: true });
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg.match(/<circle /g)).toHaveLength(6);
		expect(svg).toContain('1 min 2 s');
		expect(svg).toContain('dead-letter queue');
		expect(svg).not.toMatch(/<script|<style|style=/);
		// Its theme colours come from the site's stylesheet (the CSP admits no inline <style>).
		expect(svg).toContain('class="hr-dot"');
		expect(readFileSync('src/styles/hookref.css', 'utf8')).toMatch(/\.hr-timeline \.hr-dot \{\s*fill: var\(--sl-color-accent/);
		// Attempts never overlap: centres at least 14 px apart even when seconds and hours mix.
		const long = renderRetryTimeline(buildAttempts(parseSchedule({ kind: 'explicit', delaysSeconds: [5, 300, 1800, 7200, 18000, 36000, 36000] })), { deadLetter: false });
		const xs = [...long.matchAll(/<g transform="translate\(([\d.]+) /g)].map((m) => Number(m[1]));
		expect(xs).toHaveLength(8);
		for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(14);
	});
});
