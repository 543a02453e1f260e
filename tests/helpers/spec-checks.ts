/**
 * Validators for the published OpenAPI and AsyncAPI documents: Redocly's recommended rules plus
 * one of ours, the AsyncAPI parser, and ajv over every example with its schema resolved exactly
 * as the document's `components/schemas` define it.
 */
import { Parser, type Diagnostic } from '@asyncapi/parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { createAjv } from '../../src/lib/schema/ajv.ts';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

/**
 * Redocly's `operation-2xx-response` looks at `paths` only, not `webhooks`: this configurable
 * rule asks every Responses object (webhooks included) for a success code.
 */
export const ACKNOWLEDGED_RULE = 'rule/webhook-acknowledged';

export async function lintOpenApi(source: string) {
	const config = await createConfig({
		extends: ['recommended'],
		rules: {
			[ACKNOWLEDGED_RULE]: {
				subject: { type: 'Responses' },
				assertions: { requireAny: ['2XX', '200', '201', '202', '204'] },
				message: 'Every webhook documents the 2xx answer that acknowledges a delivery.',
				severity: 'error',
			},
		},
	});
	const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
	return {
		errors: problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
		problems,
	};
}

/** Error diagnostics of the AsyncAPI parser (severity 0), as readable lines. */
export async function parseAsyncApi(source: string) {
	const { document, diagnostics } = await new Parser().parse(source);
	const errors = diagnostics.filter((d: Diagnostic) => d.severity === 0).map((d: Diagnostic) => `${d.code}: ${d.message} at ${d.path.join('/')}`);
	return { document, errors };
}

type Doc = { components: { schemas: Record<string, unknown> } };

/** A validator (JSON Schema 2020-12, as OpenAPI 3.1 reads it) for one OpenAPI component. */
export function openApiValidator(doc: Doc, component: string) {
	const defs = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll('"$ref":"#/components/schemas/', '"$ref":"#/$defs/'));
	return createAjv().compile({ $ref: `#/$defs/${component}`, $defs: defs });
}

/** A draft-07 validator (what AsyncAPI's default schema format extends) for one AsyncAPI schema. */
export function asyncApiValidator(doc: Doc, schema: unknown) {
	const rewrite = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll('"$ref":"#/components/schemas/', '"$ref":"#/definitions/'));
	const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
	addFormats(ajv);
	// In draft-07 a `$ref` ignores its siblings, so the reference goes under `allOf`.
	return ajv.compile({ allOf: [rewrite(schema)], definitions: rewrite(doc.components.schemas) });
}
