import { bySeverity, checkGate, diffContracts, type Change } from '../../lib/history/diff-contracts.ts';
import { asOfDate, loadSide } from '../../lib/history/load-side.ts';
import type { Command } from '../command.ts';

const HEADINGS = { breaking: 'Breaking', warning: 'Warnings', compatible: 'Compatible' } as const;

function printText(changes: Change[], blocking: Set<Change>, labels: [string, string]): void {
	console.log(`${labels[0]} → ${labels[1]}: ${changes.length === 0 ? 'no changes.' : `${changes.length} change${changes.length === 1 ? '' : 's'}`}`);
	for (const severity of ['breaking', 'warning', 'compatible'] as const) {
		const group = changes.filter((change) => change.severity === severity);
		if (group.length === 0) continue;
		console.log(`\n${HEADINGS[severity]} (${group.length})`);
		for (const change of group) {
			const where = `${change.event ?? 'every event'}${change.path ? ` ${change.path}` : ''}`;
			console.log(`  ${blocking.has(change) ? '✖' : severity === 'breaking' ? '!' : '·'} ${where}: ${change.message}`);
		}
	}
}

export const diff: Command = {
	summary: 'compare two registries or releases; exit 1 when a breaking change keeps its api_version',
	usage: '<old> <new> [--json]',
	details: [
		'Each side is a registry folder (e.g. events) or a release file (e.g. events/releases/2026-06-01.json).',
		'Changes are judged from the receiver\'s side: breaking, warning (a new enum value) or compatible.',
		'Exit 1 when a breaking change reaches an event whose api_version was not moved on (or removes an',
		'event before its sunset date, or changes headers or signing for an event that kept its version); else 0.',
		'  --json  print { "changes": [ { event, path, kind, severity, message } ] }',
	].join('\n'),
	options: {
		json: { type: 'boolean' },
	},
	positionals: [2, 2],
	async run({ values, positionals }) {
		const [before, after] = await Promise.all(positionals.map(loadSide));
		const changes = diffContracts(before!.contract, after!.contract).sort(bySeverity);
		const gate = checkGate(before!.contract, after!.contract, changes, asOfDate(after!));
		if (values.json) {
			const rows = changes.map(({ event, path, kind, severity, message }) => ({ event, path, kind, severity, message }));
			console.log(JSON.stringify({ changes: rows }, null, 2));
		} else {
			printText(changes, new Set(gate.blocking), [before!.label, after!.label]);
			console.log(
				gate.passed
					? '\n✔ No breaking change reaches an event that kept its api_version.'
					: `\n✖ ${gate.blocking.length} breaking change${gate.blocking.length === 1 ? '' : 's'} (✖) reach events that kept their api_version. ` +
							'Move those events\' apiVersion on, or make the change compatible.',
			);
		}
		return gate.passed ? 0 : 1;
	},
};
