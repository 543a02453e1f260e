/**
 * A registry whose every text field carries script: the XSS corpus. It is valid (no control
 * characters or bidi overrides, which the registry check rejects), so it builds, and the browser
 * suite then proves that no payload runs, none trips the CSP, and each still reads as text.
 *
 * Each payload reports itself if it ever runs: `alert('xss-N')` opens a dialog, the others set
 * `window.__xss`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Payloads that are HTML or Markdown on one line: fit for every field, plain text or Markdown. */
export const LINE_PAYLOADS = [
	`<script>alert('xss-1')</script>`,
	`</script><script>window.__xss='xss-2'</script>`,
	`<img src=x onerror="window.__xss='xss-3'">`,
	`<svg onload="alert('xss-4')"><circle r=5></circle></svg>`,
	`<iframe src="javascript:alert('xss-5')"></iframe>`,
	`<style>body{display:none}</style>`,
	`<a href="javascript:alert('xss-7')">raw link</a>`,
	`[inline link](javascript:alert('xss-8'))`,
	`<javascript:alert('xss-9')>`,
	`![image](javascript:alert('xss-10'))`,
	`[entity link](&#106;avascript:alert('xss-11'))`,
	`<a href="&#x6A;avascript&#x3A;alert('xss-12')">hex entity link</a>`,
	`[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLTEzJyk8L3NjcmlwdD4=)`,
	`<object data="javascript:alert('xss-14')"></object>`,
	`<embed src="javascript:alert('xss-15')">`,
	`<form action="javascript:alert('xss-16')"><button>send</button></form>`,
	`<details open ontoggle="alert('xss-17')"><summary>s</summary></details>`,
	`<p style="background:url(javascript:alert('xss-18'))">styled</p>`,
	`<math><a xlink:href="javascript:alert('xss-19')">math link</a></math>`,
	`<a href="vbscript:msgbox('xss-20')">vbscript link</a>`,
	`<input autofocus onfocus="alert('xss-21')">`,
	`<body onload="alert('xss-22')">`,
	`<svg><script>alert('xss-23')</script></svg>`,
	`<img src="x" onerror="&#97;lert('xss-24')">`,
	`"><img src=x onerror=alert('xss-25')>`,
	`' onmouseover='alert("xss-26")' x='`,
	`<noscript><p title="</noscript><img src=x onerror=alert('xss-27')>">`,
	`<base href="javascript:alert('xss-28')//">`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert('xss-29')">`,
	`<a href=" JaVaScRiPt:alert('xss-30')">mixed case link</a>`,
	`<x onclick="alert('xss-31')">custom element</x>`,
	`<a href="data:text/html,<script>alert('xss-32')</script>">data href</a>`,
	`<img src="data:image/svg+xml,<svg onload=alert('xss-33')>">`,
	`<link rel="import" href="javascript:alert('xss-34')">`,
];

/** Markdown forms that need more than one line: only for Markdown fields. */
export const BLOCK_PAYLOADS = [
	`[reference link][xss]\n\n[xss]: javascript:alert('xss-35')`,
	`[entity reference][xss-e]\n\n[xss-e]: &#106;avascript:alert('xss-36')`,
	`<div onmouseover="alert('xss-37')">\n\n**block html**\n\n</div>`,
];

/** Text a reader must still see, literally, where plain-text fields are shown. */
export const VISIBLE_PAYLOAD = `<img src=x onerror=alert('xss-0')>`;

const lineText = (label: string) => `${label} ${VISIBLE_PAYLOAD} ${LINE_PAYLOADS.join(' ')}`;
const markdownText = (label: string) => [lineText(label), ...BLOCK_PAYLOADS].join('\n\n');

/** The category title readers and the search filter must show as text. */
export const XSS_CATEGORY_TITLE = `Danger ${VISIBLE_PAYLOAD}`;
/** Starlight writes the site title into <title> as HTML: this one tries to end it. */
export const PLATFORM_NAME = `Evil </title><script>alert('xss-t')</script> ${VISIBLE_PAYLOAD}`;
export const XSS_SUMMARY = `Summary ${VISIBLE_PAYLOAD} "><svg onload=alert('xss-s')>`;

const q = (text: string) => JSON.stringify(text);

const platform = `import { definePlatform, z } from 'hookref';
export default definePlatform({
	name: ${q(PLATFORM_NAME)},
	siteUrl: 'https://webhooks.evil.test',
	description: ${q(markdownText('Platform description'))},
	hosts: { primary: 'https://api.evil.test' },
	catalogEndpoint: { method: 'GET', path: '/events', notes: ${q(lineText('Catalog notes'))} },
	envelope: {
		schema: z.object({
			id: z.string().describe(${q(lineText('Envelope id'))}),
			type: z.string().describe('Event type.'),
			nonce: z.string().describe('Nonce.'),
			data: z.object({}).describe(${q(lineText('Envelope data'))}),
		}),
		typeFields: ['type'],
		dataField: 'data',
		idField: 'id',
		sample: (ctx) => ({ id: 'evt_' + ctx.hex(12), nonce: ctx.hex(32) }),
		notes: ${q(markdownText('Envelope notes'))},
	},
	headers: [{ name: 'X-Evil', value: 'evil', description: ${q(lineText('Header description'))} }],
	signing: {
		scheme: 'hmac-sha256',
		signatureHeader: 'X-Signature',
		timestampHeader: 'X-Timestamp',
		signaturePrefix: 'sha256=',
		toleranceSeconds: 300,
		nonceField: 'nonce',
		replayWindowSeconds: 600,
		testSecret: 'test_secret_xss',
		secretNote: ${q(lineText('Secret note'))},
	},
	retry: {
		timeoutSeconds: 5,
		schedule: { kind: 'explicit', delaysSeconds: [60, 120] },
		deadLetter: ${q(markdownText('Dead letter'))},
		replay: ${q(markdownText('Replay'))},
		notes: ${q(markdownText('Retry notes'))},
	},
	categories: [
		{ id: 'danger', title: ${q(XSS_CATEGORY_TITLE)}, description: ${q(lineText('Category description'))} },
		{ id: 'other', title: ${q(`Other ' onmouseover='alert("xss-c")`)}, description: 'Plain.' },
	],
	subscription: { method: 'POST', name: ${q(`Subscribe ${VISIBLE_PAYLOAD}`)}, eventsField: 'events', cardinality: 'many', notes: ${q(markdownText('Subscription notes'))} },
	denyList: { policy: ${q(markdownText('Deny list'))} },
	versioning: ${q(markdownText('Versioning'))},
});
`;

const event = (type: string, category: string, extra = '') => `import { defineEvent, z } from 'hookref';
export default defineEvent({
	type: '${type}',
	category: '${category}',
	summary: ${q(XSS_SUMMARY)},
	description: ${q(markdownText('Event description'))},
	apiVersion: '2026-01-01',
	visibility: 'public',${extra}
	data: z.object({
		note: z.string().describe(${q(lineText('Field describe'))}),
		nested: z.object({
			label: z.string().describe(${q(markdownText('Nested describe'))}),
		}).describe('Nested object.'),
		kind: z.enum(['a', 'b']).describe(${q(`Enum ${VISIBLE_PAYLOAD}`)}),
	}),
	samples: [
		{ name: ${q(`Sample name ${VISIBLE_PAYLOAD} </h3><script>alert('xss-n')</script>`)}, data: { note: ${q(lineText('Sample value'))}, nested: { label: '</script><script>alert(1)</script>' }, kind: 'a' } },
	],
});
`;

/** Writes the corpus registry into `dir` (inside the project, so `hookref` resolves). */
export function writeXssRegistry(dir: string): string {
	rmSync(dir, { recursive: true, force: true });
	const files: Record<string, string> = {
		'platform.ts': platform,
		'danger/payload.delivered.ts': event('payload.delivered', 'danger'),
		'danger/payload.retired.ts': event(
			'payload.retired',
			'danger',
			`\n\tdeprecated: { message: ${q(markdownText('Deprecation message'))}, since: ${q(`2026-02-01 ${VISIBLE_PAYLOAD}`)}, replacedBy: 'payload.delivered' },`,
		),
		'other/payload.other.ts': event('payload.other', 'other'),
	};
	for (const [file, source] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), source);
	}
	return dir;
}

/** Where the global setup writes the corpus and builds it. */
export const XSS_REGISTRY_DIR = path.join('.hookref', 'test-registries', 'xss');
export const XSS_DIST = path.resolve('.hookref/test-dist/xss');
