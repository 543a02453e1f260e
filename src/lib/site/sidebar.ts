/**
 * The navigation of each page, computed from the site model. Other categories appear as one link
 * each, at most a window of them, and the current category lists at most a window of its events,
 * so a page's HTML does not grow with the size of the catalog.
 */
import type { SiteModel } from './site-model.ts';
import { categoryAnchor, pagePath, ROUTES } from './urls.ts';

/**
 * Starlight's sidebar config items (the `sidebar` prop of `<StarlightPage>`). Links are routes, not
 * `href`s: Starlight adds the base path to sidebar links itself.
 */
export type SidebarItem =
	| { label: string; link: string; badge?: string | { text: string; variant: 'note' | 'caution' | 'default' } }
	| { label: string; items: SidebarItem[]; collapsed?: boolean };

/** How many events of the current category the sidebar lists around the current one. */
export const SIDEBAR_WINDOW = 12;
/** How many categories the sidebar lists (around the current one); the catalog lists them all. */
export const CATEGORY_WINDOW = 20;

/** At most `size` items of `items` around index `at` (from the start when `at` is -1). */
function windowAround<T>(items: T[], at: number, size: number): T[] {
	const start = Math.max(0, Math.min(at - Math.floor(size / 2), items.length - size));
	return items.slice(start, start + size);
}

export function buildSidebar(model: Pick<SiteModel, 'signing' | 'categories' | 'eventCount'>, current?: { category: string; slug: string }): SidebarItem[] {
	const guides: SidebarItem = {
		label: 'Guides',
		items: [
			{ label: 'Overview', link: ROUTES.overview },
			{ label: 'Envelope', link: ROUTES.envelope },
			{ label: model.signing.scheme === 'none' ? 'Verification' : 'Verifying signatures', link: ROUTES.verification },
			{ label: 'Retries and delivery', link: ROUTES.retries },
			{ label: 'Deny list', link: ROUTES.denyList },
			{ label: 'Changelog', link: ROUTES.changelog },
			{ label: 'Downloads', link: ROUTES.downloads },
		],
	};
	const currentIndex = model.categories.findIndex((category) => category.id === current?.category);
	const listed = windowAround(model.categories, currentIndex, CATEGORY_WINDOW);
	const categories: SidebarItem[] = listed.map((category) => {
		if (category.id !== current?.category) {
			return { label: category.title, link: categoryAnchor(category.id), badge: String(category.events.length) };
		}
		const index = category.events.findIndex((event) => event.slug === current.slug);
		const shown = windowAround(category.events, index, SIDEBAR_WINDOW);
		const items: SidebarItem[] = shown.map((event) => ({
			label: event.type,
			link: pagePath(event.slug),
			...(event.deprecated ? { badge: { text: 'deprecated', variant: 'caution' as const } } : {}),
		}));
		if (shown.length < category.events.length) {
			items.push({ label: `All ${category.events.length} in the catalog`, link: categoryAnchor(category.id) });
		}
		return { label: category.title, items };
	});
	if (listed.length < model.categories.length) {
		categories.push({ label: `All ${model.categories.length} categories`, link: ROUTES.catalog });
	}
	return [
		guides,
		{ label: `Event catalog`, link: ROUTES.catalog, badge: String(model.eventCount) },
		{ label: 'Categories', items: categories },
	];
}
