/** The h2 sections of an event page, in order. Tests and the table of contents read this list. */
export const EVENT_PAGE_SECTIONS = [
	{ slug: 'envelope', text: 'Envelope' },
	{ slug: 'data-schema', text: 'Data schema' },
	{ slug: 'sample-payload', text: 'Sample payload' },
	{ slug: 'retry-behaviour', text: 'Retry behaviour' },
	{ slug: 'verification', text: 'Verification' },
] as const;

/** Follows the fixed sections on the pages of events that changed in a release. */
export const HISTORY_SECTION = { slug: 'history', text: 'History' } as const;
