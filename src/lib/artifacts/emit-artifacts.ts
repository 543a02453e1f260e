/**
 * Every machine-readable download, computed from the registry as (path, content) pairs under
 * `dist/`. Only public events are passed in; internal ones never reach this module.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { ARTIFACT_PATHS } from './artifact-paths.ts';
import { ContentCache } from '../pipeline/content-cache.ts';
import { publicEvents, type PlainRegistry, type Registry, type RegistryEvent } from '../registry/model.ts';
import { emitBundle, emitEventSchema, schemaUrl, type JsonSchema } from '../schema/json-schema.ts';
import { buildTestVectors } from '../signing/test-vectors.ts';
import { deliveryHeaders } from '../site/delivery-headers.ts';
import { siteUrlOf, pageUrl } from '../site/urls.ts';
import { emitAsyncApi } from './asyncapi.ts';
import { emitLlmsTxt } from './llms-txt.ts';
import { emitMarkdownTwins } from './markdown-twins.ts';
import { emitOpenApi } from './openapi.ts';
import { buildSharedSchemas } from './shared-schemas.ts';
import { GENERATED } from './spec-common.ts';

export interface Artifact {
	/** Path under `dist/`, without a leading slash, e.g. `schemas/listing.created.json`. */
	path: string;
	content: string;
}

export function writeArtifact(root: string, artifact: Artifact): void {
	const target = path.join(root, artifact.path);
	mkdirSync(path.dirname(target), { recursive: true });
	writeFileSync(target, artifact.content);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const bundleEntries = (list: RegistryEvent[]) => list.map((event) => ({ event, body: event.bodyJsonSchema }));

/** Every public event in one JSON Schema document: the bundle download and the types' source. */
export function emitEventsBundle(registry: PlainRegistry) {
	const { platform } = registry;
	const fields = platform.envelope.typeFields;
	return emitBundle(
		'events.bundle',
		`${platform.name} webhook events`,
		`Every public ${platform.name} webhook event; the type field${fields.length > 1 ? 's' : ''} ${fields.join(' + ')} select${fields.length > 1 ? '' : 's'} the definition. ${GENERATED}`,
		bundleEntries(publicEvents(registry)),
		siteUrlOf(platform),
	);
}

/**
 * Every download. `types: false` and `formats: false` leave out the TypeScript types
 * (`emitTypesArtifact`) and the formats other tools read (`emitFormatArtifacts`): no page needs
 * them, so the build makes them while Astro renders.
 */
export async function emitArtifacts(
	registry: Registry,
	options: {
		types?: boolean;
		formats?: boolean;
		/** Event schemas already emitted for these very events (the dev server re-emits only edited ones). */
		eventSchemas?: WeakMap<RegistryEvent, Artifact>;
	} = {},
): Promise<Artifact[]> {
	const { platform } = registry;
	const siteUrl = siteUrlOf(platform);
	const events = publicEvents(registry);
	const artifacts: Artifact[] = [];

	for (const event of events) {
		let artifact = options.eventSchemas?.get(event);
		if (!artifact) {
			const schema = emitEventSchema(event, event.bodyJsonSchema, event.deliveries.map((d) => d.body), siteUrl);
			artifact = { path: ARTIFACT_PATHS.eventSchema(event.slug), content: json(schema) };
			options.eventSchemas?.set(event, artifact);
		}
		artifacts.push(artifact);
	}
	artifacts.push({ path: ARTIFACT_PATHS.bundle, content: json(emitEventsBundle(registry)) });
	for (const category of platform.categories) {
		const inCategory = events.filter((event) => event.category === category.id);
		const categoryBundle = emitBundle(
			`${category.id}.bundle`,
			`${platform.name} webhook events: ${category.title}`,
			`${category.description} ${GENERATED}`,
			bundleEntries(inCategory),
			siteUrl,
		);
		artifacts.push({ path: ARTIFACT_PATHS.categoryBundle(category.id), content: json(categoryBundle) });
	}

	if (options.types ?? true) artifacts.push(await emitTypesArtifact(registry));

	artifacts.push({
		path: ARTIFACT_PATHS.catalog,
		content: json({
			generated_by: GENERATED,
			platform: platform.name,
			source_of_truth: platform.catalogEndpoint ? `${platform.hosts.primary}${platform.catalogEndpoint.path}` : null,
			count: events.length,
			events: events.map((event) => ({
				type: event.type,
				category: event.category,
				summary: event.summary,
				api_version: event.apiVersion,
				deprecated: Boolean(event.deprecated),
				...(event.deprecated && {
					deprecation: {
						since: event.deprecated.since ?? null,
						sunset: event.deprecated.sunset ?? null,
						replaced_by: event.deprecated.replacedBy ?? null,
					},
				}),
				page_url: pageUrl(siteUrl, event.slug),
				schema_url: schemaUrl(siteUrl, event.slug),
			})),
		}),
	});

	const vectors = buildTestVectors(
		platform.signing,
		events.map((event) => {
			const first = event.deliveries[0]!;
			return {
				eventType: event.type,
				body: first.json,
				timestamp: first.timestamp,
				messageId: first.messageId,
				nonce: first.nonce,
				extraHeaders: deliveryHeaders(platform, first.body),
			};
		}),
	);
	if (vectors) artifacts.push({ path: ARTIFACT_PATHS.testVectors, content: json(vectors) });

	if (options.formats ?? true) artifacts.push(...emitFormatArtifacts(registry));
	return artifacts;
}

/**
 * The formats other tools read: OpenAPI, AsyncAPI (both over the same shared schemas), the
 * Markdown twins of the pages and llms.txt. Public events only, like every artifact. Yielded one
 * by one so that a caller writing each out holds one large document at a time, not all of them.
 */
export function* emitFormatArtifacts(registry: PlainRegistry): Generator<Artifact> {
	const events = publicEvents(registry);
	const signed = registry.platform.signing.scheme !== 'none';
	const shared = buildSharedSchemas(registry, events);
	// Without indentation: read by tools, not people (they read the pages and the twins), and the
	// largest downloads: at 5,000 events indenting them doubles them (to 170 MB) and takes a third
	// of the formats' time. `jq . openapi.json` shows them indented.
	yield { path: ARTIFACT_PATHS.openapi, content: JSON.stringify(emitOpenApi(registry, events, shared)) };
	yield { path: ARTIFACT_PATHS.asyncapi, content: JSON.stringify(emitAsyncApi(registry, events, shared)) };
	const twins = emitMarkdownTwins(registry, events);
	yield* twins;
	yield* emitLlmsTxt(registry, events, new Map(twins.map((twin) => [twin.path, twin.content])), [
		['OpenAPI 3.1', ARTIFACT_PATHS.openapi, 'every event as an OpenAPI `webhooks` entry'],
		['AsyncAPI 3.0', ARTIFACT_PATHS.asyncapi, 'every event as a channel, `send` operation and message'],
		['JSON Schema bundle', ARTIFACT_PATHS.bundle, 'JSON Schema (draft 2020-12) of every event'],
		['TypeScript types', ARTIFACT_PATHS.types, 'the `WebhookEvent` union'],
		['Catalog', ARTIFACT_PATHS.catalog, 'the machine-readable list of events'],
		...(signed ? [['Signature test vectors', ARTIFACT_PATHS.testVectors, 'valid and tampered deliveries'] as [string, string, string]] : []),
	]);
}

/** TypeScript declarations for every public event and the union of them all. */
export async function emitTypesArtifact(registry: PlainRegistry): Promise<Artifact> {
	const cache = new ContentCache<string>('types');
	const content = await emitTypes(emitEventsBundle(registry), { cache });
	cache.save();
	return { path: ARTIFACT_PATHS.types, content };
}

/** The declarations of a bundle (`emitBundle`): one event at a time when that gives the same text. */
export async function emitTypes(bundle: JsonSchema, options: { cache?: ContentCache<string>; whole?: boolean } = {}): Promise<string> {
	const cache = options.cache ?? new ContentCache<string>('types');
	return (!options.whole && (await emitTypesByEvent(bundle, cache))) || emitTypesWhole(bundle, cache);
}

/** The union of every event's type, which the whole compile names after the bundle's title. */
const UNION_NAME = 'WebhookEvent';
const TYPE_OPTIONS = { additionalProperties: false, format: false, strictIndexSignatures: true, unreachableDefinitions: false } as const;
type CompileSchema = Parameters<typeof compile>[0];

/**
 * The declarations made one event at a time, each cached by its own schema: json-schema-to-typescript
 * is slow at scale (~5 s at 2,000 events), and a rebuild after a one-event change then compiles one.
 * The text equals the whole bundle's compile (checked on every registry we have) as long as each
 * event declares one name of its own; undefined otherwise (a `$ref`, or a nested `title` that makes
 * a declaration of its own, whose names the whole compile would tell apart), for `emitTypesWhole`.
 */
async function emitTypesByEvent(bundle: JsonSchema, cache: ContentCache<string>): Promise<string | undefined> {
	const defs = bundle.$defs as Record<string, JsonSchema>;
	const names: string[] = [];
	const declarations: string[] = [];
	for (const slug of Object.keys(defs)) {
		const text = JSON.stringify(defs[slug]);
		if (text.includes('"$ref"')) return undefined;
		const declaration = await cache.getAsync(`event ${slug} ${text}`, () => compile(defs[slug] as CompileSchema, slug, { ...TYPE_OPTIONS, bannerComment: '' }));
		const declared = [...declaration.matchAll(/^export (?:interface|type|enum|const enum) (\w+)/gm)].map((match) => match[1]!);
		if (declared.length !== 1) return undefined;
		names.push(declared[0]!);
		declarations.push(declaration);
	}
	if (new Set([...names, UNION_NAME]).size !== names.length + 1) return undefined;
	// The union, with the bundle's description, as the whole compile writes it.
	const union = await compile({ title: UNION_NAME, description: bundle.description, tsType: `(${names.join(' | ')})` } as CompileSchema, UNION_NAME, {
		...TYPE_OPTIONS,
		bannerComment: `/* ${GENERATED} */`,
	});
	return `${union}\n${declarations.join('')}`;
}

/** json-schema-to-typescript over the whole bundle, cached by it. */
async function emitTypesWhole(bundle: JsonSchema, cache: ContentCache<string>): Promise<string> {
	const { $id: _id, ...schema }: Record<string, unknown> = { ...bundle, title: UNION_NAME };
	return cache.getAsync(JSON.stringify(bundle), () => compile(schema as CompileSchema, UNION_NAME, { ...TYPE_OPTIONS, bannerComment: `/* ${GENERATED} */` }));
}
