/** Where the tools' generated files are published under `dist/` (no leading slash). */
export const TOOL_PATHS = {
	/** The payload checker's validator of one event: an ES module. */
	validator: (slug: string) => `validators/${slug}.js`,
	/** Every public type's page slug, to recognise a body of another event; beside the validators (the checker finds it relative to them). */
	validatorIndex: 'validators/types.json',
} as const;
