/**
 * `llms.txt` and `llms-full.txt` (https://llmstxt.org): the platform, its guides, one section per
 * category and one line per public event linking its Markdown twin; the full file carries every
 * twin itself.
 */
import type { RegistryEvent, PlainRegistry } from '../registry/model.ts';
import { categoryAnchor, pagePath, ROUTES, siteUrlOf } from '../site/urls.ts';
import type { Artifact } from './emit-artifacts.ts';
import { GUIDE_TWINS, twinPath } from './markdown-twins.ts';
import { GENERATED } from './spec-common.ts';

export const LLMS_PATHS = { index: 'llms.txt', full: 'llms-full.txt' } as const;

const GUIDE_TITLES: Record<(typeof GUIDE_TWINS)[number], [string, string]> = {
	[ROUTES.envelope]: ['Envelope', 'the fields and headers shared by every delivery'],
	[ROUTES.verification]: ['Verification', 'how to check that a delivery is authentic, with tested code'],
	[ROUTES.retries]: ['Retries and delivery', 'when a delivery is retried and how to receive each event once'],
};

/** A twin without its YAML front matter and generated-file comment. */
const body = (twin: string) => twin.replace(/^---\n[\s\S]*?\n---\n<!--[^\n]*-->\n\n/, '');

/**
 * `twins` maps each twin's path to its content (from `emitMarkdownTwins`); `machine` lists the
 * other downloads as [title, path, what it is].
 */
export function emitLlmsTxt(
	registry: PlainRegistry,
	events: RegistryEvent[],
	twins: Map<string, string>,
	machine: [string, string, string][],
): Artifact[] {
	const { platform } = registry;
	const siteUrl = siteUrlOf(platform);
	const link = (path: string) => `${siteUrl}/${path}`;
	const blurb = `> Reference for the ${events.length} public ${platform.name} webhook events: envelope, fields, signed samples, retries and verification.`;
	const description = platform.description.replace(/\s*\n\s*/g, ' ');

	const index = [`# ${platform.name} webhooks`, blurb, description, '## Guides'];
	index.push(
		[
			`- [Event catalog](${link(twinPath(ROUTES.catalog))}): every public event by category`,
			...GUIDE_TWINS.map((route) => `- [${GUIDE_TITLES[route][0]}](${link(twinPath(route))}): ${GUIDE_TITLES[route][1]}`),
		].join('\n'),
	);
	for (const category of platform.categories) {
		const inCategory = events.filter((event) => event.category === category.id);
		if (inCategory.length === 0) continue;
		index.push(
			`## ${category.title}`,
			`${category.description.replace(/\s*\n\s*/g, ' ')} Catalog: ${siteUrl}${categoryAnchor(category.id)}`,
			inCategory
				.map((event) => `- [${event.type}](${link(twinPath(pagePath(event.slug)))}): ${event.deprecated ? '(deprecated) ' : ''}${event.summary}`)
				.join('\n'),
		);
	}
	index.push('## Machine-readable', machine.map(([title, path, what]) => `- [${title}](${link(path)}): ${what}`).join('\n'));
	index.push('## Optional', `- [Everything in one file](${link(LLMS_PATHS.full)}): the guides and every event's Markdown, concatenated`);

	const full = [`# ${platform.name} webhooks`, blurb, description, `<!-- ${GENERATED} -->`];
	for (const route of GUIDE_TWINS) full.push(body(twins.get(twinPath(route))!).trimEnd());
	for (const event of events) full.push(body(twins.get(twinPath(pagePath(event.slug)))!).trimEnd());

	return [
		{ path: LLMS_PATHS.index, content: `${index.join('\n\n')}\n` },
		{ path: LLMS_PATHS.full, content: `${full.join('\n\n')}\n` },
	];
}
