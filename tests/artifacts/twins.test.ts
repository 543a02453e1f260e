/**
 * The Markdown twins say what their pages say: the same events, the same sections, the same
 * fields in the same order, the same sample bytes and headers. Read back with marked's lexer,
 * compared with the built HTML, for the default registry and every example.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, inject, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load-registry.ts';
import { publicEvents } from '../../src/lib/registry/model.ts';
import { EVENT_PAGE_SECTIONS } from '../../src/lib/site/sections.ts';
import { basePathOf, siteUrlOf } from '../../src/lib/site/urls.ts';
import { DEFAULT_DIST, exampleDist, listExamples, readPage, readSamples } from '../helpers/dist-checks.ts';

const dirs = ['events', ...listExamples().map((name) => `examples/${name}`)];
const distOf = (dir: string) => (dir === 'events' ? DEFAULT_DIST : exampleDist(dir.replace('examples/', '')));

/** A twin's tokens grouped by h2 section (the part before the first h2 under ''). */
function sections(markdown: string): Map<string, Token[]> {
	const out = new Map<string, Token[]>([['', []]]);
	let current = '';
	for (const token of new Lexer({ gfm: true }).lex(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''))) {
		if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
			current = (token as Tokens.Heading).text;
			out.set(current, []);
		} else out.get(current)!.push(token);
	}
	return out;
}

/** First-column values of a section's first table, code spans unwrapped. */
const firstColumn = (tokens: Token[] = []) =>
	((tokens.find((t) => t.type === 'table') as Tokens.Table | undefined)?.rows ?? []).map((row) => row[0]!.text.replace(/^`+ ?|`+$/g, '').replace(/ $/, ''));

const codeBlocks = (tokens: Token[] = [], lang: string) => tokens.filter((t): t is Tokens.Code => t.type === 'code' && t.lang === lang).map((t) => t.text);

describe.each(dirs)('%s', (dir) => {
	const dist = distOf(dir);
	it('built', () => {
		const build = dir === 'events' ? inject('defaultBuild') : inject('exampleBuilds')[dir.replace('examples/', '')]!;
		expect(build.status).toBe(0);
	});

	it('has a twin for exactly the public event pages', async () => {
		const registry = await loadRegistry(dir);
		const entries = readdirSync(path.join(dist, 'events'), { withFileTypes: true });
		const pages = entries.filter((e) => e.isDirectory() && e.name !== 'deny-list').map((e) => e.name).sort();
		const twins = entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => e.name.replace(/\.md$/, '')).sort();
		expect(twins).toEqual(pages);
		expect(twins).toEqual(publicEvents(registry).map((e) => e.slug).sort());
	});

	it('each twin has its page’s sections, fields in the same order, sample bytes and headers', async () => {
		const registry = await loadRegistry(dir);
		for (const event of publicEvents(registry)) {
			const page = readPage(`events/${event.slug}`, dist);
			const twin = readFileSync(path.join(dist, 'events', `${event.slug}.md`), 'utf8');
			const parts = sections(twin);
			expect(parts.get('')!.find((t) => t.type === 'heading')).toMatchObject({ depth: 1, text: event.type });
			expect([...parts.keys()].slice(1), event.type).toEqual(EVENT_PAGE_SECTIONS.map((s) => s.text));

			const [envelopeTable, dataTable] = page.querySelectorAll('table.hr-fields');
			const pathsOf = (table: typeof envelopeTable) => table!.querySelectorAll('tbody tr').map((tr) => tr.getAttribute('id')!.replace(/^field-/, ''));
			expect(firstColumn(parts.get('Envelope')), `${event.type} envelope`).toEqual(pathsOf(envelopeTable));
			const dataPaths = dataTable ? pathsOf(dataTable) : [];
			expect(firstColumn(parts.get('Data schema')), `${event.type} data`).toEqual(dataPaths);

			const samples = readSamples(page);
			expect(codeBlocks(parts.get('Sample payload'), 'json'), event.type).toEqual(samples.map((s) => s.body));
			expect(codeBlocks(parts.get('Sample payload'), 'http')).toEqual(
				samples.map((s) => Object.entries(s.headers).map(([name, value]) => `${name}: ${value}`).join('\n')),
			);
			// The bytes are the registry's too, not merely the page's.
			expect(codeBlocks(parts.get('Sample payload'), 'json')).toEqual(event.deliveries.map((d) => d.json));
		}
	});

	it('the catalog twin lists the catalog page’s events, in its order, under its categories', () => {
		const catalog = readPage('events', dist);
		const twin = readFileSync(path.join(dist, 'events.md'), 'utf8');
		const parts = sections(twin);
		const pageCategories = catalog.querySelectorAll('main section h2').map((h) => h.text.trim());
		expect([...parts.keys()].slice(1)).toEqual([...pageCategories, 'Downloads']);
		const pageRows = catalog.querySelectorAll('table.hr-catalog tbody tr a').map((a) => a.text.trim());
		const twinRows = pageCategories.flatMap((title) => firstColumn(parts.get(title)).map((text) => /^\[`?([^`\]]+)`?\]/.exec(text)?.[1] ?? text));
		expect(twinRows).toEqual(pageRows);
	});

	it('every page with a twin links it, and the link resolves', async () => {
		// Links carry the site's base path (examples/members is served under one).
		const base = basePathOf(siteUrlOf((await loadRegistry(dir)).platform));
		const routes = ['events', ...readdirSync(path.join(dist, 'events'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'deny-list').map((e) => `events/${e.name}`), 'guides/envelope', 'guides/verification', 'guides/retries'];
		for (const route of routes) {
			const page = readPage(route, dist);
			const link = page.querySelector('head link[rel="alternate"][type="text/markdown"]');
			expect(link?.getAttribute('href'), route).toBe(`${base}/${route}.md`);
			expect(existsSync(path.join(dist, `${route}.md`)), route).toBe(true);
			expect(page.querySelector('button.hr-copy-page')?.getAttribute('data-markdown')).toBe(`${base}/${route}.md`);
			const title = page.querySelector('h1')!.text.trim();
			const twin = readFileSync(path.join(dist, `${route}.md`), 'utf8');
			expect(twin).toContain(`\n# ${title}\n`);
		}
	});

	it('llms.txt links every twin once; llms-full.txt carries each of them', async () => {
		const registry = await loadRegistry(dir);
		const events = publicEvents(registry);
		const index = readFileSync(path.join(dist, 'llms.txt'), 'utf8');
		const full = readFileSync(path.join(dist, 'llms-full.txt'), 'utf8');
		expect(index.startsWith(`# ${registry.platform.name} webhooks\n\n> `)).toBe(true);
		const base = basePathOf(siteUrlOf(registry.platform));
		const linked = [...index.matchAll(/\]\((\S+?\.md)\)/g)].map((m) => new URL(m[1]!).pathname.slice(base.length));
		expect(linked).toEqual(['/events.md', '/guides/envelope.md', '/guides/verification.md', '/guides/retries.md', ...events.map((e) => `/events/${e.slug}.md`)]);
		for (const link of linked) expect(existsSync(path.join(dist, link))).toBe(true);
		for (const event of events) {
			const body = readFileSync(path.join(dist, 'events', `${event.slug}.md`), 'utf8').replace(/^---\n[\s\S]*?-->\n\n/, '');
			expect(full).toContain(body.trimEnd());
		}
	});
});
