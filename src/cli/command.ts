/**
 * One registry CLI command: its flags (Node's `util.parseArgs` config), its positionals and what
 * it does. `scripts/registry.ts` parses the arguments against this and calls `run`.
 */
import type { ParseArgsOptionsConfig } from 'node:util';

export interface ParsedArgs {
	values: Record<string, string | boolean | (string | boolean)[] | undefined>;
	positionals: string[];
}

export interface Command {
	/** One line for the command list in `--help`. */
	summary: string;
	/** Arguments after the command name, e.g. `<old> <new> [--json]`. */
	usage: string;
	/** Extra lines for `registry <command> --help`. */
	details?: string;
	options: ParseArgsOptionsConfig;
	/** How many positionals the command takes: `[min, max]`. */
	positionals: [number, number];
	/** Returns the process exit code. */
	run(args: ParsedArgs, context: { eventsDir: string }): Promise<number>;
}
