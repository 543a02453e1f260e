/**
 * The platform config (`events/platform.ts`): everything about one platform that the site and
 * the artifacts need. Nothing platform-specific lives in `src/`; it all comes through here.
 */
import { z } from 'zod';
import { siteUrlProblem } from '../site/urls.ts';

const markdown = z.string().min(1, 'must not be empty');
const zodObject = z.custom<z.ZodObject>((value) => value instanceof z.ZodObject, {
	message: 'must be a zod object schema, e.g. z.object({ … })',
});

/** One HTTP header of a delivery. `value` may use `{field}` placeholders filled from the body. */
const HeaderSchema = z.object({
	/** e.g. `'X-Webhook-Event-Type'`. */
	name: z.string().min(1),
	/** e.g. `'{event_type}'`, `'application/json'`, or `'{signature}'` for the computed signature. */
	value: z.string().min(1),
	description: markdown,
});

const CategorySchema = z.object({
	/** Stable id used by events and in URLs, e.g. `'appointment'`. Lowercase, digits and dashes. */
	id: z.string().regex(/^[a-z0-9][a-z0-9-_]*$/, 'use lowercase letters, digits, "-" or "_"'),
	/** Display title, e.g. `'Appointment Lifecycle'`. */
	title: z.string().min(1),
	/** One or two sentences shown above the category's table (Markdown). */
	description: markdown,
});

/** Values the envelope builder receives for each sample it wraps. All deterministic. */
export interface EnvelopeContext {
	/** The event type, e.g. `'appointment.scheduled'`. */
	type: string;
	apiVersion: string;
	/** Index of the sample within its event (0-based). */
	sampleIndex: number;
	/** Unix seconds, deterministic per event and sample, for timestamps in the envelope. */
	timestamp: number;
	/** Deterministic pseudo-random id material: `ulid()` gives a 26-char Crockford ULID. */
	ulid: () => string;
	/** Deterministic hex string of the given length. */
	hex: (length: number) => string;
	/** Deterministic UUID (v4 layout). */
	uuid: () => string;
}

const EnvelopeSchema = z.object({
	/**
	 * The envelope's own fields, each with `.describe()`. Include the type field(s) (as strings)
	 * and, unless the envelope is flat, the data field (any schema; the event's `data` replaces it).
	 */
	schema: zodObject,
	/**
	 * Envelope fields whose values identify the event. One field (`['event_type']`) carries the
	 * full type; several (`['type', 'action']`) carry its parts, joined by `typeSeparator`.
	 */
	typeFields: z.array(z.string().min(1)).min(1),
	/** Joins the values of several `typeFields` into the event type, e.g. `'.'`. */
	typeSeparator: z.string().min(1).default('.'),
	/** The field that carries the event's data, or `null` when data fields sit at the top level. */
	dataField: z.string().min(1).nullable(),
	/** The field receivers deduplicate on, e.g. `'event_id'`. */
	idField: z.string().min(1),
	/** The field holding the event's api_version, if the envelope carries one. */
	versionField: z.string().min(1).optional(),
	/** Builds the remaining envelope values of a sample delivery (not the type or data fields). */
	sample: z.custom<(ctx: EnvelopeContext) => Record<string, unknown>>(
		(value) => typeof value === 'function',
		{ message: 'must be a function (ctx) => ({ …envelope fields })' },
	),
	/** Extra notes about the envelope shown on the envelope guide (Markdown). */
	notes: markdown.optional(),
});

const HmacSigningSchema = z.object({
	scheme: z.literal('hmac-sha256'),
	/** Header carrying the signature, e.g. `'X-Webhook-Signature'`. */
	signatureHeader: z.string().min(1),
	/** Header carrying the Unix-seconds timestamp that is signed, e.g. `'X-Webhook-Timestamp'`. */
	timestampHeader: z.string().min(1),
	/** Prefix before the lowercase hex digest in the header value, e.g. `'sha256='`. */
	signaturePrefix: z.string().default(''),
	/** Reject deliveries whose timestamp is further than this from the receiver's clock. */
	toleranceSeconds: z.int().positive(),
	/**
	 * Body field with a per-attempt nonce, remembered to refuse replays. The published
	 * verification code checks it, so this scheme requires one.
	 */
	nonceField: z.string().min(1),
	/** How long receivers remember nonces. */
	replayWindowSeconds: z.int().positive(),
	/** The documented secret used for every published sample and test vector. */
	testSecret: z.string().min(1),
	/** Where integrators get the real secret (Markdown). */
	secretNote: markdown,
});

const StandardWebhooksSigningSchema = z.object({
	/** https://www.standardwebhooks.com: `webhook-id`, `webhook-timestamp`, `webhook-signature`. */
	scheme: z.literal('standard-webhooks'),
	toleranceSeconds: z.int().positive().default(300),
	/** A `whsec_`-prefixed base64 secret used for every published sample and test vector. */
	testSecret: z.string().regex(/^whsec_[A-Za-z0-9+/]+=*$/, 'must be whsec_ followed by base64'),
	secretNote: markdown,
});

const UnsignedSchema = z.object({
	scheme: z.literal('none'),
	/** Says plainly that deliveries are not signed and what receivers can do instead (Markdown). */
	note: markdown,
});

const RetryScheduleSchema = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('explicit'),
		/** Delay before each retry, in seconds, e.g. `[2, 4, 8, 16, 32]`; `0` means immediately. */
		delaysSeconds: z.array(z.number().nonnegative()).min(1),
	}),
	z.object({
		kind: z.literal('exponential'),
		/** Number of retries after the first attempt. */
		retries: z.int().positive(),
		/** Each delay is the previous one times this factor. */
		factor: z.number().gt(1).default(2),
		/** Either the first delay… */
		initialDelaySeconds: z.number().positive().optional(),
		/** …or the window all retries must fit in, from which the first delay is derived. */
		windowSeconds: z.number().positive().optional(),
	}),
]);

const RetrySchema = z.object({
	/** A delivery succeeds when the receiver answers 2xx within this many seconds. */
	timeoutSeconds: z.number().positive(),
	schedule: RetryScheduleSchema,
	/** What happens after the last attempt fails (Markdown), or absent when nothing documented. */
	deadLetter: markdown.optional(),
	/** How a failed delivery can be replayed (Markdown). */
	replay: markdown.optional(),
	/** Extra delivery notes: ordering, rate limits (Markdown). */
	notes: markdown.optional(),
});

const SubscriptionSchema = z.object({
	/** e.g. `'POST'`. */
	method: z.string().min(1).default('POST'),
	/** e.g. `'/api/v1/webhooks/endpoints'`; omit it when the platform documents the call by name only. */
	path: z.string().min(1).optional(),
	/** The call's documented name, e.g. `'Subscribe to Webhook'`, used when there is no `path`. */
	name: z.string().min(1).optional(),
	/** The request field naming the events, e.g. `'event_types'`. */
	eventsField: z.string().min(1),
	/** `'many'`: an array of types (a subset); `'one'`: one event per subscription call. */
	cardinality: z.enum(['many', 'one']),
	/** For `'many'`: omitting the field subscribes to every public event type. */
	omitMeansAll: z.boolean().default(false),
	/** The request field carrying the receiver's URL, when the platform documents it, e.g. `'target_url'`. */
	urlField: z.string().min(1).optional(),
	/** Extra Markdown (other fields, failure responses) shown on the catalog page. */
	notes: markdown.optional(),
}).refine((sub) => sub.path || sub.name, { message: 'give the call\'s path, or its name when the path is not documented', path: ['path'] });

/** A part of the contract the platform does not publish: the site says so instead of inventing it. */
const UndocumentedSchema = z.object({
	documented: z.literal(false),
	/** What is known, e.g. that receivers should still expect duplicates (Markdown). */
	note: markdown,
});

export const PlatformConfigSchema = z.object({
	/** Platform name shown in the site title, e.g. `'Acme'`. */
	name: z.string().min(1),
	/**
	 * The URL this reference is published at, e.g. `'https://webhooks.acme.example'`, or under a
	 * path, `'https://acme.github.io/webhooks'`: the path is the site's base path, and every page,
	 * asset and download is linked under it. Also the base of the schemas' `$id`s, the catalog's
	 * URLs and canonical links. `SITE_URL` overrides it at build time.
	 */
	siteUrl: z.url().refine((url) => !siteUrlProblem(url), { error: (issue) => siteUrlProblem(issue.input as string) }),
	/** Opening paragraph of the overview page (Markdown). */
	description: markdown,
	/** Primary API host and any legacy aliases, e.g. `'https://api.acme.example'`. */
	hosts: z.object({
		primary: z.url(),
		legacy: z.array(z.url()).default([]),
	}),
	/** The platform's own catalog endpoint, the source of truth the site mirrors. */
	catalogEndpoint: z
		.object({ method: z.string().default('GET'), path: z.string().min(1), notes: markdown.optional() })
		.optional(),
	/** Allowed event type strings; the default is dotted lowercase words like `listing.created`. */
	eventTypePattern: z
		.instanceof(RegExp, { message: 'must be a RegExp, e.g. /^[a-z]+(\\.[a-z_]+)+$/' })
		.default(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/),
	envelope: EnvelopeSchema,
	/** Headers of every delivery, shown on each event page. */
	headers: z.array(HeaderSchema).default([]),
	signing: z.discriminatedUnion('scheme', [HmacSigningSchema, StandardWebhooksSigningSchema, UnsignedSchema]),
	/**
	 * The retry policy, or `{ documented: false, note }` when the platform publishes none: the site
	 * then says so instead of inventing a schedule.
	 */
	retry: z.union([RetrySchema, UndocumentedSchema]),
	/** Categories in display order. Every category needs at least one public event. */
	categories: z.array(CategorySchema).min(1),
	/** How integrators subscribe, or `{ documented: false, note }` when the platform publishes no call. */
	subscription: z.union([SubscriptionSchema, UndocumentedSchema]),
	/** The deny list: events that exist but cannot be subscribed to (Markdown policy text). */
	denyList: z.object({ policy: markdown }),
	/** Versioning policy (Markdown). */
	versioning: markdown.optional(),
});

export type PlatformConfigInput = z.input<typeof PlatformConfigSchema>;
export type PlatformConfig = z.output<typeof PlatformConfigSchema>;
export type RetryPolicy = Extract<PlatformConfig['retry'], { schedule: unknown }>;
export type RetrySchedule = RetryPolicy['schedule'];
export type SigningConfig = PlatformConfig['signing'];
