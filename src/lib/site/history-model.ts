/**
 * What the history pages render, computed once from `History`: the changelog, each event's
 * History section and version picker, and one page per released version of an event.
 */
import type { Change, Severity } from '../history/diff-contracts.ts';
import type { History } from '../history/history.ts';
import { envelopeFields, type PlainRegistry } from '../registry/model.ts';
import { payloadFieldRows, type FieldRow } from '../schema/field-rows.ts';
import { highlightJson } from './highlight-json.ts';
import { escapeText } from './html.ts';
import { renderInline, renderMarkdown } from './markdown.ts';
import { href, pagePath, releaseAnchor, ROUTES, versionPath } from './urls.ts';

export interface ChangeModel {
	severity: Severity;
	/** JSON pointer into the delivery body; empty for the event as a whole. */
	path: string;
	messageHtml: string;
}

export interface ChangelogEventModel {
	type: string;
	/** The event's current page; absent once the event is gone. */
	href?: string;
	severity: Severity;
	changes: ChangeModel[];
}

export interface ChangelogEntryModel {
	anchor: string;
	/** `null`: unreleased changes in the working registry. */
	version: string | null;
	date?: string;
	notesHtml: string;
	initial: boolean;
	eventCount: number;
	counts: Record<Severity, number>;
	/** Changes every event shares (headers, signing). */
	shared: ChangeModel[];
	/** Breaking events first. */
	events: ChangelogEventModel[];
}

export interface VersionLink {
	label: string;
	href: string;
	current: boolean;
}

export interface EventHistoryModel {
	entries: { version: string | null; date?: string; href: string; changelogHref: string; added: boolean; changes: ChangeModel[] }[];
	/** The version picker: the current page, then every released version, newest first. */
	versions: VersionLink[];
}

export interface VersionPageModel {
	slug: string;
	type: string;
	version: string;
	date: string;
	summary: string;
	apiVersion: string;
	categoryTitle: string;
	deprecated?: { messageHtml: string; sunset?: string; replacedBy?: string };
	fields: FieldRow[];
	samples: { name: string; bodyHtml: string }[];
	added: boolean;
	changes: ChangeModel[];
	/** The event's current page, while it exists. */
	currentHref?: string;
	versions: VersionLink[];
}

export interface HistoryModel {
	changelog: ChangelogEntryModel[];
	/** Per event slug. */
	events: Record<string, EventHistoryModel>;
	versionPages: VersionPageModel[];
	/** The Atom feed, once there is a release to announce. */
	feedHref?: string;
}

const RANK: Record<Severity, number> = { breaking: 0, warning: 1, compatible: 2 };

/** Change messages are plain text with `code` spans; everything else is escaped. */
export const messageToHtml = (message: string) =>
	escapeText(message).replace(/`([^`]+)`/g, (_, code: string) => `<code>${code}</code>`);

const changeModel = (change: Change): ChangeModel => ({ severity: change.severity, path: change.path, messageHtml: messageToHtml(change.message) });

function countBySeverity(changes: Change[]): Record<Severity, number> {
	const counts = { breaking: 0, warning: 0, compatible: 0 };
	for (const change of changes) counts[change.severity] += 1;
	return counts;
}

export function buildHistoryModel(
	history: History,
	registry: Pick<PlainRegistry, 'platform' | 'envelopeJsonSchema'>,
	currentEvents: { type: string; slug: string }[],
): HistoryModel {
	const { platform } = registry;
	const currentSlug = new Map(currentEvents.map((event) => [event.type, event.slug]));
	const currentHref = (type: string) => (currentSlug.has(type) ? href(pagePath(currentSlug.get(type)!)) : undefined);
	const changelogHref = (version: string | null) => `${href(ROUTES.changelog)}#${releaseAnchor(version)}`;

	const changelog = history.entries.map((entry): ChangelogEntryModel => {
		const byEvent = new Map<string, Change[]>();
		for (const change of entry.changes) {
			if (change.event === null) continue;
			byEvent.set(change.event, [...(byEvent.get(change.event) ?? []), change]);
		}
		const events = [...byEvent].map(([type, changes]): ChangelogEventModel => ({
			type,
			href: currentHref(type),
			severity: changes[0]!.severity, // changes arrive sorted, breaking first
			changes: changes.map(changeModel),
		}));
		events.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
		return {
			anchor: releaseAnchor(entry.version),
			version: entry.version,
			date: entry.date,
			notesHtml: renderMarkdown(entry.notes),
			initial: entry.initial,
			eventCount: entry.eventCount,
			counts: countBySeverity(entry.changes),
			shared: entry.changes.filter((change) => change.event === null).map(changeModel),
			events,
		};
	});

	const unreleased = history.entries.find((entry) => entry.version === null);
	const envelope = { dataField: platform.envelope.dataField, fields: envelopeFields(registry) };
	const events: Record<string, EventHistoryModel> = {};
	const versionPages: VersionPageModel[] = [];

	for (const [type, versions] of history.versions) {
		const slug = versions.at(-1)!.event.slug;
		const live = currentHref(type);
		const links: VersionLink[] = [
			...(live ? [{ label: 'Current', href: live, current: false }] : []),
			...versions
				.map((version) => ({ label: version.version === version.date ? version.version : `${version.version} (${version.date})`, href: href(versionPath(slug, version.version)), current: false }))
				.reverse(),
		];
		const pending = (unreleased?.changes ?? []).filter((change) => change.event === type);
		if (live) {
			events[slug] = {
				entries: [
					...(pending.length > 0
						? [{ version: null, href: live, changelogHref: changelogHref(null), added: false, changes: pending.map(changeModel) }]
						: []),
					...versions
						.map((version) => ({
							version: version.version,
							date: version.date,
							href: href(versionPath(slug, version.version)),
							changelogHref: changelogHref(version.version),
							added: version.added,
							changes: version.changes.map(changeModel),
						}))
						.reverse(),
				],
				versions: links.map((link) => ({ ...link, current: link.href === live })),
			};
		}
		for (const version of versions) {
			const { event } = version;
			const own = href(versionPath(slug, version.version));
			versionPages.push({
				slug,
				type,
				version: version.version,
				date: version.date,
				summary: event.summary,
				apiVersion: event.api_version,
				categoryTitle: platform.categories.find((category) => category.id === event.category)?.title ?? event.category,
				deprecated: event.deprecated && {
					messageHtml: renderInline(event.deprecated.message),
					sunset: event.deprecated.sunset,
					replacedBy: event.deprecated.replaced_by,
				},
				fields: payloadFieldRows(event.schema, envelope).map((row) => ({ ...row, description: renderInline(row.description) })),
				samples: event.samples.map((sample) => ({ name: sample.name, bodyHtml: highlightJson(JSON.stringify(sample.data, null, 2)) })),
				added: version.added,
				changes: version.changes.map(changeModel),
				currentHref: live,
				versions: links.map((link) => ({ ...link, current: link.href === own })),
			});
		}
	}
	return { changelog, events, versionPages, ...(history.latest && { feedHref: href(ROUTES.changelogFeed) }) };
}
