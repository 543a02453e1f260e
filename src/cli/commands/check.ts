import { readReleases } from '../../lib/history/release.ts';
import { loadRegistry } from '../../lib/registry/load-registry.ts';
import { isPublic } from '../../lib/registry/model.ts';
import type { Command } from '../command.ts';

export const check: Command = {
	summary: 'validate the registry: every problem build would reject, with file, event and field path',
	usage: '',
	options: {},
	positionals: [0, 0],
	async run(_args, { eventsDir }) {
		const registry = await loadRegistry(eventsDir);
		const published = registry.events.filter(isPublic).length;
		// Releases are verified too: a hand-edited snapshot fails here, not only at build time.
		const releases = readReleases(eventsDir);
		console.log(
			`✔ ${eventsDir}: ${registry.events.length} events (${published} public, ${registry.events.length - published} internal) ` +
				`in ${registry.platform.categories.length} categories are valid` +
				(releases.length > 0 ? `; ${releases.length} release${releases.length === 1 ? '' : 's'} intact.` : '.'),
		);
		return 0;
	},
};
