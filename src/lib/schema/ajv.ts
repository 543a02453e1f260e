/**
 * The one ajv configuration used everywhere: draft 2020-12, strict mode, standard formats.
 * `allowUnionTypes` admits `type: [...]`, which zod emits for unions of primitives. Each schema
 * is compiled to validate a handful of samples, so ajv's code optimizer (~45% of compile time at
 * 500 events, see `npm run bench`) costs more than it saves.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
	addFormatsModule) as typeof addFormatsModule;

export function createAjv(): Ajv2020 {
	const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, code: { optimize: false } });
	addFormats(ajv);
	return ajv;
}
