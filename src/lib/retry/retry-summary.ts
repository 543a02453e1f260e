/**
 * The retry policy in a few sentences of Markdown: what OpenAPI's responses, AsyncAPI's
 * descriptions and the Markdown twins say about acknowledging a delivery and what follows a failure.
 */
import type { PlatformConfig } from '../registry/platform-config.ts';
import { buildAttempts, formatDuration } from './retry-schedule.ts';

export interface RetrySummary {
	/** What a 2xx answer means. */
	acknowledged: string;
	/** What any other outcome (other status, time-out, connection error) leads to. */
	failure: string;
}

export function summarizeRetryPolicy(retry: PlatformConfig['retry']): RetrySummary {
	if ('documented' in retry) {
		return {
			acknowledged: 'Acknowledged: any 2xx status accepts the delivery.',
			failure: `Not acknowledged. The platform documents no retry policy: ${retry.note}`,
		};
	}
	const attempts = buildAttempts(retry.schedule);
	const delays = attempts.slice(1).map((a) => formatDuration(a.delaySeconds));
	const last = formatDuration(attempts.at(-1)!.atSeconds, '0 s');
	return {
		acknowledged: `Acknowledged: any 2xx status within ${retry.timeoutSeconds} seconds accepts the delivery; the response body is ignored.`,
		failure:
			`Not acknowledged: any other status, a redirect, a time-out (no answer within ${retry.timeoutSeconds} seconds) or a connection ` +
			`error is a failure, and the delivery is retried: ${attempts.length} attempts in all, waiting ${delays.join(', ')} ` +
			`before each retry, the last one ${last} after the first.` +
			(retry.deadLetter ? ` ${retry.deadLetter}` : ' What happens after the last failed attempt is not documented.'),
	};
}
