/**
 * The registry CLI.
 *
 *   npm run registry -- check                 validate the registry (exit 1 on problems)
 *   npm run registry -- list --json [--all]   print [{type, category, visibility, api_version}]
 *
 * EVENTS_DIR selects the registry folder (default `events`).
 */
import { RegistryError } from '../src/lib/registry/errors.ts';
import { loadRegistry } from '../src/lib/registry/load-registry.ts';
import { isPublic } from '../src/lib/registry/model.ts';

const USAGE = 'usage: npm run registry -- check | list [--json] [--all]';
const [command, ...flags] = process.argv.slice(2);
const eventsDir = process.env.EVENTS_DIR || 'events';

if (command !== 'check' && command !== 'list') {
	console.error(USAGE);
	process.exit(2);
}

let registry;
try {
	registry = await loadRegistry(eventsDir);
} catch (error) {
	if (!(error instanceof RegistryError)) throw error;
	console.error(error.message);
	process.exit(1);
}

if (command === 'check') {
	const published = registry.events.filter(isPublic).length;
	console.log(`✔ ${eventsDir}: ${registry.events.length} events (${published} public, ${registry.events.length - published} internal) in ${registry.platform.categories.length} categories are valid.`);
} else {
	const events = flags.includes('--all') ? registry.events : registry.events.filter(isPublic);
	const rows = events.map((event) => ({
		type: event.type,
		category: event.category,
		visibility: event.visibility,
		api_version: event.apiVersion,
	}));
	if (flags.includes('--json')) console.log(JSON.stringify(rows, null, 2));
	else for (const row of rows) console.log(`${row.type}\t${row.category}\t${row.visibility}\t${row.api_version}`);
}
