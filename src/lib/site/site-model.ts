/**
 * Everything the pages render, computed once per build from the validated registry and written
 * to `.hookref/site.json`. Astro pages only read this model; they compute nothing. Internal
 * events are dropped here, before anything can render them.
 */
import { ARTIFACT_PATHS } from '../artifacts/artifact-paths.ts';
import { listDownloads, type DownloadEntry } from '../artifacts/downloads.ts';
import type { Artifact } from '../artifacts/emit-artifacts.ts';
import { GUIDE_TWINS, twinPath } from '../artifacts/markdown-twins.ts';
import { envelopeFields, publicEvents, type PlainRegistry, type Registry, type RegistryEvent } from '../registry/model.ts';
import type { PlatformConfig } from '../registry/platform-config.ts';
import { buildAttempts, formatDuration } from '../retry/retry-schedule.ts';
import { renderRetryTimeline } from '../retry/retry-timeline.ts';
import { buildFieldRows, payloadFieldRows, type FieldRow } from '../schema/field-rows.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import { headersRoundTrip, toCurl } from './curl.ts';
import { describeHeaders, signedHeaders } from './delivery-headers.ts';
import { highlightJson } from './highlight-json.ts';
import { escapeText } from './html.ts';
import { renderInline, renderMarkdown } from './markdown.ts';
import { artifactRoute, href, pagePath, ROUTES, siteUrlOf, useSiteUrl } from './urls.ts';
import type { History } from '../history/history.ts';
import { buildHistoryModel, type EventHistoryModel, type HistoryModel } from './history-model.ts';
import { loadSnippets, type Snippet } from '../signing/snippets.ts';

/** Where the copy-as-curl commands send a sample delivery. */
export const LOCAL_RECEIVER_URL = process.env.RECEIVER_URL || 'http://localhost:3000/webhooks';

export interface EventSummary {
	type: string;
	slug: string;
	summary: string;
	deprecated: boolean;
}

export interface CategoryModel {
	id: string;
	title: string;
	descriptionHtml: string;
	events: EventSummary[];
}

export interface HeaderRow {
	name: string;
	value: string;
	descriptionHtml: string;
}

export interface SampleModel {
	name: string;
	/** The exact body bytes. */
	json: string;
	/** `json`, highlighted; its text content is `json`. */
	bodyHtml: string;
	headers: Record<string, string>;
	/**
	 * The curl command replaying it, printed only for the first sample (or where the page could not
	 * read the headers back). The others' are composed in the browser, from the body and headers
	 * the page shows, with the same `toCurl`: a third curl of the same body would double the bytes.
	 */
	curl?: string;
}

export interface EventPageModel {
	type: string;
	slug: string;
	category: { id: string; title: string };
	summary: string;
	descriptionHtml: string;
	apiVersion: string;
	deprecated?: { messageHtml: string; since?: string; sunset?: string; replacedBy?: { type: string; href?: string } };
	/** Envelope fields; fixed values (type fields, version) show as constants in their type. */
	envelopeRows: FieldRow[];
	headerRows: HeaderRow[];
	fields: FieldRow[];
	downloads: { label: string; href: string }[];
	/** The page's Markdown twin. */
	markdownHref: string;
	samples: SampleModel[];
	/** The releases in which the event changed, and its version picker; absent before it changed in any. */
	history?: EventHistoryModel;
	/** Neighbours in the category, for prev/next links. */
	prev?: EventSummary;
	next?: EventSummary;
}

export interface SiteModel {
	platform: {
		name: string;
		siteUrl: string;
		descriptionHtml: string;
		primaryHost: string;
		legacyHosts: string[];
		catalogEndpoint?: { method: string; url: string; legacyUrls: string[]; notesHtml: string };
		subscription:
			| (Exclude<PlatformConfig['subscription'], { documented: false }> & {
					documented: true;
					/** How pages name the call: `POST /path`, or its documented name. */
					callHtml: string;
					notesHtml: string;
			  })
			| { documented: false; noteHtml: string };
		denyListHtml: string;
		versioningHtml: string;
		envelopeNotesHtml: string;
		typeFields: string[];
		dataField: string | null;
		idField: string;
	};
	eventCount: number;
	/** Where the copy-as-curl commands send a sample delivery. */
	receiverUrl: string;
	categories: CategoryModel[];
	envelopeRows: FieldRow[];
	headerRows: HeaderRow[];
	signing: PlatformConfig['signing'] & { secretNoteHtml?: string; noteHtml?: string };
	/** Receiver code for the platform's signing scheme, exactly as tested. */
	snippets: Snippet[];
	/** The first public event's first sample, signed: the worked example of the guide. */
	example?: { type: string; slug: string; json: string; headers: Record<string, string> };
	retry:
		| {
				documented: true;
				timeoutSeconds: number;
				attempts: { attempt: number; delay: string; at: string }[];
				totalAttempts: number;
				window: string;
				timelineSvg: string;
				deadLetterHtml: string;
				replayHtml: string;
				notesHtml: string;
		  }
		| { documented: false; noteHtml: string };
	downloads: { label: string; href: string; descriptionHtml: string }[];
	/** Every artifact, for the Downloads page (empty when the artifacts were not passed in). */
	downloadIndex: (Omit<DownloadEntry, 'purpose'> & { href: string; purposeHtml: string })[];
	/** Markdown twin of the catalog and of each guide, by route. */
	guideTwins: Record<string, string>;
	events: EventPageModel[];
	/** The changelog, the feed and the pages of released versions. */
	history: HistoryModel;
}

function buildRetryModel(retry: PlatformConfig['retry']): SiteModel['retry'] {
	if ('documented' in retry) return { documented: false, noteHtml: renderMarkdown(retry.note) };
	const attempts = buildAttempts(retry.schedule);
	return {
		documented: true,
		timeoutSeconds: retry.timeoutSeconds,
		attempts: attempts.map((a) => ({
			attempt: a.attempt,
			delay: a.attempt === 1 ? '—' : formatDuration(a.delaySeconds),
			at: formatDuration(a.atSeconds, '0 s'),
		})),
		totalAttempts: attempts.length,
		window: formatDuration(attempts.at(-1)!.atSeconds, '0 s'),
		timelineSvg: renderRetryTimeline(attempts, { deadLetter: Boolean(retry.deadLetter) }),
		deadLetterHtml: renderMarkdown(retry.deadLetter),
		replayHtml: renderMarkdown(retry.replay),
		notesHtml: renderMarkdown(retry.notes),
	};
}

const htmlRows = (rows: FieldRow[]) => rows.map((row) => ({ ...row, description: renderInline(row.description) }));

function headerRowsOf(platform: PlatformConfig, example?: Record<string, string>): HeaderRow[] {
	// Routes stay routes here: the Markdown renderer puts them under the base path.
	return describeHeaders(platform, example, (route) => route).map((header) => ({
		name: header.name,
		value: header.value,
		descriptionHtml: renderInline(header.description),
	}));
}

/** The envelope rows of one event's page, descriptions in Markdown (the Markdown twin uses them as is). */
export function envelopeFieldRows(registry: PlainRegistry, event: RegistryEvent): FieldRow[] {
	const { envelope } = registry.platform;
	const fields = new Set(envelopeFields(registry));
	return buildFieldRows(event.bodyJsonSchema)
		.filter((row) => row.depth === 0 && fields.has(row.name))
		.map((row) => (row.name === envelope.dataField ? { ...row, type: 'object' } : row));
}

function envelopeRowsFor(registry: Registry, event: RegistryEvent): EventPageModel['envelopeRows'] {
	const { dataField } = registry.platform.envelope;
	return htmlRows(envelopeFieldRows(registry, event)).map((row) =>
		row.name === dataField ? { ...row, description: `${row.description} See <a href="#data-schema">Data schema</a>.` } : row,
	);
}

/** The data rows of one event's page, descriptions in Markdown. */
export function dataFieldRows(registry: PlainRegistry, event: RegistryEvent): FieldRow[] {
	return payloadFieldRows(event.bodyJsonSchema, { dataField: registry.platform.envelope.dataField, fields: envelopeFields(registry) });
}

const dataRows = (registry: Registry, event: RegistryEvent): FieldRow[] => htmlRows(dataFieldRows(registry, event));

/** The costly parts of an event page that depend on the event (and its platform) alone. */
export type RenderedEvent = Pick<EventPageModel, 'samples' | 'descriptionHtml' | 'envelopeRows' | 'headerRows' | 'fields'> & {
	deprecatedMessageHtml?: string;
};

export interface SiteModelOptions {
	/** The releases, for the changelog and the events' history. */
	history?: History;
	/**
	 * The emitted downloads, which the Downloads page lists with their sizes (a file not among them
	 * shows its size once the build has made it: `fillDeferredSizes`). Without them, no list.
	 */
	artifacts?: Artifact[];
	/**
	 * Rendered parts of events seen before, kept by the dev server across reloads: an event
	 * object is reused only while neither its file nor the platform changed.
	 */
	renderedEvents?: WeakMap<RegistryEvent, RenderedEvent>;
}

/**
 * The Downloads page's list with each file's size; the dev server redoes it alone once the
 * downloads it makes after the first page is served are written.
 */
export function buildDownloadIndex(registry: Registry, artifacts: Artifact[] | undefined): SiteModel['downloadIndex'] {
	if (!artifacts) return [];
	useSiteUrl(siteUrlOf(registry.platform));
	return listDownloads(registry, publicEvents(registry), artifacts).map(({ purpose, ...entry }) => ({
		...entry,
		href: href(`/${entry.path}`),
		purposeHtml: renderInline(purpose),
	}));
}

export function buildSiteModel(
	registry: Registry,
	{ history = { entries: [], versions: new Map() }, artifacts, ...options }: SiteModelOptions = {},
): SiteModel {
	const { platform } = registry;
	const siteUrl = siteUrlOf(platform);
	// Links rendered here (Markdown, downloads) resolve under the site's base path.
	useSiteUrl(siteUrl);
	const events = publicEvents(registry);
	const summaryOf = (event: RegistryEvent): EventSummary => ({
		type: event.type,
		slug: event.slug,
		summary: event.summary,
		deprecated: Boolean(event.deprecated),
	});
	const categories: CategoryModel[] = platform.categories.map((category) => ({
		id: category.id,
		title: category.title,
		descriptionHtml: renderInline(category.description),
		events: events.filter((event) => event.category === category.id).map(summaryOf),
	}));
	const byType = new Map(events.map((event) => [event.type, event]));
	const signing = platform.signing;
	const historyModel = buildHistoryModel(history, registry, events);

	const rendered = (event: RegistryEvent): RenderedEvent => {
		let parts = options.renderedEvents?.get(event);
		if (!parts) {
			const samples = event.deliveries.map((delivery, index): SampleModel => {
				const headers = signedHeaders(platform, delivery);
				const sample: SampleModel = { name: delivery.name, json: delivery.json, bodyHtml: highlightJson(delivery.json), headers };
				if (index === 0 || !headersRoundTrip(headers)) sample.curl = toCurl(LOCAL_RECEIVER_URL, headers, delivery.json);
				return sample;
			});
			parts = {
				samples,
				descriptionHtml: renderMarkdown(event.description),
				deprecatedMessageHtml: event.deprecated && renderInline(event.deprecated.message),
				envelopeRows: envelopeRowsFor(registry, event),
				headerRows: headerRowsOf(platform, samples[0]?.headers),
				fields: dataRows(registry, event),
			};
			options.renderedEvents?.set(event, parts);
		}
		return parts;
	};

	const pages = events.map((event): EventPageModel => {
		const category = categories.find((c) => c.id === event.category)!;
		const index = category.events.findIndex((e) => e.slug === event.slug);
		const { samples, descriptionHtml, deprecatedMessageHtml, envelopeRows, headerRows, fields } = rendered(event);
		const replacedBy = event.deprecated?.replacedBy;
		return {
			type: event.type,
			slug: event.slug,
			category: { id: category.id, title: category.title },
			summary: event.summary,
			descriptionHtml,
			apiVersion: event.apiVersion,
			deprecated: event.deprecated && {
				messageHtml: deprecatedMessageHtml!,
				since: event.deprecated.since,
				sunset: event.deprecated.sunset,
				replacedBy: replacedBy
					? { type: replacedBy, href: byType.has(replacedBy) ? href(pagePath(byType.get(replacedBy)!.slug)) : undefined }
					: undefined,
			},
			envelopeRows,
			headerRows,
			fields,
			downloads: [
				{ label: `${event.slug}.json`, href: href(artifactRoute(ARTIFACT_PATHS.eventSchema(event.slug))) },
				{ label: `${category.id}.bundle.json`, href: href(artifactRoute(ARTIFACT_PATHS.categoryBundle(category.id))) },
				{ label: 'events.bundle.json', href: href(artifactRoute(ARTIFACT_PATHS.bundle)) },
				{ label: 'events.d.ts', href: href(artifactRoute(ARTIFACT_PATHS.types)) },
			],
			markdownHref: href(`/${twinPath(pagePath(event.slug))}`),
			samples,
			history: historyModel.events[event.slug],
			prev: category.events[index - 1],
			next: category.events[index + 1],
		};
	});

	const declared = new Set(envelopeFields(registry));
	const envelopeJson = buildFieldRows(
		(events[0]?.bodyJsonSchema ?? { properties: {} }) as JsonSchema,
	).filter((row) => row.depth === 0 && declared.has(row.name));

	return {
		platform: {
			name: platform.name,
			siteUrl,
			descriptionHtml: renderMarkdown(platform.description),
			primaryHost: platform.hosts.primary,
			legacyHosts: platform.hosts.legacy,
			catalogEndpoint: platform.catalogEndpoint && {
				method: platform.catalogEndpoint.method,
				url: `${platform.hosts.primary}${platform.catalogEndpoint.path}`,
				legacyUrls: platform.hosts.legacy.map((host) => `${host}${platform.catalogEndpoint!.path}`),
				notesHtml: renderInline(platform.catalogEndpoint.notes),
			},
			subscription:
				'documented' in platform.subscription
					? { documented: false, noteHtml: renderInline(platform.subscription.note) }
					: {
							...platform.subscription,
							documented: true,
							callHtml: platform.subscription.path
								? `<code>${escapeText(`${platform.subscription.method} ${platform.subscription.path}`)}</code>`
								: `the <em>${escapeText(platform.subscription.name!)}</em> call`,
							notesHtml: renderInline(platform.subscription.notes),
						},
			denyListHtml: renderMarkdown(platform.denyList.policy),
			versioningHtml: renderMarkdown(platform.versioning),
			envelopeNotesHtml: renderMarkdown(platform.envelope.notes),
			typeFields: platform.envelope.typeFields,
			dataField: platform.envelope.dataField,
			idField: platform.envelope.idField,
		},
		eventCount: events.length,
		receiverUrl: LOCAL_RECEIVER_URL,
		categories,
		envelopeRows: htmlRows(envelopeJson).map((row) =>
			platform.envelope.typeFields.includes(row.name) || row.name === platform.envelope.versionField
				? { ...row, type: 'string' }
				: row,
		),
		headerRows: headerRowsOf(platform),
		signing: {
			...signing,
			...(signing.scheme === 'none'
				? { noteHtml: renderMarkdown(signing.note) }
				: { secretNoteHtml: renderInline(signing.secretNote) }),
		},
		snippets: loadSnippets(signing),
		example: pages[0] && { type: pages[0].type, slug: pages[0].slug, json: pages[0].samples[0]!.json, headers: pages[0].samples[0]!.headers },
		retry: buildRetryModel(platform.retry),
		downloads: [
			{ label: 'events.bundle.json', href: href(artifactRoute(ARTIFACT_PATHS.bundle)), descriptionHtml: renderInline('JSON Schema of every public event (`oneOf` over `$defs`).') },
			...categories.map((category) => ({
				label: `${category.id}.bundle.json`,
				href: href(artifactRoute(ARTIFACT_PATHS.categoryBundle(category.id))),
				descriptionHtml: `JSON Schema of the ${escapeText(category.title)} events.`,
			})),
			{ label: 'events.d.ts', href: href(artifactRoute(ARTIFACT_PATHS.types)), descriptionHtml: 'TypeScript types for every event and their union.' },
			{ label: 'events.json', href: href(artifactRoute(ARTIFACT_PATHS.catalog)), descriptionHtml: 'The machine-readable catalog.' },
			...(signing.scheme === 'none'
				? []
				: [{ label: 'test-vectors.json', href: href(artifactRoute(ARTIFACT_PATHS.testVectors)), descriptionHtml: 'Signature test vectors.' }]),
		],
		downloadIndex: buildDownloadIndex(registry, artifacts),
		guideTwins: Object.fromEntries([ROUTES.catalog, ...GUIDE_TWINS].map((route) => [route, href(`/${twinPath(route)}`)])),
		events: pages,
		history: historyModel,
	};
}
