/**
 * Checks that need the whole registry: names, categories, descriptions and samples. Samples are
 * checked twice, by zod and by ajv against the emitted JSON Schema, so the two cannot disagree.
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { z } from 'zod';
import { createAjv, validationSchema } from '../schema/ajv.ts';
import { convertBodySchema, findUndocumentedFields, findUnknownKeys, type JsonSchema } from '../schema/json-schema.ts';
import { buildBodySchema } from './body-schema.ts';
import { formatPath, type RegistryIssue } from './errors.ts';
import type { EventDefinition } from './event-definition.ts';
import { slugifyType, typeValuesOf, type Registry, type RegistryEvent } from './model.ts';
import type { PlatformConfig } from './platform-config.ts';
import { buildSampleDeliveries } from './sample-deliveries.ts';
import { RESERVED_SLUGS } from '../site/urls.ts';
import { closestName } from './closest-name.ts';
import { findInternalNames, findUnsafeCharacters, schemaTexts, valueTexts, type TextAt } from './registry-text.ts';
import { describeReference, findSchemaReferences } from './schema-references.ts';
import { ContentCache } from '../pipeline/content-cache.ts';

/**
 * What `checkEvent` found for one event, kept by the dev server so that a save re-checks only
 * the events it touched. Keyed by the event's `data` schema, which is the same object as long as
 * its file was not re-imported; valid while the platform's envelope schema is the same object.
 */
export type CheckedEventCache = WeakMap<z.ZodObject, { envelope: z.ZodObject; file: string; names: string; event?: RegistryEvent; issues: RegistryIssue[] }>;

/**
 * An event file as the load found it: imported, with the definition it exports, or unchanged
 * since a build that checked it (`checked`, load-cache.ts): what a check of it finds depends on
 * its sources, platform.ts and the internal names, and that build found nothing.
 */
export type LoadedEvent = { file: string; definition: EventDefinition } | { file: string; checked: RegistryEvent };

/** The internal names as one string: what a checked event was checked against (dev's and the load cache's key part). */
export const internalNamesKey = (names: Set<string>) => [...names].join('\n');

/** The names public text must not contain: every internal event's type and slug, in file order. */
export function internalNamesOf(loaded: LoadedEvent[]): Set<string> {
	return new Set(
		loaded
			.map((event) => ('checked' in event ? event.checked : event.definition))
			.filter((definition) => definition.visibility === 'internal')
			.flatMap((definition) => [definition.type, slugifyType(definition.type)]),
	);
}

export function validateRegistry(
	dir: string,
	platform: PlatformConfig,
	loadedEvents: LoadedEvent[],
	options: {
		/** Some event files failed to load, so their categories are unknown: skip the empty-category check. */
		partial?: boolean;
		/** Leave the ajv check of samples to the caller (`checkRegistryWithJsonSchema`). */
		deferJsonSchemaCheck?: boolean;
		checkedEvents?: CheckedEventCache;
	} = {},
): { registry: Registry; issues: RegistryIssue[] } {
	const { partial = false, deferJsonSchemaCheck = false } = options;
	const issues: RegistryIssue[] = [];
	const platformFile = `${dir.replace(/\/$/, '')}/platform.ts`;
	const internalNames = internalNamesOf(loadedEvents);
	const definitions = loadedEvents.map((loaded) => ('checked' in loaded ? loaded.checked : loaded.definition));
	// Undefined when zod cannot convert it: reported with every event, whose bodies include it.
	let envelopeJsonSchema: JsonSchema | undefined;
	try {
		envelopeJsonSchema = convertBodySchema(platform.envelope.schema);
	} catch {}
	issues.push(...checkEnvelope(platform, envelopeJsonSchema, platformFile));
	issues.push(...checkPlatformText(platform, envelopeJsonSchema, platformFile, internalNames));

	const categoryIds = platform.categories.map((category) => category.id);
	const knownTypes = new Set(definitions.map((definition) => definition.type));
	const seenTypes = new Map<string, string>();
	const seenSlugs = new Map<string, string>();
	// Files differing only in case are one file on macOS and Windows.
	const seenFoldedSlugs = new Map<string, string>();
	const reservedSlugs = new Set([...RESERVED_SLUGS, 'events.bundle', ...categoryIds.map((id) => `${id}.bundle`)]);
	const events: RegistryEvent[] = [];
	const ajv = deferJsonSchemaCheck ? undefined : createAjv();

	// The dev server's cache of checked events: what a check finds depends on the platform's
	// envelope and, among the other events, only on the internal names.
	const envelope = platform.envelope.schema;
	const names = internalNamesKey(internalNames);
	for (const [index, loaded] of loadedEvents.entries()) {
		const { file } = loaded;
		const definition = definitions[index]!;
		const where = { file, event: definition.type };
		const before = issues.length;
		if (!platform.eventTypePattern.test(definition.type)) {
			issues.push({ ...where, path: 'type', message: `"${definition.type}" is not a valid event type: it must match ${platform.eventTypePattern}.` });
		}
		const duplicateOf = seenTypes.get(definition.type);
		if (duplicateOf) {
			issues.push({ ...where, path: 'type', message: `duplicate event type: "${definition.type}" is also defined in ${duplicateOf}.` });
		}
		seenTypes.set(definition.type, file);
		const slug = slugifyType(definition.type);
		const slugOwner = seenSlugs.get(slug) ?? seenFoldedSlugs.get(slug.toLowerCase());
		const urlProblem = checkSlug(slug);
		if (urlProblem) {
			issues.push({ ...where, path: 'type', message: `"${definition.type}" makes no usable URL: ${urlProblem}` });
		} else if (slugOwner && !duplicateOf) {
			issues.push({ ...where, path: 'type', message: `its URL /events/${slug}/ collides with the event in ${slugOwner}; rename one of them.` });
		}
		seenSlugs.set(slug, file);
		seenFoldedSlugs.set(slug.toLowerCase(), file);
		if (reservedSlugs.has(slug)) {
			const taken = RESERVED_SLUGS.has(slug) ? `the fixed page /events/${slug}/` : `the download /schemas/${slug}.json`;
			issues.push({ ...where, path: 'type', message: `"${definition.type}" would take the URL of ${taken}; rename it.` });
		}
		if ('definition' in loaded) issues.push(...checkDefinitionText(loaded.definition, where, internalNames));
		const replacedBy = definition.deprecated?.replacedBy;
		if (replacedBy !== undefined && !internalNames.has(replacedBy)) {
			if (replacedBy === definition.type) {
				issues.push({ ...where, path: 'deprecated.replacedBy', message: 'names the event itself. Name the event that replaces it.' });
			} else if (!knownTypes.has(replacedBy)) {
				const hint = closestName(replacedBy, knownTypes);
				issues.push({ ...where, path: 'deprecated.replacedBy', message: `names no event: "${replacedBy}" is not a type in this registry.${hint ? ` Did you mean "${hint}"?` : ''}` });
			}
		}
		if (!categoryIds.includes(definition.category)) {
			issues.push({ ...where, path: 'category', message: `unknown category "${definition.category}". Declared categories: ${categoryIds.join(', ')}.` });
		}
		const typeValues = typeValuesOf(definition.type, platform.envelope);
		if (!typeValues) {
			issues.push({ ...where, path: 'type', message: `must have ${platform.envelope.typeFields.length} parts separated by "${platform.envelope.typeSeparator}" (one per envelope field ${platform.envelope.typeFields.join(', ')}).` });
		}
		if (!platform.envelope.dataField && 'definition' in loaded) {
			for (const field of Object.keys(loaded.definition.data.shape)) {
				if (field in platform.envelope.schema.shape) {
					issues.push({ ...where, path: `data.${field}`, message: `collides with the envelope field "${field}" (this platform's envelope is flat).` });
				}
			}
		}
		if (issues.length > before || !typeValues) continue;
		if ('checked' in loaded) {
			if (ajv) issues.push(...checkSamplesWithJsonSchema(platform, loaded.checked, ajv));
			events.push(loaded.checked);
			continue;
		}

		let checked = options.checkedEvents?.get(loaded.definition.data);
		if (!checked || checked.envelope !== envelope || checked.file !== file || checked.names !== names) {
			const eventIssues: RegistryIssue[] = [];
			const event = checkEvent(platform, { file, slug, typeValues, definition: loaded.definition }, ajv, eventIssues, { platformFile, internalNames });
			checked = { envelope, file, names, event, issues: eventIssues };
			options.checkedEvents?.set(loaded.definition.data, checked);
		}
		issues.push(...checked.issues);
		if (checked.event) events.push(checked.event);
	}

	const order = new Map(categoryIds.map((id, i) => [id, i]));
	events.sort((a, b) => order.get(a.category)! - order.get(b.category)! || a.type.localeCompare(b.type));
	for (const category of partial ? [] : platform.categories) {
		const hasPublic = definitions.some((definition) => definition.category === category.id && definition.visibility === 'public');
		if (!hasPublic) {
			issues.push({ file: platformFile, path: `categories.${category.id}`, message: `category "${category.id}" is empty: it has no public event. Add one or remove the category.` });
		}
	}
	return { registry: { dir, platform, events, envelopeJsonSchema: envelopeJsonSchema ?? {} }, issues };
}

/** Why a slug cannot be a page URL and file name, or undefined when it can. */
function checkSlug(slug: string): string | undefined {
	if (slug.startsWith('.') || slug.endsWith('.')) return `/events/${slug}/ starts or ends with ".", which browsers and file systems treat as a path step or a hidden file.`;
	if (!/[A-Za-z0-9]/.test(slug)) return 'it needs at least one letter or digit.';
	if (slug.length > 200) return `it is ${slug.length} characters long; file names stop at 255 bytes. Keep it under 200.`;
	return undefined;
}

/** The text of an event file (samples included); public events' text must not name internal events. */
function checkDefinitionText(definition: EventDefinition, where: { file: string; event: string }, internalNames: Set<string>): RegistryIssue[] {
	const { type, summary, description, deprecated, samples } = definition;
	const texts: TextAt[] = [
		{ path: 'type', text: type },
		{ path: 'summary', text: summary },
		{ path: 'description', text: description },
		...valueTexts(deprecated ?? {}, ['deprecated']).filter((t) => t.what !== 'field name'),
		...samples.flatMap((sample, i) => [
			{ path: `samples[${i}].name`, text: sample.name },
			...valueTexts(sample.data, ['samples', i, 'data']),
		]),
	];
	const issues = findUnsafeCharacters(texts).map((found) => ({ ...where, ...found }));
	if (definition.visibility === 'public') {
		// The type itself is checked against internal *slugs* too: a public URL must not contain one.
		const publicTexts = texts.filter((t) => t.path !== 'type' || !internalNames.has(t.text));
		issues.push(...findInternalNames(publicTexts, internalNames).map((found) => ({ ...where, ...found })));
	}
	return issues;
}

/** Everything platform.ts publishes: its strings and the envelope's field documentation. */
function checkPlatformText(platform: PlatformConfig, envelopeJsonSchema: JsonSchema | undefined, file: string, internalNames: Set<string>): RegistryIssue[] {
	const texts = valueTexts(platform, []).filter((t) => t.what !== 'field name');
	if (envelopeJsonSchema) texts.push(...schemaTexts(envelopeJsonSchema, 'envelope.schema'));
	return [...findUnsafeCharacters(texts), ...findInternalNames(texts, internalNames)].map((found) => ({ file, ...found }));
}

function checkEnvelope(platform: PlatformConfig, envelopeJsonSchema: JsonSchema | undefined, file: string): RegistryIssue[] {
	const { envelope } = platform;
	const declared = Object.keys(envelope.schema.shape);
	const issues: RegistryIssue[] = [];
	const named = [
		...envelope.typeFields.map((field) => ['envelope.typeFields', field] as const),
		['envelope.idField', envelope.idField] as const,
		...(envelope.dataField ? [['envelope.dataField', envelope.dataField] as const] : []),
		...(envelope.versionField ? [['envelope.versionField', envelope.versionField] as const] : []),
	];
	for (const [path, field] of named) {
		if (!declared.includes(field)) {
			issues.push({ file, path, message: `"${field}" is not a field of envelope.schema (fields: ${declared.join(', ')}).` });
		}
	}
	const dataField = envelope.dataField;
	for (const field of envelopeJsonSchema ? findUndocumentedFields(envelopeJsonSchema) : []) {
		if (dataField && field.startsWith(`${dataField}.`)) continue;
		issues.push({ file, path: `envelope.schema.${field}`, message: 'has no description. Add .describe("…") to the field.' });
	}
	return issues;
}

function checkEvent(
	platform: PlatformConfig,
	{ file, slug, typeValues, definition }: { file: string; slug: string; typeValues: Record<string, string>; definition: EventDefinition },
	ajv: Ajv2020 | undefined,
	issues: RegistryIssue[],
	context: { platformFile: string; internalNames: Set<string> },
): RegistryEvent | undefined {
	const { internalNames } = context;
	const where = { file, event: definition.type };
	const bodySchema = buildBodySchema(platform, { ...definition, typeValues });
	let bodyJsonSchema;
	try {
		bodyJsonSchema = convertBodySchema(bodySchema);
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		issues.push({ ...where, path: 'data', message: `cannot be expressed as JSON Schema (${message}). Avoid transforms, refinements and custom types.` });
		return undefined;
	}
	const dataPrefix = platform.envelope.dataField ?? '';
	/** A body path as the author wrote it: `payload.tree` → `data.tree` (envelope fields stay as they are). */
	const dataFieldPath = (bodyPath: string) => {
		if (!dataPrefix) return `data.${bodyPath}`;
		const inData = bodyPath === dataPrefix || bodyPath.startsWith(`${dataPrefix}.`) || bodyPath.startsWith(`${dataPrefix}[`);
		return inData ? `data${bodyPath.slice(dataPrefix.length)}` : bodyPath;
	};
	const references = findSchemaReferences(bodyJsonSchema, dataFieldPath);
	if (references.length > 0) {
		for (const reference of references) issues.push({ ...where, path: reference.path, message: describeReference(reference) });
		return undefined;
	}
	const dataTexts = dataPrefix
		? // The data schema's own description defaults to the summary, which is checked already.
			schemaTexts(bodyJsonSchema.properties?.[dataPrefix], 'data').filter((t) => t.path !== 'data' || t.text !== definition.summary)
		: Object.keys(definition.data.shape).flatMap((field) => schemaTexts({ properties: { [field]: bodyJsonSchema.properties![field]! } }, 'data'));
	for (const found of findUnsafeCharacters(dataTexts)) issues.push({ ...where, ...found });
	if (definition.visibility === 'public') for (const found of findInternalNames(dataTexts, internalNames)) issues.push({ ...where, ...found });
	for (const field of findUndocumentedFields(bodyJsonSchema)) {
		const isEnvelopeField = !dataPrefix
			? field.split(/[.[]/)[0]! in platform.envelope.schema.shape
			: !field.startsWith(`${dataPrefix}.`) && field !== dataPrefix;
		if (isEnvelopeField) continue; // reported against platform.ts below, once
		issues.push({ ...where, path: dataPrefix ? field : `data.${field}`, message: 'has no description. Add .describe("…") to the field: the description is the documentation.' });
	}
	const notJson = definition.samples.flatMap((sample, i) => findNonJsonValues(sample.data, ['samples', i, 'data']));
	if (notJson.length > 0) {
		issues.push(...notJson.map((found) => ({ ...where, ...found })));
		return undefined;
	}
	let deliveries;
	try {
		deliveries = buildSampleDeliveries(platform, { ...definition, typeValues });
	} catch (error) {
		// The only author code that runs here is the envelope builder of platform.ts.
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		issues.push({ file: context.platformFile, event: definition.type, path: 'envelope.sample', message: `threw "${message}" while wrapping this event's samples. Fix the function: it must return the envelope's values.` });
		return undefined;
	}
	// What platform.ts's envelope builder wrote into this event's samples is published with them.
	const dataFields = new Set(dataPrefix ? [dataPrefix] : Object.keys(definition.data.shape));
	const typeFields = new Set(Object.keys(typeValues));
	const envelopeTexts = deliveries.flatMap((delivery) =>
		Object.entries(delivery.body)
			.filter(([field]) => !dataFields.has(field) && !typeFields.has(field))
			.flatMap(([field, value]) => valueTexts(value, ['envelope', 'sample', field])),
	);
	const envelopeWhere = { file: context.platformFile, event: definition.type };
	const envelopeIssues = [
		...findUnsafeCharacters(envelopeTexts),
		...(definition.visibility === 'public' ? findInternalNames(envelopeTexts, internalNames) : []),
	];
	// Each sample repeats the builder's output: one issue per field is enough.
	for (const found of new Map(envelopeIssues.map((f) => [`${f.path}\u0000${f.message}`, f])).values()) issues.push({ ...envelopeWhere, ...found });
	const { data: _data, ...fields } = definition;
	const event: RegistryEvent = { ...fields, file, slug, typeValues, bodyJsonSchema, deliveries };
	deliveries.forEach((delivery, index) => {
		const zodResult = bodySchema.safeParse(delivery.body);
		if (!zodResult.success) {
			for (const issue of zodResult.error.issues) {
				issues.push({ ...where, path: samplePath(platform, index, issue.path), message: `${issue.message} (zod)` });
			}
		}
		for (const unknown of findUnknownKeys(bodyJsonSchema, delivery.body)) {
			const parts = unknown.split('.');
			const rel = platform.envelope.dataField && parts[0] === platform.envelope.dataField ? parts.slice(1) : parts;
			issues.push({ ...where, path: `samples[${index}].data.${rel.join('.')}`, message: 'is not a field of the data schema. Fix the sample or declare the field.' });
		}
	});
	if (ajv) issues.push(...checkSamplesWithJsonSchema(platform, event, ajv));
	return event;
}

/** Values JSON cannot carry as written: samples are published as JSON, byte for byte. */
function findNonJsonValues(value: unknown, path: PropertyKey[]): { path: string; message: string }[] {
	const found: { path: string; message: string }[] = [];
	const visit = (node: unknown, at: PropertyKey[], seen: Set<object>) => {
		if (found.length >= 5) return;
		if (node === null || node === undefined || typeof node === 'string' || typeof node === 'boolean') return;
		if (typeof node === 'number') {
			if (!Number.isFinite(node)) found.push({ path: formatPath(at), message: `is ${node}, which JSON cannot carry. Use a finite number or null.` });
			return;
		}
		if (typeof node !== 'object') {
			found.push({ path: formatPath(at), message: `is a ${typeof node}, which JSON cannot carry. Use a string, number, boolean, null, array or object.` });
			return;
		}
		if (seen.has(node)) {
			found.push({ path: formatPath(at), message: 'contains itself (a circular reference). Samples must be plain JSON.' });
			return;
		}
		const isPlain = Array.isArray(node) || [Object.prototype, null].includes(Object.getPrototypeOf(node));
		if (!isPlain) {
			found.push({ path: formatPath(at), message: `is a ${node.constructor?.name ?? 'non-plain object'}, which is not JSON. Write the value as it is delivered (e.g. a date as an ISO string).` });
			return;
		}
		const inner = new Set(seen).add(node);
		if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...at, i], inner));
		else for (const [key, child] of Object.entries(node)) visit(child, [...at, key], inner);
	};
	visit(value, path, new Set());
	return found;
}

/** `samples[i].data.…` for a path into a delivery body. */
function samplePath(platform: PlatformConfig, index: number, bodyPath: readonly PropertyKey[]): string {
	const dataField = platform.envelope.dataField;
	const dataPath = dataField && bodyPath[0] === dataField ? bodyPath.slice(1) : bodyPath;
	return formatPath(['samples', index, 'data', ...dataPath]);
}

/**
 * The second opinion on every sample: ajv against the emitted JSON Schema, so zod and the
 * published schema can never disagree. Pure CPU work (ajv compiles each schema), which is why
 * the build runs it while Astro renders (see scripts/build.ts).
 */
export function checkSamplesWithJsonSchema(platform: PlatformConfig, event: RegistryEvent, ajv: Ajv2020 = createAjv()): RegistryIssue[] {
	const where = { file: event.file, event: event.type };
	let validate;
	try {
		validate = ajv.compile(validationSchema(event.bodyJsonSchema));
	} catch (error) {
		return [{ ...where, path: 'data', message: `emitted an invalid JSON Schema: ${(error as Error).message}` }];
	}
	const issues: RegistryIssue[] = [];
	event.deliveries.forEach((delivery, index) => {
		if (validate(delivery.body)) return;
		for (const error of validate.errors ?? []) {
			const pointer = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part.replaceAll('~1', '/').replaceAll('~0', '~')));
			const missing = error.keyword === 'required' ? [(error.params as { missingProperty: string }).missingProperty] : [];
			issues.push({ ...where, path: samplePath(platform, index, [...pointer, ...missing]), message: `${error.message} (JSON Schema)` });
		}
	});
	return issues;
}

/** ajv's verdict per event, by its schema, samples and where it is (`save()`d by the build). */
export const sampleCheckCache = new ContentCache<RegistryIssue[]>('sample-check');

/**
 * `checkSamplesWithJsonSchema`, cached: a verdict depends only on the event's schema, its samples
 * and where they are named, so a rebuild compiles only the schemas that changed.
 */
export function checkEventWithJsonSchema(registry: Registry, event: RegistryEvent, ajv: Ajv2020): RegistryIssue[] {
	return sampleCheckCache.get(
		JSON.stringify([registry.platform.envelope.dataField, event.file, event.type, validationSchema(event.bodyJsonSchema), event.deliveries.map((delivery) => delivery.body)]),
		() => checkSamplesWithJsonSchema(registry.platform, event, ajv),
	);
}

/** `checkEventWithJsonSchema` over every event of a registry loaded with `deferJsonSchemaCheck`. */
export function checkRegistryWithJsonSchema(registry: Registry, ajv: Ajv2020 = createAjv()): RegistryIssue[] {
	return registry.events.flatMap((event) => checkEventWithJsonSchema(registry, event, ajv));
}
