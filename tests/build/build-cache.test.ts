/**
 * The build's speed-ups change no published byte. A registry built cold (`HOOKREF_CACHE=off`, no
 * cache read or written) and built again from the cache of an earlier build give identical
 * `dist/` trees; after each kind of input change (an event, a helper, platform.ts, hookref's own
 * source or version) the cached result equals a cold one's.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emitTypesArtifact } from '../../src/lib/artifacts/emit-artifacts.ts';
import { ContentCache, hookrefSourceHash } from '../../src/lib/pipeline/content-cache.ts';
import { SITE_MODEL_FILE, SITE_PAGES_DIR } from '../../src/lib/pipeline/paths.ts';
import { prepareSite } from '../../src/lib/pipeline/prepare-site.ts';
import { SHARED_PAGES } from '../../src/lib/pipeline/reused-pages.ts';
import { checkRegistryWithJsonSchema } from '../../src/lib/registry/validate-registry.ts';
import { runBuild } from '../helpers/dist-checks.ts';
import { MINIMAL_PLATFORM, orderEvent, writeRegistry } from '../helpers/temp-registry.ts';

/** Every file under `dir` (`dist` is a link to its site version), path → bytes. */
function tree(dir: string): Map<string, Buffer> {
	const root = realpathSync(dir);
	return new Map(
		readdirSync(root, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const full = path.join(entry.parentPath, entry.name);
				return [path.relative(root, full), readFileSync(full)] as const;
			}),
	);
}

function expectSameTree(cold: string, cached: string) {
	const a = tree(cold);
	const b = tree(cached);
	expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
	const different = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
	expect(different).toEqual([]);
}

/** What the build reports of the pages it can reuse: how many it rendered, how many it reused. */
function pageCounts(output: string) {
	const match = /hookref: pages: (\d+) to render, (\d+) reused/.exec(output);
	expect(match, output).not.toBeNull();
	return { rendered: Number(match![1]), reused: Number(match![2]) };
}

/** The HTML files Astro rendered, from its "generating static routes" list: the others were carried over. */
const astroRendered = (output: string) =>
	// Without the colours Astro adds when it thinks it is in a terminal or in CI.
	[...output.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/[├└]─ (\/\S*\.html) \(\+/g)].map((match) => match[1]!).sort();

describe('the cache changes no published byte', () => {
	for (const registry of ['examples/vagaro', 'examples/members-history']) {
		it(`${registry}: cold and serial vs built from the cache`, { timeout: 600_000 }, () => {
			const name = path.basename(registry);
			const cold = path.resolve('.hookref/test-dist/cache-cold', name);
			const cached = path.resolve('.hookref/test-dist/cache-warm', name);
			rmSync(path.resolve('.hookref/cache'), { recursive: true, force: true });
			const coldRun = runBuild(registry, cold, { HOOKREF_CACHE: 'off' });
			expect(coldRun.status, coldRun.output).toBe(0);
			// The first cached build fills the cache; the second is served from it, and copies every
			// page it can (all but the 404 and Downloads pages) from the first instead of rendering it.
			for (let i = 0; i < 2; i++) {
				const run = runBuild(registry, cached);
				expect(run.status, run.output).toBe(0);
				if (i === 1) expect(pageCounts(run.output).rendered, run.output).toBe(0);
			}
			expect(readdirSync(path.resolve('.hookref/cache')).sort()).toEqual(['checked-events', 'markdown.json', 'registry-graph.json', 'sample-check.json', 'types.json', 'validator-code']);
			expectSameTree(cold, cached);
		});
	}
});

/** What the registry half of a build produces: the site model, the artifacts, the types and ajv's verdict. */
async function prepared(dir: string, cache: boolean) {
	process.env.HOOKREF_CACHE = cache ? 'on' : 'off';
	try {
		const { registry, downloads } = await prepareSite(dir, { deferred: true });
		const types = await emitTypesArtifact(registry);
		const issues = checkRegistryWithJsonSchema(registry);
		const artifacts = new Map(downloads.map((artifact) => [artifact.path, artifact.content]));
		return { model: readFileSync(SITE_MODEL_FILE, 'utf8'), pages: tree(SITE_PAGES_DIR), artifacts, types: types.content, issues };
	} finally {
		delete process.env.HOOKREF_CACHE;
	}
}

describe('a cached build after each kind of input change equals a cold one', () => {
	const helper = (description: string) =>
		`import { z } from 'hookref';\nexport const customer = () => z.object({ email: z.email().describe(${JSON.stringify(description)}) }).describe('Who ordered.');\n`;
	const event = (description: string) =>
		orderEvent({
			data: `z.object({ order_id: z.string().describe('Order id.'), total: z.int().describe(${JSON.stringify(description)}), customer: customer() })`,
			samples: `[{ name: 'A small order', data: { order_id: 'ord_1', total: 4200, customer: { email: 'ana@shop.test' } } }]`,
		}).replace(`import { defineEvent, z } from 'hookref';`, `import { defineEvent, z } from 'hookref';\nimport { customer } from '../_shared.ts';`);

	it('event, helper and platform.ts: each change shows, and cached = cold', async () => {
		// A new folder per state: a process imports a module once per path.
		const state = { helper: 'Email.', event: 'Total in *cents*.', platform: 'Acme sends webhooks.' };
		const write = () =>
			writeRegistry({
				'platform.ts': MINIMAL_PLATFORM.replace("'Acme sends webhooks.'", JSON.stringify(state.platform)),
				'_shared.ts': helper(state.helper),
				'orders/order.created.ts': event(state.event),
			});
		const first = await prepared(write(), true);
		expect(first).toEqual(await prepared(write(), false));
		const changes: [string, () => void, string][] = [
			['event', () => (state.event = 'Total in **euro** cents.'), '<strong>euro</strong>'],
			['helper', () => (state.helper = 'The buyer’s _email_.'), '<em>email</em>'],
			['platform', () => (state.platform = 'Acme sends **signed** webhooks.'), '<strong>signed</strong>'],
		];
		let before = first.model + [...first.pages.values()].join('');
		for (const [kind, change, shows] of changes) {
			change();
			const cached = await prepared(write(), true);
			const text = cached.model + [...cached.pages.values()].join('');
			expect(text, `${kind}: the change reaches the model`).not.toEqual(before);
			expect(text, kind).toContain(shows);
			expect(cached, `${kind}: cached = cold`).toEqual(await prepared(write(), false));
			before = text;
		}
	});

	describe("hookref's own source and version are part of every key", () => {
		const root = path.resolve('.hookref/test-cache-project');
		afterEach(() => rmSync(root, { recursive: true, force: true }));

		it('a changed source file or version recomputes; an unchanged project reuses', () => {
			rmSync(root, { recursive: true, force: true });
			mkdirSync(path.join(root, 'src/lib'), { recursive: true });
			writeFileSync(path.join(root, 'src/lib/render.ts'), 'export const render = 1;\n');
			writeFileSync(path.join(root, 'package.json'), '{ "name": "hookref", "version": "0.1.0" }\n');
			let computed = 0;
			const lookUp = () => {
				const cache = new ContentCache<string>('markdown', root);
				const value = cache.get('**same text**', () => `computed ${++computed}`);
				cache.save();
				return value;
			};
			expect(lookUp()).toBe('computed 1');
			expect(lookUp()).toBe('computed 1');
			const first = hookrefSourceHash(root);
			writeFileSync(path.join(root, 'package.json'), '{ "name": "hookref", "version": "0.2.0" }\n');
			expect(hookrefSourceHash(root)).not.toBe(first);
			expect(lookUp()).toBe('computed 2');
			writeFileSync(path.join(root, 'src/lib/render.ts'), 'export const render = 2;\n');
			expect(lookUp()).toBe('computed 3');
			expect(lookUp()).toBe('computed 3');
			// A copy of the project at the same state reuses the entries (the key is content, not place).
			cpSync(root, `${root}-copy`, { recursive: true });
			try {
				expect(new ContentCache<string>('markdown', `${root}-copy`).get('**same text**', () => 'recomputed')).toBe('computed 3');
			} finally {
				rmSync(`${root}-copy`, { recursive: true, force: true });
			}
		});
	});
});

describe('pages carried over from the previous build', () => {
	const helper = (description: string) =>
		`import { z } from 'hookref';\nexport const customer = () => z.object({ email: z.email().describe(${JSON.stringify(description)}) }).describe('Who ordered.');\n`;
	// order.created imports the helper; order.paid and order.shipped do not.
	const created = (description: string) =>
		orderEvent({
			data: `z.object({ order_id: z.string().describe('Order id.'), total: z.int().describe('Total in cents.'), customer: customer() })`,
			samples: `[{ name: 'A small order', data: { order_id: 'ord_1', total: 4200, customer: { email: 'ana@shop.test' } } }]`,
		})
			.replace(`import { defineEvent, z } from 'hookref';`, `import { defineEvent, z } from 'hookref';\nimport { customer } from '../_shared.ts';`)
			.replace(`'Emitted when an order is placed.'`, JSON.stringify(description));
	const other = (type: string) => orderEvent({ type }).replace(`'An order was created.'`, `'Order event ${type}.'`);
	const stamp = path.resolve('src/.test-source-change');
	afterEach(() => rmSync(stamp, { force: true }));

	it('the pages of src/pages/[...shared]/ are the shared pages the keys know', () => {
		// A page there but not listed would always render; one listed but static would render and be copied too.
		const dir = path.resolve('src/pages/[...shared]');
		const routes = readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.astro'))
			.map((file) => `/${file.replace(/\.astro$/, '/').replace(/(^|\/)index\/$/, '$1')}`.replace(/\/+$/, '/'));
		expect(routes.sort()).toEqual([...SHARED_PAGES].sort());
	});

	it('after each kind of input change, a warm build renders only what changed and equals a cold build', { timeout: 900_000 }, () => {
		const state = { event: 'Emitted when an order is placed.', helper: 'Email.', platform: 'Acme' };
		const dir = writeRegistry({ 'orders/order.paid.ts': other('order.paid'), 'orders/order.shipped.ts': other('order.shipped') });
		const write = () => {
			writeFileSync(path.join(dir, 'platform.ts'), MINIMAL_PLATFORM.replace("name: 'Acme'", `name: ${JSON.stringify(state.platform)}`));
			writeFileSync(path.join(dir, '_shared.ts'), helper(state.helper));
			writeFileSync(path.join(dir, 'orders/order.created.ts'), created(state.event));
		};
		const warm = path.resolve('.hookref/test-dist/reuse-warm');
		const cold = path.resolve('.hookref/test-dist/reuse-cold');
		const build = (outDir: string, env: Record<string, string> = {}) => {
			const run = runBuild(dir, outDir, env);
			expect(run.status, run.output).toBe(0);
			return { ...pageCounts(run.output), astro: astroRendered(run.output) };
		};
		const read = (route: string) => readFileSync(path.join(warm, route, 'index.html'), 'utf8');
		// Three event pages and the pages of the shared model alone (overview, catalog, guides…).
		const reusable = 3 + SHARED_PAGES.length;
		rmSync(warm, { recursive: true, force: true });
		write();
		const first = build(warm);
		expect(first).toMatchObject({ rendered: reusable, reused: 0 });
		// Everything Astro renders: the reusable pages and the two that always render.
		const everything = first.astro;
		expect(everything).toHaveLength(reusable + 2);
		expect(everything).toEqual(expect.arrayContaining(['/404.html', '/downloads/index.html', '/guides/verification/index.html', '/index.html']));

		// [input kind, change, the pages Astro renders again (the others are copied), what shows on
		// order.created's page, what shows on the verification guide]
		const changes: [string, () => void, string[], string, string][] = [
			// The guides, catalog and overview read the shared model alone, which an event's description is not part of.
			['event', () => (state.event = 'Emitted when an order is **placed**.'), ['/404.html', '/downloads/index.html', '/events/order.created/index.html'], '<strong>placed</strong>', 'comes from Acme.'],
			['helper', () => (state.helper = 'The buyer’s _email_.'), ['/404.html', '/downloads/index.html', '/events/order.created/index.html'], '<em>email</em>', 'comes from Acme.'],
			// Shared by every page (the site model changes): everything renders.
			['platform', () => (state.platform = 'Acme Shop'), everything, 'Every Acme Shop delivery', 'comes from Acme Shop.'],
			// hookref's own source, as the keys see it (a new file under src/): everything renders.
			['hookref source', () => writeFileSync(stamp, 'a changed hookref\n'), everything, 'Every Acme Shop delivery', 'comes from Acme Shop.'],
		];
		for (const [kind, change, astro, shows, guideShows] of changes) {
			const before = read('events/order.created');
			const guideBefore = read('guides/verification');
			// Which file each event's Markdown twin is (its inode), to tell a linked download from a rewritten one.
			const twinFile = (slug: string) => statSync(path.join(warm, 'events', `${slug}.md`)).ino;
			const twinsBefore = { created: twinFile('order.created'), paid: twinFile('order.paid') };
			change();
			write();
			const rendered = astro.length - 2;
			expect(build(warm), kind).toEqual({ rendered, reused: reusable - rendered, astro });
			if (kind === 'event') {
				// The unchanged twin is the published file, linked; the changed one (it has the description) is written anew.
				expect(twinFile('order.paid'), 'an unchanged download is linked from the published site').toBe(twinsBefore.paid);
				expect(twinFile('order.created'), 'a changed download is written').not.toBe(twinsBefore.created);
			}
			expect(read('events/order.created'), kind).toContain(shows);
			expect(read('guides/verification'), kind).toContain(guideShows);
			if (kind !== 'hookref source') expect(read('events/order.created'), `${kind}: the change reaches the page`).not.toEqual(before);
			if (kind === 'platform') expect(read('guides/verification'), 'platform: the change reaches the guide').not.toEqual(guideBefore);
			// hookref's source changes no registry file: the previous cold build is still the reference.
			if (kind !== 'hookref source') {
				rmSync(cold, { recursive: true, force: true });
				expect(build(cold, { HOOKREF_CACHE: 'off' }), kind).toEqual({ rendered: reusable, reused: 0, astro: everything });
			}
			expectSameTree(cold, warm);
		}
		// Pages are reused only from the very site their keys were recorded for: once a build that
		// records nothing (cache off) has replaced it, the next build renders every page again.
		expect(build(warm, { HOOKREF_CACHE: 'off' })).toMatchObject({ rendered: reusable, reused: 0 });
		expect(build(warm)).toEqual({ rendered: reusable, reused: 0, astro: everything });
		expectSameTree(cold, warm);
	});
});
