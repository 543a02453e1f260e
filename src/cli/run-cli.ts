/**
 * Parses the registry CLI's arguments with `util.parseArgs` (strict: an unknown flag is an error)
 * and runs the command. Exit codes: 0 done, 1 the registry (or a comparison) failed, 2 usage,
 * 70 a bug in hookref (see report-crash.ts).
 */
import { parseArgs } from 'node:util';
import { closestName } from '../lib/registry/closest-name.ts';
import { RegistryError } from '../lib/registry/errors.ts';
import type { Command } from './command.ts';
import { reportCrash } from './report-crash.ts';
import { COMMANDS } from './commands/index.ts';

const PROGRAM = 'npm run registry --';

function mainUsage(): string {
	const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
	return [
		`usage: ${PROGRAM} <command> [flags]`,
		'',
		'commands:',
		...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`),
		'',
		`EVENTS_DIR=<folder> selects the registry (default: events). ${PROGRAM} <command> --help for its flags.`,
	].join('\n');
}

function commandUsage(name: string, command: Command): string {
	const lines = [`usage: ${PROGRAM} ${name}${command.usage ? ` ${command.usage}` : ''}`, '', command.summary];
	if (command.details) lines.push('', command.details);
	return lines.join('\n');
}

/** The closest known name, for "did you mean"; undefined when nothing is close. */
export const suggest = closestName;

function usageError(message: string, usage: string): number {
	console.error(`${message}\n\n${usage}`);
	return 2;
}

export async function runCli(argv: string[], context: { eventsDir: string }): Promise<number> {
	const [name, ...rest] = argv;
	if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
		if (name === undefined) return usageError('Missing command.', mainUsage());
		console.log(mainUsage());
		return 0;
	}
	const command = COMMANDS[name];
	if (!command) {
		const hint = suggest(name, Object.keys(COMMANDS));
		return usageError(`Unknown command "${name}".${hint ? ` Did you mean "${hint}"?` : ''}`, mainUsage());
	}
	let parsed;
	try {
		parsed = parseArgs({
			args: rest,
			options: { ...command.options, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true,
			strict: true,
		});
	} catch (error) {
		// parseArgs' own messages are long and name its API; say it the author's way.
		const { code, message } = error as Error & { code?: string };
		const flag = /'(-{1,2}[^']+)'/.exec(message)?.[1]?.replace(/=.*/, '');
		const known = Object.keys(command.options).map((option) => `--${option}`);
		const hint = flag && suggest(flag, [...known, '--help']);
		const said =
			code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag
				? `Unknown flag "${flag}" for "${name}".${hint ? ` Did you mean "${hint}"?` : ''}`
				: message;
		return usageError(said, commandUsage(name, command));
	}
	if (parsed.values.help) {
		console.log(commandUsage(name, command));
		return 0;
	}
	const [min, max] = command.positionals;
	if (parsed.positionals.length < min || parsed.positionals.length > max) {
		const expected = min === max ? `${min}` : `${min} to ${max}`;
		return usageError(
			`"${name}" takes ${expected} argument${max === 1 ? '' : 's'}; got ${parsed.positionals.length}.`,
			commandUsage(name, command),
		);
	}
	try {
		return await command.run(parsed, context);
	} catch (error) {
		if (error instanceof RegistryError) {
			console.error(error.message);
			return 1;
		}
		return reportCrash(error, `registry ${name}`);
	}
}
