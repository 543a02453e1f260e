/**
 * The Downloads page's rows: every published artifact with what it is for, its size and a
 * one-line recipe for a common tool. Sizes come from the emitted artifacts themselves; the types,
 * which the build emits while Astro renders, are measured afterwards (`fillDeferredSizes`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Registry, RegistryEvent } from '../registry/model.ts';
import { pagePath, siteUrlOf } from '../site/urls.ts';
import type { Artifact } from './emit-artifacts.ts';
import { ARTIFACT_PATHS } from './artifact-paths.ts';
import { twinPath } from './markdown-twins.ts';

export interface DownloadEntry {
	/** The file name shown, e.g. `openapi.json`. */
	label: string;
	/** Path under the site root, without a leading slash. */
	path: string;
	/** What it is for (Markdown). */
	purpose: string;
	/** Bytes, or `null` while the artifact is still being emitted (filled in after the build). */
	bytes: number | null;
	/** One shell line using it with a common tool. */
	recipe: string;
	/** How many files the row stands for, when it is a family (one schema per event). */
	count?: number;
}

/** Marks a size the build fills in once the artifact exists. */
export const deferredSizeToken = (artifactPath: string) => `@@hookref-size:${artifactPath}@@`;

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function listDownloads(registry: Registry, events: RegistryEvent[], artifacts: Artifact[]): DownloadEntry[] {
	const siteUrl = siteUrlOf(registry.platform);
	const url = (p: string) => `${siteUrl}/${p}`;
	const sizes = new Map(artifacts.map((artifact) => [artifact.path, Buffer.byteLength(artifact.content)]));
	const size = (p: string) => sizes.get(p) ?? null;
	const first = events[0];
	const entries: DownloadEntry[] = [
		{
			label: 'openapi.json',
			path: ARTIFACT_PATHS.openapi,
			purpose: 'OpenAPI 3.1 with one `webhooks` entry per event: schemas, signed examples, headers, responses. For SDK generators, API gateways, Postman, Redocly, Scalar and Bump.sh.',
			bytes: size(ARTIFACT_PATHS.openapi),
			recipe: `npx @redocly/cli lint ${url(ARTIFACT_PATHS.openapi)}`,
		},
		{
			label: 'asyncapi.json',
			path: ARTIFACT_PATHS.asyncapi,
			purpose: 'AsyncAPI 3.0: a channel, a `send` operation and a message per event, with the same schemas and examples.',
			bytes: size(ARTIFACT_PATHS.asyncapi),
			recipe: `npx @asyncapi/cli validate ${url(ARTIFACT_PATHS.asyncapi)}`,
		},
		{
			label: 'llms.txt',
			path: ARTIFACT_PATHS.llms,
			purpose: 'An index for coding assistants (llmstxt.org): guides and one line per event, linking the Markdown pages.',
			bytes: size(ARTIFACT_PATHS.llms),
			recipe: `curl -s ${url(ARTIFACT_PATHS.llms)}`,
		},
		{
			label: 'llms-full.txt',
			path: ARTIFACT_PATHS.llmsFull,
			purpose: 'The guides and every event page as Markdown in one file, to give an assistant the whole reference at once.',
			bytes: size(ARTIFACT_PATHS.llmsFull),
			recipe: `curl -s ${url(ARTIFACT_PATHS.llmsFull)} | wc -w`,
		},
	];
	if (first) {
		const twin = twinPath(pagePath(first.slug));
		entries.push({
			label: twin.split('/').pop()!,
			path: twin,
			purpose: 'Each page as Markdown, next to it: `/events/<type>.md`, `/guides/<name>.md` and the catalog’s `/events.md`. Every page links its twin and has a "Copy page as Markdown" button.',
			bytes: size(twin),
			recipe: `curl -s ${url(twin)}`,
			count: events.length,
		});
	}
	entries.push({
		label: 'events.bundle.json',
		path: ARTIFACT_PATHS.bundle,
		purpose: 'JSON Schema (draft 2020-12) of every public event: `oneOf` over `$defs`, selected by the type field.',
		bytes: size(ARTIFACT_PATHS.bundle),
		recipe: `npx ajv-cli validate --spec=draft2020 -c ajv-formats -s events.bundle.json -d delivery.json`,
	});
	for (const category of registry.platform.categories) {
		const p = ARTIFACT_PATHS.categoryBundle(category.id);
		entries.push({
			label: `${category.id}.bundle.json`,
			path: p,
			purpose: `JSON Schema of the ${category.title} events only.`,
			bytes: size(p),
			recipe: `npx ajv-cli validate --spec=draft2020 -c ajv-formats -s ${category.id}.bundle.json -d delivery.json`,
		});
	}
	if (first) {
		const p = ARTIFACT_PATHS.eventSchema(first.slug);
		entries.push({
			label: `${first.slug}.json`,
			path: p,
			purpose: 'One JSON Schema per event (`/schemas/<type>.json`): the full delivery body, with the samples as `examples`.',
			bytes: size(p),
			recipe: `curl -sO ${url(p)}`,
			count: events.length,
		});
	}
	entries.push(
		{
			label: 'events.d.ts',
			path: ARTIFACT_PATHS.types,
			purpose: 'TypeScript types of every event and their `WebhookEvent` union, to narrow on the type field.',
			bytes: size(ARTIFACT_PATHS.types),
			recipe: `curl -so src/webhook-events.d.ts ${url(ARTIFACT_PATHS.types)}`,
		},
		{
			label: 'events.json',
			path: ARTIFACT_PATHS.catalog,
			purpose: 'The machine-readable catalog: type, category, summary, version, deprecation, page and schema URL of each event.',
			bytes: size(ARTIFACT_PATHS.catalog),
			recipe: `curl -s ${url(ARTIFACT_PATHS.catalog)} | jq -r '.events[].type'`,
		},
	);
	if (registry.platform.signing.scheme !== 'none') {
		entries.push({
			label: 'test-vectors.json',
			path: ARTIFACT_PATHS.testVectors,
			purpose: 'Signature test vectors, valid and tampered, to test a receiver’s verification against.',
			bytes: size(ARTIFACT_PATHS.testVectors),
			recipe: `curl -s ${url(ARTIFACT_PATHS.testVectors)} | jq '.vectors[0]'`,
		});
	}
	return entries;
}

/** Replaces the size tokens of files emitted after Astro rendered, in the built pages that show them. */
export function fillDeferredSizes(outDir: string, pages: string[], files: { path: string; bytes: number }[]): void {
	for (const page of pages) {
		const file = path.join(outDir, page);
		let html = readFileSync(file, 'utf8');
		for (const { path: artifactPath, bytes } of files) html = html.replaceAll(deferredSizeToken(artifactPath), formatBytes(bytes));
		writeFileSync(file, html);
	}
}
