/**
 * Generated registries for the property-based tests: a small model of a registry (categories,
 * events, fields, samples), fast-check arbitraries for valid models, mutations that each break
 * one rule and say where the author must be told, and the rendering of a model to files.
 */
import fc from 'fast-check';
import { platformSource, writeRegistry } from '../helpers/temp-registry.ts';

export type FieldKind = 'string' | 'int' | 'boolean' | 'enum' | 'object' | 'array' | 'getter-tree' | 'lazy-tree';

export interface FieldModel {
	name: string;
	kind: FieldKind;
	/** null: no `.describe()`. */
	description: string | null;
	optional: boolean;
	enumValues: string[];
}

export interface EventModel {
	file: string;
	type: string;
	category: string;
	visibility: 'public' | 'internal';
	summary: string;
	description: string;
	apiVersion: string;
	fields: FieldModel[];
	samples: { name: string; data: Record<string, unknown> }[];
	deprecated?: { message: string; replacedBy?: string };
	/** Replaces the rendered source (a syntax error). */
	source?: string;
}

export interface RegistryModel {
	categories: string[];
	events: EventModel[];
	permissiveTypes: boolean;
	/** Appended to the first category's description in platform.ts. */
	categoryNote?: string;
}

/** Where a mutation must be reported: the file (or its prefix), the event and the field path. */
export interface Expected {
	kind: string;
	file: string;
	event?: string;
	path?: string;
}

// Strings from a character set (fc.string with a unit); fc.stringMatching is ~20× slower.
const LOWER = [...'abcdefghijklmnopqrstuvwxyz'];
const DIGITS = [...'0123456789'];
const chars = (set: string[], minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...set), minLength, maxLength });
const word = (min: number, max: number) =>
	fc.tuple(fc.constantFrom(...LOWER), chars([...LOWER, ...DIGITS], min - 1, max - 1)).map(([head, tail]) => head + tail);
// Prose with the characters Markdown and HTML care about, but never a dot: no generated text can
// spell an event type by accident.
const prose = fc
	.array(fc.oneof(chars([...LOWER, ...'ABCXYZ'], 1, 9), fc.constantFrom('<b>', '&amp;', '"q"', "it's", '`code`', '*', '_x_', '#', 'é', '—')), { minLength: 1, maxLength: 8 })
	.map((words) => words.join(' '));

const fieldArb = fc.record({
	name: fc.tuple(fc.constantFrom(...LOWER), chars([...LOWER, ...DIGITS, '_'], 0, 9)).map(([head, tail]) => head + tail),
	kind: fc.constantFrom<FieldKind>('string', 'int', 'boolean', 'enum', 'object', 'array'),
	description: prose,
	optional: fc.boolean(),
	enumValues: fc.uniqueArray(word(1, 6), { minLength: 1, maxLength: 3 }),
});

function sampleValue(field: FieldModel): fc.Arbitrary<unknown> {
	switch (field.kind) {
		case 'string':
			return chars([...LOWER, ...DIGITS, ' '], 0, 12);
		case 'int':
			return fc.integer({ min: -10_000, max: 10_000 });
		case 'boolean':
			return fc.boolean();
		case 'enum':
			return fc.constantFrom(...field.enumValues);
		case 'object':
			return fc.record({ inner: chars([...LOWER, ...DIGITS], 0, 8) });
		case 'array':
			return fc.array(chars(LOWER, 0, 6), { maxLength: 3 });
		default:
			return fc.constant({ label: 'root', children: [] });
	}
}

const sampleArb = (fields: FieldModel[]) =>
	fc.record({
		name: prose,
		data: fc.tuple(...fields.map((field) => fc.tuple(sampleValue(field), field.optional ? fc.boolean() : fc.constant(true)))).map((values) =>
			Object.fromEntries(fields.flatMap((field, i) => (values[i]![1] ? [[field.name, values[i]![0]]] : []))),
		),
	});

const eventArb = (categories: string[]) =>
	fc
		.record({
			type: fc.tuple(word(4, 9), word(4, 9)).map(([a, b]) => `${a}.${b}`),
			category: fc.constantFrom(...categories),
			visibility: fc.constantFrom<'public' | 'internal'>('public', 'public', 'internal'),
			summary: prose,
			description: prose,
			apiVersion: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
			fields: fc.uniqueArray(fieldArb, { minLength: 1, maxLength: 5, selector: (field) => field.name }),
		})
		.chain((event) =>
			fc.array(sampleArb(event.fields), { minLength: 1, maxLength: 2 }).map((samples) => ({ ...event, samples, file: `${event.category}/${event.type}.ts` }) as EventModel),
		);

/** A valid registry: every category has a public event, and no type contains another. */
export const validRegistry: fc.Arbitrary<RegistryModel> = fc
	.uniqueArray(word(3, 8), { minLength: 1, maxLength: 3 })
	.chain((categories) => fc.array(eventArb(categories), { minLength: 1, maxLength: 4 }).map((events) => ({ categories, events })))
	.map(({ categories, events }) => {
		const kept: EventModel[] = [];
		for (const event of events) if (!kept.some((other) => other.type.includes(event.type) || event.type.includes(other.type))) kept.push(event);
		if (!kept.some((event) => event.visibility === 'public')) kept[0]!.visibility = 'public';
		const used = categories.filter((id) => kept.some((event) => event.category === id && event.visibility === 'public'));
		return { categories: used, events: kept.filter((event) => used.includes(event.category)), permissiveTypes: false };
	});

const clone = (model: RegistryModel): RegistryModel => structuredClone(model);
const UNSAFE_CHARS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u202a', '\u202e', '\u2066', '\u2069'];

type Mutation = (model: RegistryModel, pick: { event: number; field: number; char: number; variant: number }) => Expected | undefined;

const at = <T>(list: T[], index: number) => list[index % list.length]!;
const publicOf = (model: RegistryModel) => model.events.filter((event) => event.visibility === 'public');
const requiredField = (event: EventModel, index: number) => {
	const required = event.fields.filter((field) => !field.optional);
	return required.length ? at(required, index) : undefined;
};
const where = (kind: string, event: EventModel, path: string): Expected => ({ kind, file: event.file, event: event.type, path });

/** The model's first internal event, added (as a copy of the first event) when it has none. */
function ensureInternal(model: RegistryModel): EventModel {
	let internal = model.events.find((event) => event.visibility === 'internal');
	if (!internal) {
		const base = model.events[0]!;
		internal = { ...structuredClone(base), type: 'zzsecret.audit', file: `${base.category}/zzsecret.audit.ts`, visibility: 'internal' };
		model.events.push(internal);
	}
	return internal;
}

/** Each breaks one rule of a valid model in place and returns where the error must point. */
export const MUTATIONS: Record<string, Mutation> = {
	wrongType(model, pick) {
		const event = at(model.events, pick.event);
		const field = at(event.fields, pick.field);
		event.samples[0]!.data[field.name] = field.kind === 'string' || field.kind === 'enum' ? 12345 : 'not the right type';
		return where('wrongType', event, `samples[0].data.${field.name}`);
	},
	missingField(model, pick) {
		const event = at(model.events, pick.event);
		const field = requiredField(event, pick.field);
		if (!field) return undefined;
		delete event.samples[0]!.data[field.name];
		return where('missingField', event, `samples[0].data.${field.name}`);
	},
	unknownSampleKey(model, pick) {
		const event = at(model.events, pick.event);
		event.samples[0]!.data['zz_not_declared'] = 'x';
		return where('unknownSampleKey', event, 'samples[0].data.zz_not_declared');
	},
	missingDescribe(model, pick) {
		const event = at(model.events, pick.event);
		const field = at(event.fields, pick.field);
		field.description = null;
		return where('missingDescribe', event, `data.${field.name}`);
	},
	badName(model, pick) {
		const event = at(model.events, pick.event);
		event.type = pick.variant % 2 ? event.type.toUpperCase() : event.type.replace('.', ' ');
		return where('badName', event, 'type');
	},
	unknownCategory(model, pick) {
		const event = at(model.events, pick.event);
		event.category = 'zznotdeclared';
		return where('unknownCategory', event, 'category');
	},
	badApiVersion(model, pick) {
		const event = at(model.events, pick.event);
		event.apiVersion = 'v1';
		return where('badApiVersion', event, 'apiVersion');
	},
	emptySummary(model, pick) {
		const event = at(model.events, pick.event);
		event.summary = '';
		return where('emptySummary', event, 'summary');
	},
	controlCharacter(model, pick) {
		const event = at(model.events, pick.event);
		const char = at(UNSAFE_CHARS, pick.char);
		const field = at(event.fields, pick.field);
		const insert = (text: string) => `${text.slice(0, pick.variant % (text.length + 1))}${char}${text.slice(pick.variant % (text.length + 1))}`;
		switch (pick.variant % 4) {
			case 0:
				event.summary = insert(event.summary);
				return where('controlCharacter', event, 'summary');
			case 1:
				event.description = insert(event.description);
				return where('controlCharacter', event, 'description');
			case 2:
				field.description = insert(field.description ?? 'Described.');
				return where('controlCharacter', event, `data.${field.name}`);
			default:
				event.samples[0]!.name = insert(event.samples[0]!.name);
				return where('controlCharacter', event, 'samples[0].name');
		}
	},
	recursion(model, pick) {
		const event = at(model.events, pick.event);
		const getter = pick.variant % 2 === 0;
		event.fields.push({ name: 'zz_tree', kind: getter ? 'getter-tree' : 'lazy-tree', description: 'A tree.', optional: false, enumValues: [] });
		for (const sample of event.samples) sample.data['zz_tree'] = { label: 'root', children: [] };
		return where('recursion', event, getter ? 'data.zz_tree.children' : 'data.zz_tree');
	},
	clashingTypes(model, pick) {
		if (model.events.length < 2) return undefined;
		const [first, second] = [at(model.events, pick.event), at(model.events, pick.event + 1)];
		second.type = first.type;
		// Reported against whichever file comes second in sorted order.
		const later = [first, second].sort((a, b) => (a.file < b.file ? -1 : 1))[1]!;
		return { kind: 'clashingTypes', file: later.file, event: first.type, path: 'type' };
	},
	internalNameInPublicText(model, pick) {
		const internal = ensureInternal(model);
		const event = at(publicOf(model), pick.event);
		const field = at(event.fields, pick.field);
		switch (pick.variant % 4) {
			case 0:
				event.description = `${event.description} See ${internal.type}.`;
				return where('internalNameInPublicText', event, 'description');
			case 1:
				field.description = `${field.description ?? ''} from ${internal.type}`;
				return where('internalNameInPublicText', event, `data.${field.name}`);
			case 2:
				event.deprecated = { message: 'Superseded.', replacedBy: internal.type };
				return where('internalNameInPublicText', event, 'deprecated.replacedBy');
			default:
				event.samples[0]!.name = `After ${internal.type}`;
				return where('internalNameInPublicText', event, 'samples[0].name');
		}
	},
	platformText(model, pick) {
		const path = 'categories[0].description';
		if (pick.variant % 2 === 0) model.categoryNote = `Note${at(UNSAFE_CHARS, pick.char)}.`;
		else model.categoryNote = `Not ${ensureInternal(model).type}.`;
		return { kind: 'platformText', file: 'platform.ts', path };
	},
	replacedByNothing(model, pick) {
		const event = at(model.events, pick.event);
		event.deprecated = { message: 'Superseded.', replacedBy: 'zzno.such_event' };
		return where('replacedByNothing', event, 'deprecated.replacedBy');
	},
	unusableUrl(model, pick) {
		model.permissiveTypes = true;
		const event = at(model.events, pick.event);
		event.type = at(['..', '.', '.hidden', '///', 'x.', 'events.bundle'], pick.variant);
		return where('unusableUrl', event, 'type');
	},
	syntaxError(model, pick) {
		const event = at(model.events, pick.event);
		event.source = `import { defineEvent, z } from 'hookref';\nexport default defineEvent({\n\ttype: '${event.type}',,\n});\n`;
		return { kind: 'syntaxError', file: event.file };
	},
};

export const mutationArb = fc.record({
	kind: fc.constantFrom(...Object.keys(MUTATIONS)),
	pick: fc.record({ event: fc.nat(50), field: fc.nat(50), char: fc.nat(50), variant: fc.nat(50) }),
});

/** A case: a valid model, or one mutated once (`expected` says where the error must point). */
export const registryCase = fc.tuple(validRegistry, fc.option(mutationArb, { freq: 3 })).map(([valid, mutation]) => {
	if (!mutation) return { model: valid, expected: undefined };
	const model = clone(valid);
	const expected = MUTATIONS[mutation.kind]!(model, mutation.pick);
	return expected ? { model, expected } : { model: valid, expected: undefined };
});

const lit = (value: unknown) => JSON.stringify(value);

function fieldSource(field: FieldModel): string {
	const describe = field.description === null ? '' : `.describe(${lit(field.description)})`;
	const optional = field.optional ? '.optional()' : '';
	switch (field.kind) {
		case 'string':
			return `z.string()${optional}${describe}`;
		case 'int':
			return `z.int()${optional}${describe}`;
		case 'boolean':
			return `z.boolean()${optional}${describe}`;
		case 'enum':
			return `z.enum(${lit(field.enumValues)})${optional}${describe}`;
		case 'object':
			return `z.object({ inner: z.string().describe('Inner.') })${optional}${describe}`;
		case 'array':
			return `z.array(z.string())${optional}${describe}`;
		case 'getter-tree':
			return `Tree${describe}`;
		case 'lazy-tree':
			return `LazyTree${describe}`;
	}
}

const TREES = `const Tree: any = z.object({ label: z.string().describe('Label.'), get children() { return z.array(Tree).describe('Children.'); } });
const LazyTree: any = z.lazy(() => z.object({ label: z.string().describe('Label.'), children: z.array(LazyTree).describe('Children.') }));
`;

export function eventSource(event: EventModel): string {
	if (event.source) return event.source;
	const fields = event.fields.map((field) => `\t\t${lit(field.name)}: ${fieldSource(field)},`).join('\n');
	const trees = event.fields.some((field) => field.kind.endsWith('tree')) ? TREES : '';
	return `import { defineEvent, z } from 'hookref';
${trees}export default defineEvent({
	type: ${lit(event.type)},
	category: ${lit(event.category)},
	summary: ${lit(event.summary)},
	description: ${lit(event.description)},
	apiVersion: ${lit(event.apiVersion)},
	visibility: ${lit(event.visibility)},${event.deprecated ? `\n\tdeprecated: ${lit(event.deprecated)},` : ''}
	data: z.object({
${fields}
	}),
	samples: ${lit(event.samples)} as never,
});
`;
}

export function fuzzedPlatformSource(model: RegistryModel): string {
	const categories = model.categories.map((id, i) => ({
		id,
		title: `The ${id} events`,
		description: `Events about ${id}.${i === 0 && model.categoryNote ? ` ${model.categoryNote}` : ''}`,
	}));
	return platformSource({
		name: 'Fuzzed',
		domain: 'fuzzed.test',
		description: 'A generated registry.',
		categories: lit(categories),
		extra: model.permissiveTypes ? 'eventTypePattern: /^.+$/,' : undefined,
	});
}

/** Writes the model as a registry folder; returns the folder. */
export function writeModel(model: RegistryModel): string {
	return writeRegistry({
		'platform.ts': fuzzedPlatformSource(model),
		...Object.fromEntries(model.events.map((event) => [event.file, eventSource(event)])),
	});
}
