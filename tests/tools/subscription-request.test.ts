/** The subscription builder's requests, in each platform's documented shape. */
import { describe, expect, it } from 'vitest';
import { buildSubscriptionRequests, ENDPOINT_PLACEHOLDER } from '../../src/lib/tools/subscription-request.ts';

describe('subscription requests', () => {
	it('an event_types array in one call (seed 000: POST /api/v1/webhooks/endpoints)', () => {
		const call = { method: 'POST', url: 'https://valara.cloud/api/v1/webhooks/endpoints', eventsField: 'event_types', cardinality: 'many', omitMeansAll: true } as const;
		const [request, ...more] = buildSubscriptionRequests(call, ['listing.created', 'listing.cancelled']);
		expect(more).toEqual([]);
		expect(request!.body).toEqual({ event_types: ['listing.created', 'listing.cancelled'] });
		expect(request!.curl).toBe(
			"curl -X POST 'https://valara.cloud/api/v1/webhooks/endpoints' \\\n  -H 'Content-Type: application/json' \\\n  --data-binary '" + request!.json + "'",
		);
	});

	it('one call per event, named by the call when its URL is not documented (seed 001)', () => {
		const call = { method: 'POST', name: 'Subscribe to Webhook', eventsField: 'event', cardinality: 'one', omitMeansAll: false, urlField: 'target_url' } as const;
		const requests = buildSubscriptionRequests(call, ['client/created', 'meeting/cancelled'], 'https://example.com/hooks');
		expect(requests.map((r) => r.body)).toEqual([
			{ event: 'client/created', target_url: 'https://example.com/hooks' },
			{ event: 'meeting/cancelled', target_url: 'https://example.com/hooks' },
		]);
		expect(requests[0]!.target).toBe('<Subscribe to Webhook URL>');
		expect(buildSubscriptionRequests(call, ['client/created'])[0]!.body.target_url).toBe(ENDPOINT_PLACEHOLDER);
		expect(buildSubscriptionRequests(call, [])).toEqual([]);
	});

	it("a body with a quote survives the shell quoting", () => {
		const call = { method: 'POST', url: 'https://x.example/s', eventsField: 'event', cardinality: 'one', omitMeansAll: false, urlField: 'target_url' } as const;
		const [request] = buildSubscriptionRequests(call, ['a/b'], "https://x.example/it's");
		expect(request!.curl).toContain(`it'\\''s`);
	});
});
