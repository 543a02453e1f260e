import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadRegistry } from '../../lib/registry/load-registry.ts';
import { createAjv, validationSchema } from '../../lib/schema/ajv.ts';
import { createSeenMemory, loadVerifier } from '../../lib/signing/load-verifier.ts';
import type { Command } from '../command.ts';

export const listen: Command = {
	summary: 'a receiver for local testing: prints each delivery and its verification verdict',
	usage: '[--port <port>] [--secret <secret>]',
	details: [
		'  --port <port>      port on 127.0.0.1 (default 3000; 0 picks a free one)',
		'  --secret <secret>  the endpoint secret (default: the documented test secret)',
		'',
		'Verifies with the Node.js snippet the verification guide publishes, then checks the body',
		'against its event\'s schema. Answers 200 to a valid delivery, 400 otherwise. Ctrl+C stops it.',
	].join('\n'),
	options: {
		port: { type: 'string' },
		secret: { type: 'string' },
	},
	positionals: [0, 0],
	async run({ values }, { eventsDir }) {
		const port = values.port === undefined ? 3000 : Number(values.port);
		if (!Number.isInteger(port) || port < 0 || port > 65535) {
			console.error(`--port must be a port number; got "${String(values.port)}".`);
			return 2;
		}
		const registry = await loadRegistry(eventsDir);
		const { platform } = registry;
		const { signing, envelope } = platform;
		const secret = (values.secret as string | undefined) ?? (signing.scheme === 'none' ? '' : signing.testSecret);
		const verify = await loadVerifier(signing);
		const seen = createSeenMemory();
		const ajv = createAjv();
		const byType = new Map(registry.events.filter((e) => e.visibility === 'public').map((e) => [e.type, e]));

		const server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				const raw = Buffer.concat(chunks);
				const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
				const lines = [`\n${new Date().toISOString()}  ${req.method} ${req.url}  ${raw.length} bytes`];
				let accepted = true;
				if (verify) {
					const result = verify(secret, headers, raw, seen);
					accepted = result.valid;
					lines.push(result.valid ? '  signature: valid ✔' : `  signature: INVALID ✖ (${result.reason})`);
				} else {
					lines.push(`  signature: none (${platform.name} does not sign deliveries)`);
				}
				let body: Record<string, unknown> | undefined;
				try {
					body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
				} catch {
					lines.push('  body: not JSON ✖');
					accepted = false;
				}
				if (body) {
					const type = envelope.typeFields.map((field) => body![field]).join(envelope.typeSeparator);
					const event = byType.get(type);
					lines.push(`  event: ${type}${body[envelope.idField] !== undefined ? `  ${envelope.idField}: ${String(body[envelope.idField])}` : ''}`);
					if (!event) lines.push('  schema: not a public event type of this registry ✖');
					else {
						const validate = ajv.compile(validationSchema(event.bodyJsonSchema));
						lines.push(validate(body) ? '  schema: matches ✔' : `  schema: ${validate.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')} ✖`);
					}
				}
				console.log(lines.join('\n'));
				res.writeHead(accepted ? 200 : 400, { 'content-type': 'text/plain' }).end(accepted ? 'ok\n' : 'rejected\n');
			});
		});
		await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
		const { port: actual } = server.address() as AddressInfo;
		console.log(`listening on http://127.0.0.1:${actual}/ for ${platform.name} deliveries (${signing.scheme === 'none' ? 'unsigned' : `${signing.scheme}, secret ${values.secret ? 'from --secret' : 'the documented test secret'}`}); Ctrl+C stops.`);
		await new Promise<void>((resolve) => {
			const stop = () => server.close(() => resolve());
			process.once('SIGINT', stop);
			process.once('SIGTERM', stop);
		});
		return 0;
	},
};
