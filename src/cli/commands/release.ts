import { contractOf } from '../../lib/history/contract.ts';
import { readReleases, todayUtc, writeRelease } from '../../lib/history/release.ts';
import { loadRegistry } from '../../lib/registry/load-registry.ts';
import type { Command } from '../command.ts';

export const release: Command = {
	summary: 'freeze the public contract as an immutable snapshot: <registry>/releases/<version>.json',
	usage: '<version> [--date YYYY-MM-DD]',
	details: [
		'Writes every public event (type, category, summary, api_version, deprecation, the JSON Schema of its',
		'delivery body, its samples) and the shared headers and signing scheme. Internal events are left out.',
		'Commit the file. An existing version is refused; put release notes in <version>.md beside it.',
		'  --date  the release date (default: today, UTC)',
	].join('\n'),
	options: {
		date: { type: 'string' },
	},
	positionals: [1, 1],
	async run({ values, positionals }, { eventsDir }) {
		const version = positionals[0]!;
		const registry = await loadRegistry(eventsDir);
		// Verifies the earlier releases too: a release is cut on top of an intact history.
		const earlier = readReleases(eventsDir);
		const contract = contractOf(registry);
		const file = writeRelease(eventsDir, version, (values.date as string | undefined) ?? todayUtc(), contract);
		const previous = earlier.at(-1);
		console.log(
			`✔ released ${version}: ${contract.events.length} public events → ${file}` +
				(previous ? ` (previous: ${previous.version})` : ' (the first release)') +
				`\n  Commit it. Later changes show with: npm run registry -- diff ${file} ${eventsDir}`,
		);
		return 0;
	},
};
