/** Every registry CLI command, by name, in the order `--help` lists them. */
import type { Command } from '../command.ts';
import { check } from './check.ts';
import { diff } from './diff.ts';
import { list } from './list.ts';
import { release } from './release.ts';
import { listen } from './listen.ts';
import { send } from './send.ts';

export const COMMANDS: Record<string, Command> = {
	check,
	list,
	release,
	diff,
	send,
	listen,
};
