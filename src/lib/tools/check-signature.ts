/**
 * The signature checker's verdict on a pasted delivery, computed with WebCrypto only (the page's
 * script and the tests share it; Node ≥ 20 has the same `crypto.subtle`). It verifies in the order
 * of the published snippets (signature, then timestamp, then replay) and, when the signature does
 * not match, looks for the usual cause: a re-serialised body, the wrong header, the test secret.
 */
export type SignatureConfig =
	| {
			scheme: 'hmac-sha256';
			signatureHeader: string;
			timestampHeader: string;
			signaturePrefix: string;
			toleranceSeconds: number;
			nonceField: string;
			testSecret: string;
	  }
	| { scheme: 'standard-webhooks'; toleranceSeconds: number; testSecret: string };

export interface SignatureInput {
	/** The raw body, exactly as received. */
	body: string;
	/** Header lines, `Name: value` (curl's `-H '…'` lines are accepted too). */
	headers: string;
	secret: string;
	/** The receiver's clock, Unix seconds (default: now). */
	now?: number;
	/** Nonces (hmac-sha256) or webhook-ids (Standard Webhooks) already seen. */
	seen?: string[];
}

export type FailureReason = 'missing_header' | 'bad_secret' | 'signature_mismatch' | 'timestamp_out_of_tolerance' | 'replayed_nonce' | 'replayed_id';
export type MismatchCause = 'body_reserialised' | 'wrong_header' | 'test_secret' | 'wrong_secret';

export interface Check {
	label: string;
	ok: boolean;
	detail: string;
}

export interface SignatureReport {
	valid: boolean;
	reason?: FailureReason;
	/** Why the signatures differ, when they do. */
	cause?: MismatchCause;
	/** One or two sentences: the verdict's reason and what to do. */
	explanation: string;
	/** The exact string that is signed, built from the pasted values. */
	signedString?: string;
	/** The signature header value the secret produces over the signed string. */
	expected?: string;
	/** The signature header value received. */
	received?: string;
	checks: Check[];
}

/** Header lines → lowercase name → { name as written, value }. */
export function parseHeaderLines(text: string): Map<string, { name: string; value: string }> {
	const headers = new Map<string, { name: string; value: string }>();
	for (let line of text.split(/\r?\n/)) {
		line = line.trim().replace(/\\$/, '').trim();
		const curl = /^-H\s+(['"])(.*)\1$/.exec(line);
		if (curl) line = curl[2]!;
		const colon = line.indexOf(':');
		if (colon <= 0) continue;
		const name = line.slice(0, colon).trim();
		headers.set(name.toLowerCase(), { name, value: line.slice(colon + 1).trim() });
	}
	return headers;
}

const encoder = new TextEncoder();
const toHex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const toBase64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

function keyBytes(config: SignatureConfig, secret: string): Uint8Array {
	if (config.scheme === 'hmac-sha256') return encoder.encode(secret);
	const base64 = secret.trim().replace(/^whsec_/, '');
	if (!/^[A-Za-z0-9+/]+=*$/.test(base64)) throw new Error('not base64');
	return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

async function hmac(key: Uint8Array, message: string): Promise<ArrayBuffer> {
	const cryptoKey = await crypto.subtle.importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
	return crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message));
}

/** The same JSON printed the ways frameworks re-serialise it: the usual reason a body changed. */
function reserialisations(body: string): { label: string; text: string }[] {
	const out: { label: string; text: string }[] = [
		{ label: 'without its trailing newline', text: body.replace(/\r?\n$/, '') },
		{ label: 'with a trailing newline', text: `${body}\n` },
		{ label: 'with LF line ends instead of CRLF', text: body.replaceAll('\r\n', '\n') },
	];
	try {
		const value = JSON.parse(body);
		out.push(
			{ label: 'printed with 2-space indentation', text: JSON.stringify(value, null, 2) },
			{ label: 'printed compactly (no whitespace)', text: JSON.stringify(value) },
			{ label: 'printed with 4-space indentation', text: JSON.stringify(value, null, 4) },
			{ label: 'printed with tab indentation', text: JSON.stringify(value, null, '\t') },
		);
	} catch {
		// Not JSON: only the whitespace variants apply.
	}
	return out.filter((candidate) => candidate.text !== body);
}

export async function checkSignature(config: SignatureConfig, input: SignatureInput): Promise<SignatureReport> {
	const headers = parseHeaderLines(input.headers);
	const now = input.now ?? Math.floor(Date.now() / 1000);
	const checks: Check[] = [];
	const fail = (reason: FailureReason, explanation: string, extra: Partial<SignatureReport> = {}): SignatureReport => ({ valid: false, reason, explanation, checks, ...extra });

	let key: Uint8Array;
	try {
		key = keyBytes(config, input.secret);
	} catch {
		return fail('bad_secret', 'A Standard Webhooks secret is whsec_ followed by base64; this secret is not.');
	}
	if (!input.secret) return fail('bad_secret', 'Enter the endpoint’s signing secret.');

	// Which headers carry what, by scheme.
	const names =
		config.scheme === 'hmac-sha256'
			? { signature: config.signatureHeader, timestamp: config.timestampHeader, id: undefined }
			: { signature: 'webhook-signature', timestamp: 'webhook-timestamp', id: 'webhook-id' };
	const get = (name: string | undefined) => (name ? headers.get(name.toLowerCase())?.value : undefined);
	const looksLikeSignature = (value: string) =>
		config.scheme === 'hmac-sha256'
			? value.startsWith(config.signaturePrefix) && /^[0-9a-f]{64}$/i.test(value.slice(config.signaturePrefix.length))
			: /(^|\s)v1,[A-Za-z0-9+/]+=*/.test(value);
	const received = get(names.signature);
	const timestamp = get(names.timestamp);
	const id = get(names.id);
	for (const [role, name, value] of [['signature', names.signature, received], ['timestamp', names.timestamp, timestamp], ['id', names.id, id]] as const) {
		if (!name || value !== undefined) continue;
		const elsewhere = role === 'signature' ? [...headers.values()].find((h) => looksLikeSignature(h.value)) : undefined;
		return fail(
			'missing_header',
			elsewhere
				? `No ${name} header, but ${elsewhere.name} holds a signature: the wrong header was used. ${name} carries the signature.`
				: `The ${name} header is missing: paste every header of the delivery, one per line (Name: value).`,
			{ cause: elsewhere ? 'wrong_header' : undefined, received: elsewhere?.value },
		);
	}

	const signedString = config.scheme === 'hmac-sha256' ? `${timestamp}.${input.body}` : `${id}.${timestamp}.${input.body}`;
	const format = (digest: ArrayBuffer) => (config.scheme === 'hmac-sha256' ? `${config.signaturePrefix}${toHex(digest)}` : `v1,${toBase64(digest)}`);
	const receivedList = config.scheme === 'hmac-sha256' ? [received!] : received!.split(' ').filter(Boolean);
	const matches = (signature: string) => receivedList.includes(signature);
	const expected = format(await hmac(key, signedString));
	const shown = { signedString, expected, received: received! };

	if (!matches(expected)) {
		checks.push({ label: 'Signature', ok: false, detail: `${names.signature} does not match the signature of the signed string.` });
		const cause = await diagnose();
		return fail('signature_mismatch', cause.explanation, { ...shown, cause: cause.cause });
	}
	checks.push({ label: 'Signature', ok: true, detail: `${names.signature} matches the HMAC-SHA256 of the signed string.` });

	const ts = Number(timestamp);
	const skew = now - ts;
	const tolerance = config.toleranceSeconds;
	if (!/^\d+$/.test(timestamp!) || Math.abs(skew) > tolerance) {
		checks.push({ label: 'Timestamp', ok: false, detail: /^\d+$/.test(timestamp!) ? `${Math.abs(skew)} s ${skew >= 0 ? 'old' : 'in the future'}; the tolerance is ${tolerance} s.` : `${names.timestamp} is not Unix seconds.` });
		return fail(
			'timestamp_out_of_tolerance',
			`The signature is right but the timestamp is outside the tolerance: ${names.timestamp} is ${Math.abs(skew)} s ${skew >= 0 ? 'behind' : 'ahead of'} the receiver’s clock (at most ${tolerance} s allowed). A replayed or long-delayed delivery; or the receiver’s clock is off.`,
			shown,
		);
	}
	checks.push({ label: 'Timestamp', ok: true, detail: `${Math.abs(skew)} s from the receiver’s clock, within the ${tolerance} s tolerance.` });

	const seen = new Set(input.seen ?? []);
	if (config.scheme === 'hmac-sha256') {
		let nonce: unknown;
		try {
			nonce = (JSON.parse(input.body) as Record<string, unknown>)[config.nonceField];
		} catch {
			nonce = undefined;
		}
		if (typeof nonce === 'string' && seen.has(nonce)) {
			checks.push({ label: 'Replay', ok: false, detail: `${config.nonceField} ${nonce} was already seen.` });
			return fail('replayed_nonce', `Signature and timestamp are right, but the ${config.nonceField} was already seen: this is a replay of an earlier delivery. Refuse it.`, shown);
		}
		checks.push({ label: 'Replay', ok: true, detail: seen.size ? `${config.nonceField} not among the ones already seen.` : `Remember ${config.nonceField} ${typeof nonce === 'string' ? nonce : ''} to refuse replays.` });
	} else {
		if (seen.has(id!)) {
			checks.push({ label: 'Replay', ok: false, detail: `webhook-id ${id} was already seen.` });
			return fail('replayed_id', 'Signature and timestamp are right, but this webhook-id was already seen: a replay of an earlier delivery. Refuse it.', shown);
		}
		checks.push({ label: 'Replay', ok: true, detail: seen.size ? 'webhook-id not among the ones already seen.' : `Remember webhook-id ${id} to refuse replays.` });
	}
	return { valid: true, explanation: 'The delivery is authentic and fresh: the signature matches and the timestamp is within the tolerance.', checks, ...shown };

	async function diagnose(): Promise<{ cause: MismatchCause; explanation: string }> {
		for (const candidate of reserialisations(input.body)) {
			const string = config.scheme === 'hmac-sha256' ? `${timestamp}.${candidate.text}` : `${id}.${timestamp}.${candidate.text}`;
			if (matches(format(await hmac(key, string)))) {
				return {
					cause: 'body_reserialised',
					explanation: `The body was re-serialised: the signature matches the same JSON ${candidate.label}, not the bytes pasted. Verify the raw request body, before any JSON parsing.`,
				};
			}
		}
		const others = [...headers.values()].filter((h) => h.name.toLowerCase() !== names.signature.toLowerCase());
		if (config.scheme === 'hmac-sha256') {
			for (const header of others) {
				if (header.value === timestamp) continue;
				if (matches(format(await hmac(key, `${header.value}.${input.body}`)))) {
					return { cause: 'wrong_header', explanation: `The wrong header was used: the signature matches when ${header.name} takes the place of ${names.timestamp} in the signed string. Sign ${names.timestamp}.<raw body>.` };
				}
			}
		} else {
			for (const a of others) {
				for (const b of others) {
					if (a === b || (a.value === id && b.value === timestamp)) continue;
					if (matches(format(await hmac(key, `${a.value}.${b.value}.${input.body}`)))) {
						return { cause: 'wrong_header', explanation: `The wrong header was used: the signature matches with ${a.name} in place of webhook-id and ${b.name} in place of webhook-timestamp. Sign <webhook-id>.<webhook-timestamp>.<raw body>.` };
					}
				}
			}
		}
		if (!looksLikeSignature(received!)) {
			const shape = config.scheme === 'hmac-sha256' ? `${config.signaturePrefix}<64 hex digits>` : 'v1,<base64>';
			return { cause: 'wrong_header', explanation: `${names.signature} does not hold a signature (${shape}): was another header’s value pasted there?` };
		}
		if (input.secret !== config.testSecret && matches(format(await hmac(keyBytes(config, config.testSecret), signedString)))) {
			return { cause: 'test_secret', explanation: `Wrong secret: the delivery was signed with the documented test secret ${config.testSecret}, not with the secret entered.` };
		}
		return {
			cause: 'wrong_secret',
			explanation:
				'Wrong secret, or a changed body: no re-serialisation of the body and no other header explains the difference, so the delivery was signed with another secret, or its bytes changed after signing. Check that the secret is this endpoint’s and that the body is exactly as received.',
		};
	}
}
