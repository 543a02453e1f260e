/** Where each download lives under `dist/` (no leading slash); pages link them with `href(artifactRoute(…))`. */
export const ARTIFACT_PATHS = {
	eventSchema: (slug: string) => `schemas/${slug}.json`,
	bundle: 'schemas/events.bundle.json',
	categoryBundle: (id: string) => `schemas/${id}.bundle.json`,
	types: 'types/events.d.ts',
	catalog: 'api/v1/webhooks/events.json',
	testVectors: 'verification/test-vectors.json',
	openapi: 'openapi.json',
	asyncapi: 'asyncapi.json',
	llms: 'llms.txt',
	llmsFull: 'llms-full.txt',
} as const;
