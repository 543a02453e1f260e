/**
 * The registry CLI: `npm run registry -- <command> [flags]`, `--help` for the list.
 * EVENTS_DIR selects the registry folder (default `events`). Commands live in `src/cli/commands/`.
 */
import { runCli } from '../src/cli/run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), { eventsDir: process.env.EVENTS_DIR || 'events' });
