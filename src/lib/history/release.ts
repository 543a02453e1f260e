/**
 * Releases: immutable snapshots of the public contract, committed beside the registry as
 * `<registry>/releases/<version>.json`, with optional release notes in `<version>.md`.
 *
 * Each file carries a SHA-256 of its own content, so a snapshot edited by hand is detected
 * when it is read (by `diff`, by the build) instead of silently rewriting history.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RegistryError } from '../registry/errors.ts';
import type { Contract } from './contract.ts';

export const RELEASE_FORMAT = 'hookref-release/1';
export const RELEASES_DIR = 'releases';
/** Versions are file and URL names: `2026-06-01`, `v3`, `1.4.0`. */
export const VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export interface Release extends Contract {
	format: typeof RELEASE_FORMAT;
	version: string;
	/** The day the release was cut, `YYYY-MM-DD`. */
	released_at: string;
	/** `sha256:` of the canonical JSON of everything else in the file. */
	content_hash: string;
	/** Release notes (Markdown) from `<version>.md`, when the team wrote some; not hashed. */
	notes?: string;
}

export const releasesDir = (registryDir: string) => path.join(registryDir, RELEASES_DIR);
export const releaseFile = (registryDir: string, version: string) => path.join(releasesDir(registryDir), `${version}.json`);

type Hashed = Omit<Release, 'content_hash' | 'notes'>;

function hashOf(release: Hashed): string {
	const { format, version, released_at, platform, events } = release;
	const canonical = JSON.stringify({ format, version, released_at, platform, events });
	return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

/** The file's text: tab-indented JSON, one key per line, so that git diffs stay readable. */
export function serializeRelease(version: string, releasedAt: string, contract: Contract): string {
	const body: Hashed = { format: RELEASE_FORMAT, version, released_at: releasedAt, ...contract };
	const { format, ...rest } = body;
	return `${JSON.stringify({ format, content_hash: hashOf(body), ...rest }, null, '\t')}\n`;
}

/**
 * Writes a new release. Refuses a malformed version or date, and a version that exists: a
 * published release never changes.
 */
export function writeRelease(registryDir: string, version: string, releasedAt: string, contract: Contract): string {
	const file = releaseFile(registryDir, version);
	if (!VERSION_PATTERN.test(version)) {
		throw new RegistryError([{ file, message: `"${version}" is not a valid version: use letters, digits, ".", "_" and "-", e.g. 2026-06-01 or 1.4.0.` }]);
	}
	if (!DATE_PATTERN.test(releasedAt) || Number.isNaN(Date.parse(releasedAt))) {
		throw new RegistryError([{ file, message: `"${releasedAt}" is not a date like 2026-06-01.` }]);
	}
	if (existsSync(file)) {
		throw new RegistryError([{ file, message: `release ${version} exists already and releases are immutable. Choose a new version.` }]);
	}
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, serializeRelease(version, releasedAt, contract), { flag: 'wx' });
	return file;
}

/** Reads and verifies one release file; a damaged or hand-edited file is a `RegistryError`. */
export function readRelease(file: string): Release {
	const fail = (message: string): never => {
		throw new RegistryError([{ file, message }]);
	};
	if (!existsSync(file)) fail('does not exist. Give a registry folder or a release file, e.g. events/releases/2026-06-01.json.');
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		fail(`is not valid JSON (${(error as Error).message}). Restore it from git: releases are written by \`registry -- release\` only.`);
	}
	const release = parsed as Release;
	if (typeof release !== 'object' || release === null || release.format !== RELEASE_FORMAT) {
		fail(`is not a hookref release (expected "format": "${RELEASE_FORMAT}").`);
	}
	if (!Array.isArray(release.events) || typeof release.platform !== 'object' || typeof release.version !== 'string') {
		fail('is not a complete hookref release (version, platform or events missing).');
	}
	if (release.content_hash !== hashOf(release)) {
		fail(
			'was edited by hand: its content no longer matches its content_hash. Releases are immutable; ' +
				'restore the file from git (git checkout -- <file>) and cut a new release for the change.',
		);
	}
	const notesFile = file.replace(/\.json$/, '.md');
	const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8').trim() : '';
	return notes ? { ...release, notes } : release;
}

/** Orders releases oldest first: by date, then by version with numeric parts compared as numbers. */
export function compareReleases(a: Pick<Release, 'released_at' | 'version'>, b: Pick<Release, 'released_at' | 'version'>): number {
	if (a.released_at !== b.released_at) return a.released_at < b.released_at ? -1 : 1;
	return a.version.localeCompare(b.version, 'en', { numeric: true });
}

/** Every release of a registry, verified, oldest first; none when there is no `releases/` folder. */
export function readReleases(registryDir: string): Release[] {
	const dir = releasesDir(registryDir);
	if (!existsSync(dir)) return [];
	const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
	const releases: Release[] = [];
	const issues = [];
	for (const name of files) {
		try {
			const release = readRelease(path.join(dir, name));
			if (`${release.version}.json` !== name) {
				issues.push({ file: path.join(dir, name), message: `holds release ${release.version}: the file name must be ${release.version}.json.` });
			} else releases.push(release);
		} catch (error) {
			if (error instanceof RegistryError) issues.push(...error.issues);
			else throw error;
		}
	}
	if (issues.length > 0) throw new RegistryError(issues);
	return releases.sort(compareReleases);
}

/** Today in UTC, `YYYY-MM-DD`: the default release date. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);
