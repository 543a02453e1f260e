import { loadRegistry } from '../../lib/registry/load-registry.ts';
import { isPublic } from '../../lib/registry/model.ts';
import type { Command } from '../command.ts';

export const list: Command = {
	summary: 'print the events: type, category, visibility, api_version',
	usage: '[--json] [--all]',
	options: {
		json: { type: 'boolean' },
		all: { type: 'boolean' },
	},
	positionals: [0, 0],
	async run({ values }, { eventsDir }) {
		const registry = await loadRegistry(eventsDir);
		const events = values.all ? registry.events : registry.events.filter(isPublic);
		const rows = events.map((event) => ({
			type: event.type,
			category: event.category,
			visibility: event.visibility,
			api_version: event.apiVersion,
		}));
		if (values.json) console.log(JSON.stringify(rows, null, 2));
		else for (const row of rows) console.log(`${row.type}\t${row.category}\t${row.visibility}\t${row.api_version}`);
		return 0;
	},
};
