import { describe, expect, it } from 'vitest';
import { buildSidebar, CATEGORY_WINDOW, SIDEBAR_WINDOW, type SidebarItem } from '../../src/lib/site/sidebar.ts';

/** A model of `categories` categories of `perCategory` events each. */
function model(categories: number, perCategory: number) {
	return {
		signing: { scheme: 'hmac-sha256' } as never,
		eventCount: categories * perCategory,
		categories: Array.from({ length: categories }, (_, c) => ({
			id: `c${c}`,
			title: `Category ${c}`,
			descriptionHtml: '',
			events: Array.from({ length: perCategory }, (_, e) => ({ type: `c${c}.e${e}`, slug: `c${c}.e${e}`, summary: '', deprecated: e === 3 })),
		})),
	};
}
const categoriesOf = (sidebar: SidebarItem[]) => (sidebar.at(-1) as { items: SidebarItem[] }).items;
const labels = (items: SidebarItem[]) => items.map((item) => item.label);
const countLinks = (items: SidebarItem[]): number => items.reduce((n, item) => n + ('items' in item ? countLinks(item.items) : 1), 0);

describe('buildSidebar', () => {
	it('lists a window of the current category around the current event, then a link to the whole category', () => {
		const [current] = categoriesOf(buildSidebar(model(3, 100), { category: 'c1', slug: 'c1.e50' })).filter((item) => 'items' in item) as { label: string; items: SidebarItem[] }[];
		expect(current!.label).toBe('Category 1');
		expect(current!.items).toHaveLength(SIDEBAR_WINDOW + 1);
		expect(labels(current!.items)).toContain('c1.e50');
		expect(current!.items.at(-1)).toEqual({ label: 'All 100 in the catalog', link: '/events/#c1' });
		// At the edges the window shifts instead of shrinking.
		const first = categoriesOf(buildSidebar(model(3, 100), { category: 'c1', slug: 'c1.e0' })).find((item) => 'items' in item) as { items: SidebarItem[] };
		expect(labels(first.items).slice(0, 2)).toEqual(['c1.e0', 'c1.e1']);
		expect(first.items[3]).toMatchObject({ badge: { text: 'deprecated' } });
		const last = categoriesOf(buildSidebar(model(3, 100), { category: 'c1', slug: 'c1.e99' })).find((item) => 'items' in item) as { items: SidebarItem[] };
		expect(labels(last.items).slice(-2)).toEqual(['c1.e99', 'All 100 in the catalog']);
		expect(last.items).toHaveLength(SIDEBAR_WINDOW + 1);
	});

	it('lists a small category whole, with no catalog link', () => {
		const current = categoriesOf(buildSidebar(model(2, 5), { category: 'c0', slug: 'c0.e2' })).find((item) => 'items' in item) as { items: SidebarItem[] };
		expect(labels(current.items)).toEqual(['c0.e0', 'c0.e1', 'c0.e2', 'c0.e3', 'c0.e4']);
	});

	it('lists at most a window of categories, around the current one, and links the catalog for the rest', () => {
		const many = model(60, 3);
		const sidebar = categoriesOf(buildSidebar(many, { category: 'c45', slug: 'c45.e1' }));
		expect(sidebar).toHaveLength(CATEGORY_WINDOW + 1);
		expect(labels(sidebar)).toContain('Category 45');
		expect(sidebar.at(-1)).toEqual({ label: 'All 60 categories', link: '/events/' });
		// Guide pages (no current event) list the first ones.
		expect(labels(categoriesOf(buildSidebar(many))).slice(0, 2)).toEqual(['Category 0', 'Category 1']);
		// Up to the window, every category is listed and nothing more.
		const all = model(CATEGORY_WINDOW, 1);
		expect(labels(categoriesOf(buildSidebar(all)))).toEqual(all.categories.map((c) => c.title));
	});

	it('keeps the number of links bounded however large the catalog grows', () => {
		const sizes = [[5, 20], [20, 250], [200, 500]].map(([c, e]) => countLinks(buildSidebar(model(c!, e!), { category: 'c3', slug: 'c3.e7' })));
		expect(sizes[2]).toBeLessThanOrEqual(sizes[1]! + 1);
		expect(sizes[2]).toBeLessThanOrEqual(7 + 1 + CATEGORY_WINDOW + SIDEBAR_WINDOW + 2);
	});
});
