/**
 * `npm run build`'s flags, parsed like the registry CLI's (strict `util.parseArgs`): `--help`
 * prints the usage and builds nothing; an unknown flag exits 2 with the usage and a suggestion.
 */
import { parseArgs } from 'node:util';
import { closestName } from '../lib/registry/closest-name.ts';

export const BUILD_USAGE = [
	'usage: npm run build [-- --prepare-only]',
	'',
	'Validates the registry, emits the schemas, types, catalog and test vectors, builds the site with',
	'its search index, checks that no internal event leaked, and only then replaces dist/.',
	'',
	'flags:',
	'  --prepare-only  stop after the registry, the artifacts and the site model (npm run dev uses it)',
	'  -h, --help      print this help and build nothing',
	'',
	'EVENTS_DIR=<folder> selects the registry (default: events); HOOKREF_OUT_DIR=<folder> builds elsewhere than dist/.',
].join('\n');

const OPTIONS = {
	'prepare-only': { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
} as const;

export type BuildArgs = { prepareOnly: boolean } | { exitCode: number };

export function parseBuildArgs(argv: string[]): BuildArgs {
	let values;
	try {
		({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
	} catch (error) {
		const { code, message } = error as Error & { code?: string };
		const flag = /'(-{1,2}[^']+)'/.exec(message)?.[1]?.replace(/=.*/, '');
		let said = message;
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
			const hint = closestName(flag, Object.keys(OPTIONS).map((name) => `--${name}`));
			said = `Unknown flag "${flag}" for "build".${hint ? ` Did you mean "${hint}"?` : ''}`;
		} else if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
			said = `"build" takes no arguments; got "${argv.find((arg) => !arg.startsWith('-'))}".`;
		}
		console.error(`${said}\n\n${BUILD_USAGE}`);
		return { exitCode: 2 };
	}
	if (values.help) {
		console.log(BUILD_USAGE);
		return { exitCode: 0 };
	}
	return { prepareOnly: values['prepare-only'] ?? false };
}
