/**
 * The one ajv configuration used everywhere: draft 2020-12, strict mode, standard formats.
 * `allowUnionTypes` admits `type: [...]`, which zod emits for unions of primitives. Each schema
 * is compiled to validate a handful of samples, so ajv's code optimizer (~45% of compile time at
 * 500 events, see `npm run bench`) costs more than it saves.
 *
 * `source: true` keeps each compiled validator's code so that the payload checker's modules can
 * be written from the very functions that checked the samples (`emit-validators.ts`), at no
 * second compile.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ValueScope, type ValueScopeName } from 'ajv/dist/compile/codegen/index.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
	addFormatsModule) as typeof addFormatsModule;

export function createAjv(options: { source?: boolean } = {}): Ajv2020 {
	const ajv = new Ajv2020({
		strict: true,
		allErrors: true,
		allowUnionTypes: true,
		code: { optimize: false, source: options.source ?? false, esm: true },
	});
	addFormats(ajv);
	// Each schema compiles in a fresh name scope, so its code (`validate0`, `schema0`…) depends on
	// that schema alone, not on what the instance compiled before: a validator module is the same
	// bytes in any build order, and can be cached by its schema (`emit-validators.ts`).
	// (The draft's meta-schema is compiled now, not inside the first schema's fresh scope.)
	ajv.validateSchema({});
	const compile = ajv.compile.bind(ajv);
	ajv.compile = ((schema: unknown, meta?: boolean) => {
		const scope = ajv.scope as unknown as { opts: ConstructorParameters<typeof ValueScope>[0] };
		(ajv as unknown as { scope: ValueScope }).scope = new ValueScope({ ...scope.opts, scope: {} as Record<string, ValueScopeName[]> });
		return compile(schema as never, meta);
	}) as typeof ajv.compile;
	return ajv;
}

const ANNOTATIONS = new Set(['description', 'title', 'examples', '$comment']);
const compiledForm = new WeakMap<object, Record<string, unknown>>();

/**
 * The schema as ajv compiles it: without annotations, which never change a verdict but would be
 * copied into every generated validator (ajv keeps the schema beside its code for enum errors).
 * The same object is returned for the same schema, so ajv's cache recognises it.
 */
export function validationSchema(schema: Record<string, unknown>): Record<string, unknown> {
	let stripped = compiledForm.get(schema);
	if (!stripped) {
		stripped = strip(schema) as Record<string, unknown>;
		compiledForm.set(schema, stripped);
	}
	return stripped;
}

function strip(node: unknown, isPropertyMap = false): unknown {
	if (Array.isArray(node)) return node.map((item) => strip(item));
	if (!node || typeof node !== 'object') return node;
	return Object.fromEntries(
		Object.entries(node)
			// Inside `properties` the keys are field names, not keywords: a field may be called `title`.
			.filter(([key]) => isPropertyMap || !ANNOTATIONS.has(key))
			.map(([key, value]) => [key, key === 'enum' || key === 'const' ? value : strip(value, !isPropertyMap && (key === 'properties' || key === '$defs' || key === 'patternProperties'))]),
	);
}
