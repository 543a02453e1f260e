/**
 * Compares two public contracts (a registry's, or a release's) event by event, and decides
 * whether the difference may ship: the breaking-change gate.
 */
import { classifySchemaChanges, pointer, type SchemaChange, type Severity } from './classify-schema.ts';
import type { Contract, ContractEvent } from './contract.ts';

export type { Severity };

export interface Change extends SchemaChange {
	/** The event type; `null` for a change every event shares (headers, signing). */
	event: string | null;
}

const SEVERITY_ORDER: Record<Severity, number> = { breaking: 0, warning: 1, compatible: 2 };

export const bySeverity = (a: Pick<Change, 'severity'>, b: Pick<Change, 'severity'>) =>
	SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];

const canonical = (value: unknown) => JSON.stringify(value);

function diffEvent(before: ContractEvent, after: ContractEvent, versionField: string | undefined): Change[] {
	const changes: Change[] = [];
	const add = (path: string, kind: string, severity: Severity, message: string) =>
		changes.push({ event: after.type, path, kind, severity, message });
	if (before.api_version !== after.api_version) {
		add('', 'api-version-changed', 'compatible', `api_version moved from ${before.api_version} to ${after.api_version}.`);
	}
	if (before.summary !== after.summary) add('', 'summary-changed', 'compatible', 'Summary changed.');
	if (before.category !== after.category) add('', 'category-changed', 'compatible', `Moved from category ${before.category} to ${after.category}.`);
	if (!before.deprecated && after.deprecated) {
		const { sunset, replaced_by } = after.deprecated;
		add(
			'',
			'event-deprecated',
			'compatible',
			`Deprecated${sunset ? `; sent until ${sunset}` : ''}${replaced_by ? `; use ${replaced_by} instead` : ''}.`,
		);
	} else if (before.deprecated && !after.deprecated) {
		add('', 'event-undeprecated', 'compatible', 'No longer deprecated.');
	} else if (before.deprecated && after.deprecated && canonical(before.deprecated) !== canonical(after.deprecated)) {
		add('', 'deprecation-changed', 'compatible', `Deprecation notice changed${after.deprecated.sunset ? ` (sunset ${after.deprecated.sunset})` : ''}.`);
	}
	// The envelope's version field is a constant that moves with api_version, reported above.
	const ignore = new Set(versionField ? [pointer('', versionField)] : []);
	for (const change of classifySchemaChanges(before.schema, after.schema, { ignore })) changes.push({ event: after.type, ...change });
	if (canonical(before.samples) !== canonical(after.samples)) add('', 'samples-changed', 'compatible', 'Samples changed.');
	return changes;
}

function diffPlatform(before: Contract['platform'], after: Contract['platform']): Change[] {
	const changes: Change[] = [];
	const add = (path: string, kind: string, severity: Severity, message: string) => changes.push({ event: null, path, kind, severity, message });
	const oldHeaders = new Map(before.headers.map((header) => [header.name.toLowerCase(), header]));
	const newHeaders = new Map(after.headers.map((header) => [header.name.toLowerCase(), header]));
	for (const [key, header] of oldHeaders) {
		const next = newHeaders.get(key);
		if (!next) add(pointer('/headers', header.name), 'header-removed', 'breaking', `Header ${header.name} is no longer sent.`);
		else if (next.value !== header.value) {
			add(pointer('/headers', header.name), 'header-changed', 'breaking', `Header ${header.name} changed from "${header.value}" to "${next.value}".`);
		}
	}
	for (const [key, header] of newHeaders) {
		if (!oldHeaders.has(key)) add(pointer('/headers', header.name), 'header-added', 'compatible', `Header ${header.name} is now sent.`);
	}
	if (before.signing.scheme !== after.signing.scheme) {
		add('/signing/scheme', 'signing-changed', 'breaking', `The signing scheme changed from ${before.signing.scheme} to ${after.signing.scheme}; receivers must change their verification.`);
	} else {
		for (const key of new Set([...Object.keys(before.signing), ...Object.keys(after.signing)])) {
			if (before.signing[key] !== after.signing[key]) {
				add(pointer('/signing', key), 'signing-changed', 'breaking', `Signing ${key.replace(/_/g, ' ')} changed from "${before.signing[key] ?? ''}" to "${after.signing[key] ?? ''}".`);
			}
		}
	}
	return changes;
}

/** Every change from `before` to `after`: shared changes first, then events by type. */
export function diffContracts(before: Contract, after: Contract): Change[] {
	const changes = diffPlatform(before.platform, after.platform);
	const oldEvents = new Map(before.events.map((event) => [event.type, event]));
	const newEvents = new Map(after.events.map((event) => [event.type, event]));
	const types = [...new Set([...oldEvents.keys(), ...newEvents.keys()])].sort();
	for (const type of types) {
		const old = oldEvents.get(type);
		const current = newEvents.get(type);
		if (old && !current) {
			const sunset = old.deprecated?.sunset;
			changes.push({
				event: type,
				path: '',
				kind: 'event-removed',
				severity: 'breaking',
				message: `Removed (or made internal)${sunset ? `; it was deprecated with sunset ${sunset}` : ''}: receivers no longer get it.`,
			});
		} else if (!old && current) {
			changes.push({ event: type, path: '', kind: 'event-added', severity: 'compatible', message: `New event: ${current.summary}` });
		} else if (old && current) {
			changes.push(...diffEvent(old, current, after.platform.version_field ?? before.platform.version_field));
		}
	}
	return changes;
}

export interface GateResult {
	/** Breaking changes that reach an event whose api_version did not move on. */
	blocking: Change[];
	passed: boolean;
}

/**
 * The gate: a breaking change may only ship with a new api_version for the event it touches, so
 * receivers pinned to the old version keep what they were promised. In detail:
 * - an event's breaking change blocks unless its api_version differs between the two sides;
 * - removing an event blocks unless it was deprecated with a sunset date on or before `asOf`;
 * - a breaking header or signing change blocks unless every event on both sides moved on.
 */
export function checkGate(before: Contract, after: Contract, changes: Change[], asOf: string): GateResult {
	const oldEvents = new Map(before.events.map((event) => [event.type, event]));
	const newEvents = new Map(after.events.map((event) => [event.type, event]));
	const kept = (type: string) => {
		const old = oldEvents.get(type);
		const current = newEvents.get(type);
		return Boolean(old && current && old.api_version === current.api_version);
	};
	const blocking = changes.filter((change) => {
		if (change.severity !== 'breaking') return false;
		if (change.event === null) return [...newEvents.keys()].some(kept);
		if (change.kind === 'event-removed') {
			const sunset = oldEvents.get(change.event)?.deprecated?.sunset;
			return !(sunset && sunset <= asOf);
		}
		return kept(change.event);
	});
	return { blocking, passed: blocking.length === 0 };
}
