import { buildLiveDelivery } from '../../lib/delivery/live-delivery.ts';
import { loadRegistry } from '../../lib/registry/load-registry.ts';
import { buildAttempts, formatDuration } from '../../lib/retry/retry-schedule.ts';
import type { Command } from '../command.ts';
import { suggest } from '../run-cli.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const send: Command = {
	summary: 'deliver a signed sample of an event to a receiver, as the platform would (fresh ids, time and signature)',
	usage: '<type> --to <url> [--secret <secret>] [--sample <n>] [--retries] [--speed <x>]',
	details: [
		'  --to <url>         the receiver (required)',
		'  --secret <secret>  sign with this secret (default: the documented test secret)',
		'  --sample <n>       which of the event\'s samples to send, from 1 (default 1)',
		'  --retries          on a failure, retry on the platform\'s schedule, each attempt re-signed',
		'  --speed <x>        divide the retry delays by x, e.g. 60 turns minutes into seconds (default 1)',
		'',
		'Prints each attempt\'s status and time; exits 0 once the receiver answers 2xx, 1 otherwise.',
	].join('\n'),
	options: {
		to: { type: 'string' },
		secret: { type: 'string' },
		sample: { type: 'string' },
		retries: { type: 'boolean' },
		speed: { type: 'string' },
	},
	positionals: [1, 1],
	async run({ values, positionals }, { eventsDir }) {
		const type = positionals[0]!;
		const to = values.to as string | undefined;
		const usage = (message: string) => {
			console.error(message);
			return 2;
		};
		if (!to) return usage('send needs --to <url>, the receiver to deliver to.');
		try {
			new URL(to);
		} catch {
			return usage(`--to "${to}" is not a URL; give one like http://localhost:3000/webhooks.`);
		}
		const speed = values.speed === undefined ? 1 : Number(values.speed);
		if (!(speed > 0)) return usage(`--speed must be a number above 0; got "${String(values.speed)}".`);

		const registry = await loadRegistry(eventsDir);
		const { platform } = registry;
		const event = registry.events.find((e) => e.type === type);
		if (!event || event.visibility === 'internal') {
			const hint = suggest(type, registry.events.filter((e) => e.visibility === 'public').map((e) => e.type));
			return usage(
				event
					? `"${type}" is an internal event: the platform never delivers it to subscribers.`
					: `Unknown event type "${type}" in ${eventsDir}.${hint ? ` Did you mean "${hint}"?` : ''} (npm run registry -- list)`,
			);
		}
		const sampleNumber = values.sample === undefined ? 1 : Number(values.sample);
		if (!Number.isInteger(sampleNumber) || sampleNumber < 1 || sampleNumber > event.samples.length) {
			return usage(`${type} has ${event.samples.length} sample${event.samples.length > 1 ? 's' : ''}: --sample must be 1${event.samples.length > 1 ? `–${event.samples.length}` : ''}.`);
		}
		const secret = values.secret as string | undefined;
		if (platform.signing.scheme === 'none' && secret) console.log(`note: ${platform.name} deliveries are not signed; --secret is ignored.`);

		const retry = 'documented' in platform.retry ? undefined : platform.retry;
		if (values.retries && !retry) console.log(`note: ${platform.name} documents no retry schedule; sending once.`);
		const attempts = values.retries && retry ? buildAttempts(retry.schedule) : [{ attempt: 1, delaySeconds: 0, atSeconds: 0 }];
		const timeoutMs = (retry?.timeoutSeconds ?? 30) * 1000;

		let messageId: string | undefined;
		for (const { attempt, delaySeconds } of attempts) {
			if (attempt > 1) {
				const waitMs = (delaySeconds * 1000) / speed;
				console.log(`  retry in ${formatDuration(delaySeconds)}${speed !== 1 ? ` (÷${speed}: ${(waitMs / 1000).toFixed(2)} s)` : ''}…`);
				await sleep(waitMs);
			}
			const delivery = buildLiveDelivery(platform, event, sampleNumber - 1, { now: Math.floor(Date.now() / 1000), secret, messageId });
			messageId = delivery.messageId;
			if (attempt === 1) {
				console.log(`POST ${to}  ${type} (sample ${sampleNumber}: ${event.samples[sampleNumber - 1]!.name}), ${platform.envelope.idField} ${delivery.messageId}`);
				for (const [name, value] of Object.entries(delivery.headers)) console.log(`  ${name}: ${value}`);
			}
			const started = performance.now();
			let outcome: string;
			let ok = false;
			try {
				const response = await fetch(to, { method: 'POST', headers: delivery.headers, body: delivery.json, signal: AbortSignal.timeout(timeoutMs) });
				ok = response.ok;
				outcome = `${response.status} ${response.statusText}`.trim();
				await response.arrayBuffer();
			} catch (error) {
				const err = error as Error & { cause?: { code?: string } };
				outcome = err.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s (the platform's timeout)` : `failed: ${err.cause?.code ?? err.message}`;
			}
			const ms = Math.round(performance.now() - started);
			console.log(`attempt ${attempt}/${attempts.length}: ${outcome} in ${ms} ms${ok ? ' ✔' : ' ✖'}`);
			if (ok) return 0;
		}
		console.log(values.retries && retry ? 'every attempt failed: the platform would now give up on this delivery.' : 'the delivery failed (add --retries to follow the platform\'s retry schedule).');
		return 1;
	},
};
