/** Every registry CLI command, by name, in the order `--help` lists them. */
import type { Command } from '../command.ts';
import { check } from './check.ts';
import { list } from './list.ts';
import { listen } from './listen.ts';
import { send } from './send.ts';

export const COMMANDS: Record<string, Command> = {
	check,
	list,
	send,
	listen,
};
