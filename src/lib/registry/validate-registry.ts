/**
 * Checks that need the whole registry: names, categories, descriptions and samples. Samples are
 * checked twice, by zod and by ajv against the emitted JSON Schema, so the two cannot disagree.
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { z } from 'zod';
import { createAjv } from '../schema/ajv.ts';
import { convertBodySchema, findUndocumentedFields, findUnknownKeys } from '../schema/json-schema.ts';
import { buildBodySchema } from './body-schema.ts';
import { formatPath, type RegistryIssue } from './errors.ts';
import type { EventDefinition } from './event-definition.ts';
import { slugifyType, typeValuesOf, type Registry, type RegistryEvent } from './model.ts';
import type { PlatformConfig } from './platform-config.ts';
import { buildSampleDeliveries } from './sample-deliveries.ts';
import { RESERVED_SLUGS } from '../site/urls.ts';

/**
 * What `checkEvent` found for one event, kept by the dev server so that a save re-checks only
 * the events it touched. Keyed by the event's `data` schema, which is the same object as long as
 * its file was not re-imported; valid while the platform's envelope schema is the same object.
 */
export type CheckedEventCache = WeakMap<z.ZodObject, { envelope: z.ZodObject; file: string; event?: RegistryEvent; issues: RegistryIssue[] }>;

interface LoadedDefinition {
	file: string;
	definition: EventDefinition;
}

export function validateRegistry(
	dir: string,
	platform: PlatformConfig,
	definitions: LoadedDefinition[],
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
	issues.push(...checkEnvelope(platform, platformFile));

	const categoryIds = platform.categories.map((category) => category.id);
	const seenTypes = new Map<string, string>();
	const seenSlugs = new Map<string, string>();
	const events: RegistryEvent[] = [];
	const ajv = deferJsonSchemaCheck ? undefined : createAjv();

	for (const { file, definition } of definitions) {
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
		const slugOwner = seenSlugs.get(slug);
		if (slugOwner && !duplicateOf) {
			issues.push({ ...where, path: 'type', message: `its URL /events/${slug}/ collides with the event in ${slugOwner}; rename one of them.` });
		}
		seenSlugs.set(slug, file);
		if (RESERVED_SLUGS.has(slug)) {
			issues.push({ ...where, path: 'type', message: `"${definition.type}" would take the URL of the fixed page /events/${slug}/; rename it.` });
		}
		if (!categoryIds.includes(definition.category)) {
			issues.push({ ...where, path: 'category', message: `unknown category "${definition.category}". Declared categories: ${categoryIds.join(', ')}.` });
		}
		const typeValues = typeValuesOf(definition.type, platform.envelope);
		if (!typeValues) {
			issues.push({ ...where, path: 'type', message: `must have ${platform.envelope.typeFields.length} parts separated by "${platform.envelope.typeSeparator}" (one per envelope field ${platform.envelope.typeFields.join(', ')}).` });
		}
		if (!platform.envelope.dataField) {
			for (const field of Object.keys(definition.data.shape)) {
				if (field in platform.envelope.schema.shape) {
					issues.push({ ...where, path: `data.${field}`, message: `collides with the envelope field "${field}" (this platform's envelope is flat).` });
				}
			}
		}
		if (issues.length > before || !typeValues) continue;

		const envelope = platform.envelope.schema;
		let checked = options.checkedEvents?.get(definition.data);
		if (!checked || checked.envelope !== envelope || checked.file !== file) {
			const eventIssues: RegistryIssue[] = [];
			checked = { envelope, file, event: checkEvent(platform, { file, slug, typeValues, definition }, ajv, eventIssues), issues: eventIssues };
			options.checkedEvents?.set(definition.data, checked);
		}
		issues.push(...checked.issues);
		if (checked.event) events.push(checked.event);
	}

	const order = new Map(categoryIds.map((id, i) => [id, i]));
	events.sort((a, b) => order.get(a.category)! - order.get(b.category)! || a.type.localeCompare(b.type));
	for (const category of partial ? [] : platform.categories) {
		const hasPublic = definitions.some(
			({ definition }) => definition.category === category.id && definition.visibility === 'public',
		);
		if (!hasPublic) {
			issues.push({ file: platformFile, path: `categories.${category.id}`, message: `category "${category.id}" is empty: it has no public event. Add one or remove the category.` });
		}
	}
	return { registry: { dir, platform, events }, issues };
}

function checkEnvelope(platform: PlatformConfig, file: string): RegistryIssue[] {
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
	for (const field of findUndocumentedFields(convertBodySchema(envelope.schema))) {
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
): RegistryEvent | undefined {
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
	for (const field of findUndocumentedFields(bodyJsonSchema)) {
		const isEnvelopeField = !dataPrefix
			? field.split(/[.[]/)[0]! in platform.envelope.schema.shape
			: !field.startsWith(`${dataPrefix}.`) && field !== dataPrefix;
		if (isEnvelopeField) continue; // reported against platform.ts below, once
		issues.push({ ...where, path: dataPrefix ? field : `data.${field}`, message: 'has no description. Add .describe("…") to the field: the description is the documentation.' });
	}
	const deliveries = buildSampleDeliveries(platform, { ...definition, typeValues });
	const event: RegistryEvent = { ...definition, file, slug, typeValues, bodySchema, bodyJsonSchema, deliveries };
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
		validate = ajv.compile(event.bodyJsonSchema);
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

/** `checkSamplesWithJsonSchema` over every event of a registry loaded with `deferJsonSchemaCheck`. */
export function checkRegistryWithJsonSchema(registry: Registry): RegistryIssue[] {
	const ajv = createAjv();
	return registry.events.flatMap((event) => checkSamplesWithJsonSchema(registry.platform, event, ajv));
}
