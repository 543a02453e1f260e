/**
 * Everything the pages render, computed once per build from the validated registry and written
 * to `.hookref/site.json`. Astro pages only read this model; they compute nothing. Internal
 * events are dropped here, before anything can render them.
 */
import { ARTIFACT_PATHS } from '../artifacts/emit-artifacts.ts';
import { publicEvents, type Registry, type RegistryEvent } from '../registry/model.ts';
import type { PlatformConfig } from '../registry/platform-config.ts';
import { buildAttempts, formatDuration } from '../retry/retry-schedule.ts';
import { renderRetryTimeline } from '../retry/retry-timeline.ts';
import { buildFieldRows, type FieldRow } from '../schema/field-rows.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import { signedHeaders, toCurl } from './delivery-headers.ts';
import { highlightJson } from './highlight-json.ts';
import { escapeText } from './html.ts';
import { renderInline, renderMarkdown } from './markdown.ts';
import { siteUrlOf, pagePath } from './urls.ts';
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
	curl: string;
}

export interface EventPageModel {
	type: string;
	slug: string;
	category: { id: string; title: string };
	summary: string;
	descriptionHtml: string;
	apiVersion: string;
	deprecated?: { messageHtml: string; since?: string; replacedBy?: { type: string; href?: string } };
	/** Envelope fields; fixed values (type fields, version) show as constants in their type. */
	envelopeRows: FieldRow[];
	headerRows: HeaderRow[];
	fields: FieldRow[];
	downloads: { label: string; href: string }[];
	samples: SampleModel[];
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
	categories: CategoryModel[];
	envelopeRows: FieldRow[];
	headerRows: HeaderRow[];
	signing: PlatformConfig['signing'] & { secretNoteHtml?: string; noteHtml?: string };
	/** Receiver code for the platform's signing scheme, exactly as tested. */
	snippets: Snippet[];
	/** The first public event's first sample, signed: the worked example of the guide. */
	example?: { type: string; json: string; headers: Record<string, string> };
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
	events: EventPageModel[];
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
	const rows: HeaderRow[] = platform.headers.map((header) => ({
		name: header.name,
		value: example?.[header.name] ?? header.value,
		descriptionHtml: renderInline(header.description),
	}));
	const { signing } = platform;
	if (signing.scheme === 'hmac-sha256') {
		const prefix = signing.signaturePrefix;
		rows.push(
			{
				name: signing.signatureHeader,
				value: example?.[signing.signatureHeader] ?? `${prefix}<hex HMAC-SHA256>`,
				descriptionHtml: renderInline(`\`${prefix}\` followed by the lowercase hex HMAC-SHA256 of \`<timestamp>.<raw body>\`. See [Verification](/guides/verification/).`),
			},
			{
				name: signing.timestampHeader,
				value: example?.[signing.timestampHeader] ?? '<unix seconds>',
				descriptionHtml: renderInline('Unix seconds when the delivery was signed; part of the signed string.'),
			},
		);
	} else if (signing.scheme === 'standard-webhooks') {
		rows.push(
			{ name: 'webhook-id', value: example?.['webhook-id'] ?? '<message id>', descriptionHtml: renderInline('Unique message id; the same across retries. Part of the signed string.') },
			{ name: 'webhook-timestamp', value: example?.['webhook-timestamp'] ?? '<unix seconds>', descriptionHtml: renderInline('Unix seconds when the delivery was signed; part of the signed string.') },
			{ name: 'webhook-signature', value: example?.['webhook-signature'] ?? 'v1,<base64>', descriptionHtml: renderInline('Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<id>.<timestamp>.<body>`. See [Verification](/guides/verification/).') },
		);
	}
	return rows;
}

function envelopeRowsFor(registry: Registry, event: RegistryEvent): EventPageModel['envelopeRows'] {
	const { envelope } = registry.platform;
	const envelopeFields = new Set(Object.keys(envelope.schema.shape));
	const rows = buildFieldRows(event.bodyJsonSchema).filter((row) => row.depth === 0 && envelopeFields.has(row.name));
	return htmlRows(rows).map((row) =>
		row.name === envelope.dataField ? { ...row, type: 'object', description: `${row.description} See <a href="#data-schema">Data schema</a>.` } : row,
	);
}

function dataRows(registry: Registry, event: RegistryEvent): FieldRow[] {
	const { envelope } = registry.platform;
	const schema = event.bodyJsonSchema;
	if (envelope.dataField) return htmlRows(buildFieldRows(schema.properties![envelope.dataField] as JsonSchema));
	// Flat envelope: the event's own fields are the top-level fields the envelope does not declare.
	const envelopeFields = new Set(Object.keys(envelope.schema.shape));
	const rows = buildFieldRows(schema);
	const own = rows.filter((row) => !envelopeFields.has(row.path.split(/[.[]/)[0]!));
	return htmlRows(own);
}

/** The costly parts of an event page that depend on the event (and its platform) alone. */
export type RenderedEvent = Pick<EventPageModel, 'samples' | 'descriptionHtml' | 'envelopeRows' | 'headerRows' | 'fields'> & {
	deprecatedMessageHtml?: string;
};

export function buildSiteModel(
	registry: Registry,
	options: {
		/**
		 * Rendered parts of events seen before, kept by the dev server across reloads: an event
		 * object is reused only while neither its file nor the platform changed.
		 */
		renderedEvents?: WeakMap<RegistryEvent, RenderedEvent>;
	} = {},
): SiteModel {
	const { platform } = registry;
	const siteUrl = siteUrlOf(platform);
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

	const rendered = (event: RegistryEvent): RenderedEvent => {
		let parts = options.renderedEvents?.get(event);
		if (!parts) {
			const samples = event.deliveries.map((delivery) => {
				const headers = signedHeaders(platform, delivery);
				return { name: delivery.name, json: delivery.json, bodyHtml: highlightJson(delivery.json), headers, curl: toCurl(LOCAL_RECEIVER_URL, headers, delivery.json) };
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
				replacedBy: replacedBy
					? { type: replacedBy, href: byType.has(replacedBy) ? pagePath(byType.get(replacedBy)!.slug) : undefined }
					: undefined,
			},
			envelopeRows,
			headerRows,
			fields,
			downloads: [
				{ label: `${event.slug}.json`, href: `/${ARTIFACT_PATHS.eventSchema(event.slug)}` },
				{ label: `${category.id}.bundle.json`, href: `/${ARTIFACT_PATHS.categoryBundle(category.id)}` },
				{ label: 'events.bundle.json', href: `/${ARTIFACT_PATHS.bundle}` },
				{ label: 'events.d.ts', href: `/${ARTIFACT_PATHS.types}` },
			],
			samples,
			prev: category.events[index - 1],
			next: category.events[index + 1],
		};
	});

	const envelopeJson = buildFieldRows(
		(events[0]?.bodyJsonSchema ?? { properties: {} }) as JsonSchema,
	).filter((row) => row.depth === 0 && row.name in platform.envelope.schema.shape);

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
		example: pages[0] && { type: pages[0].type, json: pages[0].samples[0]!.json, headers: pages[0].samples[0]!.headers },
		retry: buildRetryModel(platform.retry),
		downloads: [
			{ label: 'events.bundle.json', href: `/${ARTIFACT_PATHS.bundle}`, descriptionHtml: renderInline('JSON Schema of every public event (`oneOf` over `$defs`).') },
			...categories.map((category) => ({
				label: `${category.id}.bundle.json`,
				href: `/${ARTIFACT_PATHS.categoryBundle(category.id)}`,
				descriptionHtml: `JSON Schema of the ${category.title} events.`,
			})),
			{ label: 'events.d.ts', href: `/${ARTIFACT_PATHS.types}`, descriptionHtml: 'TypeScript types for every event and their union.' },
			{ label: 'events.json', href: `/${ARTIFACT_PATHS.catalog}`, descriptionHtml: 'The machine-readable catalog.' },
			...(signing.scheme === 'none'
				? []
				: [{ label: 'test-vectors.json', href: `/${ARTIFACT_PATHS.testVectors}`, descriptionHtml: 'Signature test vectors.' }]),
		],
		events: pages,
	};
}
