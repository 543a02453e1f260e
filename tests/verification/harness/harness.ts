// Runs every vector of a test-vectors file through the Node snippet (copied beside this file).
import { readFileSync } from 'node:fs';
import { verify } from './verify.ts';

const file = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const results = file.vectors.map((v: any) => {
	const seen = new Set<string>(v.seen_nonces);
	const headers = Object.fromEntries(Object.entries(v.headers).map(([k, val]) => [k.toLowerCase(), String(val)]));
	const seenNonce = (nonce: string) => (seen.has(nonce) ? true : (seen.add(nonce), false));
	const result = verify(v.secret, headers, Buffer.from(v.body, 'utf8'), seenNonce, v.now);
	return { name: v.name, valid: result.valid, reason: result.valid ? undefined : result.reason };
});
console.log(JSON.stringify(results));
