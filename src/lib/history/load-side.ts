/** One side of a diff: a registry folder (its working state) or a release file. */
import { loadRegistry } from '../registry/load-registry.ts';
import { contractOf, type Contract } from './contract.ts';
import { readRelease, todayUtc } from './release.ts';

export interface Side {
	label: string;
	contract: Contract;
	/** The release date, for a release; undefined for a working registry. */
	releasedAt?: string;
}

export async function loadSide(location: string): Promise<Side> {
	if (location.endsWith('.json')) {
		const release = readRelease(location);
		return { label: `release ${release.version}`, contract: release, releasedAt: release.released_at };
	}
	return { label: location, contract: contractOf(await loadRegistry(location)) };
}

/** The day a diff is judged on (sunsets are compared with it): the new release's date, or today. */
export const asOfDate = (after: Side) => after.releasedAt ?? todayUtc();
