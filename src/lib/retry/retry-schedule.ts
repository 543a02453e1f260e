/** Turns a retry policy into the attempts an endpoint sees: when each is sent, and why. */
import type { RetrySchedule } from '../registry/platform-config.ts';

export interface Attempt {
	/** 1 for the first delivery, then 2, 3, … for retries. */
	attempt: number;
	/** Seconds waited after the previous attempt failed (0 for the first delivery). */
	delaySeconds: number;
	/** Seconds since the first attempt, not counting the time each attempt takes. */
	atSeconds: number;
}

/** Delays before each retry. An exponential schedule given a window derives its first delay. */
export function resolveRetryDelays(schedule: RetrySchedule): number[] {
	if (schedule.kind === 'explicit') return [...schedule.delaysSeconds];
	const { retries, factor } = schedule;
	const geometricSum = (factor ** retries - 1) / (factor - 1);
	const first = schedule.initialDelaySeconds ?? (schedule.windowSeconds ?? 0) / geometricSum;
	if (!(first > 0)) throw new Error('An exponential retry schedule needs initialDelaySeconds or windowSeconds.');
	return Array.from({ length: retries }, (_, i) => Math.round(first * factor ** i * 10) / 10);
}

export function buildAttempts(schedule: RetrySchedule): Attempt[] {
	const attempts: Attempt[] = [{ attempt: 1, delaySeconds: 0, atSeconds: 0 }];
	let at = 0;
	resolveRetryDelays(schedule).forEach((delay, i) => {
		at = Math.round((at + delay) * 10) / 10;
		attempts.push({ attempt: i + 2, delaySeconds: delay, atSeconds: at });
	});
	return attempts;
}

/** `0` → `immediately`, `90` → `1 min 30 s`, `7200` → `2 h`. Rounds to whole seconds. */
export function formatDuration(seconds: number, zero = 'immediately'): string {
	const total = Math.round(seconds);
	if (total === 0) return zero;
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const parts = [h && `${h} h`, m && `${m} min`, s && `${s} s`].filter(Boolean);
	return (seconds !== total ? '≈ ' : '') + parts.join(' ');
}
