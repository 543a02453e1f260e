/**
 * Deterministic id material for sample envelopes. Artifacts must be byte-identical between builds,
 * so ids, nonces and timestamps derive from the event type and sample index, never from a clock.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { EnvelopeContext } from './platform-config.ts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 2026-06-12T09:00:00Z: sample deliveries are dated inside the GA window of the default platform. */
const BASE_TIMESTAMP = 1781254800;

/** A byte stream from SHA-256 in counter mode, seeded by a string. */
function byteStream(seed: string) {
	let counter = 0;
	let buffer = Buffer.alloc(0);
	return (count: number): Buffer => {
		while (buffer.length < count) {
			const block = createHash('sha256').update(`${seed}#${counter++}`).digest();
			buffer = Buffer.concat([buffer, block]);
		}
		const out = buffer.subarray(0, count);
		buffer = buffer.subarray(count);
		return out;
	};
}

export function createEnvelopeContext(type: string, apiVersion: string, sampleIndex: number): EnvelopeContext {
	const next = byteStream(`${type}:${sampleIndex}`);
	const timestamp = BASE_TIMESTAMP + (next(4).readUInt32BE(0) % (30 * 86400));
	return contextFrom(type, apiVersion, sampleIndex, timestamp, next);
}

/**
 * A live delivery's context (`registry -- send`): the current time and random ids, as the platform
 * would mint them, instead of the published samples' deterministic ones.
 */
export function createLiveEnvelopeContext(type: string, apiVersion: string, sampleIndex: number, timestamp: number): EnvelopeContext {
	return contextFrom(type, apiVersion, sampleIndex, timestamp, (count) => randomBytes(count));
}

function contextFrom(type: string, apiVersion: string, sampleIndex: number, timestamp: number, next: (count: number) => Buffer): EnvelopeContext {
	return {
		type,
		apiVersion,
		sampleIndex,
		timestamp,
		ulid: () => {
			// 10 chars of time (ms) then 16 chars of randomness, as in the ULID spec.
			let time = timestamp * 1000;
			let head = '';
			for (let i = 0; i < 10; i++) {
				head = CROCKFORD[time % 32] + head;
				time = Math.floor(time / 32);
			}
			return head + [...next(16)].map((byte) => CROCKFORD[byte % 32]).join('');
		},
		hex: (length) => next(Math.ceil(length / 2)).toString('hex').slice(0, length),
		uuid: () => {
			const h = next(16);
			h[6] = (h[6]! & 0x0f) | 0x40;
			h[8] = (h[8]! & 0x3f) | 0x80;
			const s = h.toString('hex');
			return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
		},
	};
}
