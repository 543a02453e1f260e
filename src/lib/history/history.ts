/**
 * The registry's history, computed from its releases alone: the changes each release made
 * (the diff from the release before), the unreleased changes of the working registry, and, per
 * event, the releases in which it changed. Nothing here is written by hand, so nothing drifts.
 *
 * Events that are internal *now* are dropped from every contract first: a history page must not
 * name them, even if an old release once published them.
 */
import type { Registry } from '../registry/model.ts';
import { contractOf, type Contract, type ContractEvent } from './contract.ts';
import { bySeverity, diffContracts, type Change } from './diff-contracts.ts';
import type { Release } from './release.ts';

export interface HistoryEntry {
	/** `null` for the working registry's unreleased changes. */
	version: string | null;
	date?: string;
	notes?: string;
	/** The first release: every event is new, so the entry is a count rather than a list. */
	initial: boolean;
	/** Events public in this release (or now, for the unreleased entry). */
	eventCount: number;
	/** Breaking first, then warnings, then compatible changes. */
	changes: Change[];
}

export interface EventVersion {
	version: string;
	date: string;
	event: ContractEvent;
	/** What this release changed in the event (empty for the release that introduced it). */
	changes: Change[];
	added: boolean;
}

export interface History {
	/** Newest first; the unreleased entry, when there is one, comes first. */
	entries: HistoryEntry[];
	/** Per event type: the releases in which it changed, oldest first. */
	versions: Map<string, EventVersion[]>;
	latest?: Release;
}

const EMPTY: Contract = { platform: { headers: [], signing: { scheme: 'none' } }, events: [] };

function withoutTypes(contract: Contract, hidden: Set<string>): Contract {
	return { platform: contract.platform, events: contract.events.filter((event) => !hidden.has(event.type)) };
}

/** `releases` oldest first, as `readReleases` returns them. */
export function buildHistory(registry: Registry, releases: Release[]): History {
	const hidden = new Set(registry.events.filter((event) => event.visibility !== 'public').map((event) => event.type));
	const contracts = releases.map((release) => withoutTypes(release, hidden));
	const versions = new Map<string, EventVersion[]>();
	const entries: HistoryEntry[] = [];

	contracts.forEach((contract, i) => {
		const release = releases[i]!;
		const previous = i === 0 ? undefined : contracts[i - 1];
		// The first release has no predecessor: its platform is the baseline, not a change.
		const changes = diffContracts(previous ?? { ...EMPTY, platform: contract.platform }, contract).sort(bySeverity);
		entries.push({
			version: release.version,
			date: release.released_at,
			...(release.notes && { notes: release.notes }),
			initial: i === 0,
			eventCount: contract.events.length,
			changes: i === 0 ? [] : changes,
		});
		const previousTypes = new Set(previous?.events.map((event) => event.type) ?? []);
		for (const event of contract.events) {
			const own = changes.filter((change) => change.event === event.type);
			const added = !previousTypes.has(event.type);
			if (!added && own.length === 0) continue;
			const list = versions.get(event.type) ?? [];
			list.push({ version: release.version, date: release.released_at, event, changes: added ? [] : own, added });
			versions.set(event.type, list);
		}
	});

	const last = contracts.at(-1);
	if (last) {
		const current = withoutTypes(contractOf(registry), hidden);
		const unreleased = diffContracts(last, current).sort(bySeverity);
		if (unreleased.length > 0) {
			entries.push({ version: null, initial: false, eventCount: current.events.length, changes: unreleased });
		}
	}
	return { entries: entries.reverse(), versions, latest: releases.at(-1) };
}
