/**
 * Markdown twins: `events/<slug>.md` beside every public event page and `guides/<name>.md` beside
 * the guides, for coding assistants and "Copy page as Markdown". They are built from the same rows
 * and samples as the pages (`envelopeFieldRows`, `dataFieldRows`, the deliveries), so a twin lists
 * the same fields in the same order and the same sample bytes as its page.
 */
import type { RegistryEvent, PlainRegistry } from '../registry/model.ts';
import type { PlainPlatform } from '../registry/model.ts';
import { buildAttempts, formatDuration } from '../retry/retry-schedule.ts';
import { summarizeRetryPolicy } from '../retry/retry-summary.ts';
import type { FieldRow } from '../schema/field-rows.ts';
import { schemaUrl } from '../schema/json-schema.ts';
import { loadSnippets } from '../signing/snippets.ts';
import { describeHeaders, signedHeaders, type HeaderDoc } from '../site/delivery-headers.ts';
import { EVENT_PAGE_SECTIONS } from '../site/sections.ts';
import { dataFieldRows, envelopeFieldRows } from '../site/site-model.ts';
import { categoryAnchor, pagePath, ROUTES, siteUrlOf } from '../site/urls.ts';
import { GENERATED, signingSummary } from './spec-common.ts';
import type { Artifact } from './emit-artifacts.ts';

/** The twin of a page route: `/events/x/` → `events/x.md`, `/` → `index.md`. */
export function twinPath(route: string): string {
	const trimmed = route.replace(/^\/|\/$/g, '');
	return `${trimmed || 'index'}.md`;
}

/** The guides that have twins, by route. */
export const GUIDE_TWINS = [ROUTES.envelope, ROUTES.verification, ROUTES.retries] as const;

/** A table cell: one line, pipes escaped. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|').trim();
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** Code fence long enough for any backticks inside. */
function fence(text: string, lang = ''): string {
	const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const ticks = '`'.repeat(longest + 1);
	return `${ticks}${lang}\n${text}\n${ticks}`;
}

export function fieldTable(rows: FieldRow[]): string {
	if (rows.length === 0) return '_No fields._';
	const lines = ['| Field | Type | Required | Description |', '|---|---|---|---|'];
	for (const row of rows) {
		const type = [code(row.type), ...(row.nullable ? ['nullable'] : []), ...row.format].join(', ');
		const notes = [
			row.description,
			...(row.pattern ? [`Pattern: ${code(row.pattern)}`] : []),
			...(row.enumValues.length > 0 ? [`One of: ${row.enumValues.map(code).join(', ')}`] : []),
		].filter(Boolean);
		lines.push(`| ${code(row.path)} | ${cell(type)} | ${row.required ? 'yes' : 'no'} | ${cell(notes.join(' '))} |`);
	}
	return lines.join('\n');
}

function headerTable(headers: HeaderDoc[]): string {
	const lines = ['| Header | Value | Description |', '|---|---|---|'];
	for (const header of headers) lines.push(`| ${code(header.name)} | ${code(header.value)} | ${cell(header.description)} |`);
	return lines.join('\n');
}

function retryMarkdown(platform: PlainPlatform): string {
	const { retry, envelope, signing } = platform;
	const summary = summarizeRetryPolicy(retry);
	const parts = [summary.acknowledged, summary.failure];
	if (!('documented' in retry)) {
		const attempts = buildAttempts(retry.schedule);
		parts.push(
			[
				'| Attempt | Delay before it | Time since the first attempt |',
				'|---|---|---|',
				...attempts.map((a) => `| ${a.attempt === 1 ? '1 (first delivery)' : a.attempt} | ${a.attempt === 1 ? '—' : formatDuration(a.delaySeconds)} | ${formatDuration(a.atSeconds, '0 s')} |`),
			].join('\n'),
		);
		if (retry.replay) parts.push(retry.replay);
		if (retry.notes) parts.push(retry.notes);
	}
	const nonce = signing.scheme === 'hmac-sha256' ? `, while ${code(signing.nonceField)} changes on every attempt` : '';
	parts.push(
		`${code(envelope.idField)} identifies the event${'documented' in retry ? '' : ' and stays the same across retries and replays'}${nonce}. ` +
			`Deduplicate on ${code(envelope.idField)}: record it when you accept a delivery and answer 2xx without reprocessing when you see it again.`,
	);
	return parts.join('\n\n');
}

function frontMatter(title: string, description: string, url: string): string {
	// Quoted YAML scalars: JSON strings are valid YAML.
	return `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\nurl: ${JSON.stringify(url)}\n---\n<!-- ${GENERATED} -->`;
}

interface TwinContext {
	registry: PlainRegistry;
	siteUrl: string;
	link: (route: string) => string;
}

function contextOf(registry: PlainRegistry): TwinContext {
	const siteUrl = siteUrlOf(registry.platform);
	return { registry, siteUrl, link: (route) => `${siteUrl}${route}` };
}

export function eventMarkdown(registry: PlainRegistry, event: RegistryEvent, ctx: TwinContext = contextOf(registry)): string {
	const { platform } = registry;
	const { link } = ctx;
	const category = platform.categories.find((c) => c.id === event.category)!;
	const samples = event.deliveries.map((delivery) => ({ delivery, headers: signedHeaders(platform, delivery) }));
	const first = samples[0]!;
	const section = (slug: (typeof EVENT_PAGE_SECTIONS)[number]['slug']) => `## ${EVENT_PAGE_SECTIONS.find((s) => s.slug === slug)!.text}`;
	const out: string[] = [frontMatter(event.type, event.summary, link(pagePath(event.slug))), `# ${event.type}`, event.summary];

	const facts = [
		`- Category: [${category.title}](${link(categoryAnchor(category.id))})`,
		`- api_version: ${code(event.apiVersion)}`,
		`- JSON Schema: ${schemaUrl(ctx.siteUrl, event.slug)}`,
	];
	if (event.deprecated) {
		const since = event.deprecated.since ? ` since ${event.deprecated.since}` : '';
		const instead = event.deprecated.replacedBy ? ` Use ${code(event.deprecated.replacedBy)} instead.` : '';
		facts.push(`- **Deprecated${since}.** ${cell(event.deprecated.message)}${instead}`);
	}
	out.push(facts.join('\n'), event.description);

	out.push(
		section('envelope'),
		`Every ${platform.name} delivery wraps the event in the same [envelope](${link(ROUTES.envelope)}). ` +
			(platform.envelope.dataField
				? `For this event the envelope carries these values, and ${code(platform.envelope.dataField)} holds the payload below.`
				: "This platform's envelope is flat: the event's fields sit beside the envelope fields."),
		fieldTable(envelopeFieldRows(registry, event)),
	);
	const headers = describeHeaders(platform, first.headers, link);
	if (headers.length > 0) out.push('Delivery headers (values of the first sample):', headerTable(headers));

	out.push(section('data-schema'), fieldTable(dataFieldRows(registry, event)));

	out.push(
		section('sample-payload'),
		`The full delivery body${samples.length > 1 ? ` of each of the ${samples.length} samples` : ''}, exactly as sent.` +
			(platform.signing.scheme === 'none' ? '' : ` Signed with the test secret ${code(platform.signing.testSecret)}.`),
	);
	for (const { delivery, headers: sampleHeaders } of samples) {
		out.push(
			`### ${delivery.name}`,
			fence(delivery.json, 'json'),
			'Headers:',
			fence(Object.entries(sampleHeaders).map(([name, value]) => `${name}: ${value}`).join('\n'), 'http'),
		);
	}

	out.push(section('retry-behaviour'), retryMarkdown(platform));
	out.push(section('verification'), signingSummary(platform, link));
	const { signing } = platform;
	if (signing.scheme === 'hmac-sha256') {
		out.push(`For the first sample, the signature with the test secret is ${code(first.headers[signing.signatureHeader]!)}.`);
	} else if (signing.scheme === 'standard-webhooks') {
		out.push(`For the first sample, the signature with the test secret is ${code(first.headers['webhook-signature']!)}.`);
	}
	return `${out.join('\n\n')}\n`;
}

function guideMarkdown(route: (typeof GUIDE_TWINS)[number], ctx: TwinContext): string {
	const { registry, link } = ctx;
	const { platform } = registry;
	const events = registry.events.filter((e) => e.visibility === 'public');
	if (route === ROUTES.envelope) {
		const example = events[0];
		const rows = example
			? envelopeFieldRows(registry, example).map((row) =>
					platform.envelope.typeFields.includes(row.name) || row.name === platform.envelope.versionField ? { ...row, type: 'string', enumValues: [] } : row,
				)
			: [];
		return [
			frontMatter('Envelope', `The fields and headers shared by every ${platform.name} delivery.`, link(route)),
			'# Envelope',
			'Every delivery is an HTTPS `POST` whose JSON body has the same envelope. ' +
				(platform.envelope.dataField
					? `The event-specific payload is in ${code(platform.envelope.dataField)}; its shape is documented on each event's page and locked by the event's API version.`
					: "The envelope is flat: each event's own fields sit at the top level beside these, as documented on each event's page."),
			...(platform.envelope.notes ? [platform.envelope.notes] : []),
			'## Fields',
			fieldTable(rows),
			'## Headers',
			headerTable(describeHeaders(platform, undefined, link)),
		].join('\n\n') + '\n';
	}
	if (route === ROUTES.retries) {
		return [
			frontMatter('Retries and delivery', `When ${platform.name} retries a delivery, and how to receive each event once.`, link(route)),
			'# Retries and delivery',
			'## Policy',
			retryMarkdown(platform),
		].join('\n\n') + '\n';
	}
	const { signing } = platform;
	const title = signing.scheme === 'none' ? 'Verification' : 'Verifying signatures';
	const out = [frontMatter(title, `How to check that a delivery really comes from ${platform.name}.`, link(route)), `# ${title}`];
	if (signing.scheme === 'none') {
		out.push('## Deliveries are not signed', signing.note);
	} else {
		out.push(
			`Anyone can send a request to your endpoint. Before you trust a delivery, check that it was signed with your endpoint's secret and that it is fresh. ${signing.secretNote}`,
			'## The contract',
			headerTable(describeHeaders(platform, undefined, link)),
			signingSummary(platform, link),
			'## Code',
			...loadSnippets(signing).flatMap((snippet) => [`### ${snippet.language}`, fence(snippet.code, snippet.lang)]),
			'## Test vectors',
			`Signed and tampered deliveries to test a receiver against: ${link('/verification/test-vectors.json')}`,
		);
	}
	return `${out.join('\n\n')}\n`;
}

/** The catalog: one table per category, each event linking its twin, in the page's order. */
function catalogMarkdown(events: RegistryEvent[], ctx: TwinContext): string {
	const { registry, link } = ctx;
	const { platform } = registry;
	const categories = platform.categories.filter((category) => events.some((event) => event.category === category.id));
	const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
	const out = [
		frontMatter('Webhook events', `The ${events.length} public ${platform.name} webhook event types.`, link(ROUTES.catalog)),
		'# Webhook events',
		`${platform.name} emits **${plural(events.length, 'public webhook event type')}** in ${plural(categories.length, 'category', 'categories')}. ` +
			`Each links its reference in Markdown. Events not listed here are on the [deny list](${link(ROUTES.denyList)}) and cannot be subscribed to.`,
	];
	for (const category of categories) {
		const rows = events
			.filter((event) => event.category === category.id)
			.map((event) => `| [${code(event.type)}](${link(`/${twinPath(pagePath(event.slug))}`)})${event.deprecated ? ' (deprecated)' : ''} | ${cell(event.summary)} |`);
		out.push(`## ${category.title}`, category.description, ['| Event type | Description |', '|---|---|', ...rows].join('\n'));
	}
	out.push('## Downloads', `Every machine-readable file, with its size and how to use it: ${link(ROUTES.downloads)}`);
	return `${out.join('\n\n')}\n`;
}

/** Every twin: one per public event, one per guide, and the catalog's. */
export function emitMarkdownTwins(registry: PlainRegistry, events: RegistryEvent[]): Artifact[] {
	const ctx = contextOf(registry);
	return [
		{ path: twinPath(ROUTES.catalog), content: catalogMarkdown(events, ctx) },
		...events.map((event) => ({ path: twinPath(pagePath(event.slug)), content: eventMarkdown(registry, event, ctx) })),
		...GUIDE_TWINS.map((route) => ({ path: twinPath(route), content: guideMarkdown(route, ctx) })),
	];
}
