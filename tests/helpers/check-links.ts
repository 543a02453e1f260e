/**
 * An internal link checker for a built site, read from disk as a static host would serve it under
 * the site's URL (base path included). Checked: every `href`, `src` and `srcset` of every HTML
 * page (canonical and `og:url` too), `url()`s in stylesheets and the sitemap's `<loc>`s; each must
 * name a file in `dist/` under the base path, and its fragment an `id` in the target page.
 * Links to other hosts are not followed. linkinator checks fragments only on crawled HTTP
 * responses and has no notion of a base path, so this small crawler over `dist/` does the job.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BrokenLink {
	/** The file the link is in, relative to `dist/`. */
	from: string;
	url: string;
	reason: string;
}

export interface LinkReport {
	/** Internal links checked (external ones are counted apart, not followed). */
	checked: number;
	external: number;
	/** Distinct internal targets (URL without fragment). */
	targets: number;
	broken: BrokenLink[];
}

const URL_ATTRIBUTES = ['href', 'src'];
/** `<meta>` whose content is a URL of the page or of an image. */
const URL_METAS = ['og:url', 'og:image', 'twitter:image'];

const listFiles = (dist: string) =>
	readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();

/** The URL a host serves `file` (relative to `dist/`) at: `events/x/index.html` → `<site>/events/x/`. */
const urlOfFile = (site: URL, file: string) => new URL(file.replace(/(^|\/)index\.html$/, '$1'), site);

function urlsInHtml(document: HTMLElement): string[] {
	const urls: string[] = [];
	for (const element of document.querySelectorAll('[href], [src], [srcset], meta[property], meta[name]')) {
		for (const attribute of URL_ATTRIBUTES) {
			const value = element.getAttribute(attribute);
			if (value !== undefined) urls.push(value);
		}
		const srcset = element.getAttribute('srcset');
		if (srcset) urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean));
		const meta = element.getAttribute('property') ?? element.getAttribute('name');
		if (element.tagName === 'META' && meta && URL_METAS.includes(meta)) urls.push(element.getAttribute('content') ?? '');
	}
	return urls;
}

const urlsInCss = (css: string) => [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((m) => m[2] ?? m[4]!);

const urlsInSitemap = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());

/**
 * Checks every internal link of the site in `dist`, served at `siteUrl` (`https://host/repo`).
 * Returns what was checked and what is broken; an empty `broken` means every link resolves.
 */
export function checkLinks(dist: string, siteUrl: string): LinkReport {
	const site = new URL(siteUrl.replace(/\/?$/, '/'));
	const ids = new Map<string, Set<string>>();
	const parsed = new Map<string, HTMLElement>();
	const documentOf = (file: string) => {
		if (!parsed.has(file)) parsed.set(file, parse(readFileSync(path.join(dist, file), 'utf8')));
		return parsed.get(file)!;
	};
	const idsOf = (file: string) => {
		if (!ids.has(file)) {
			const document = documentOf(file);
			const found = new Set<string>();
			for (const element of document.querySelectorAll('[id]')) found.add(element.getAttribute('id')!);
			for (const element of document.querySelectorAll('a[name]')) found.add(element.getAttribute('name')!);
			ids.set(file, found);
		}
		return ids.get(file)!;
	};

	/** The file under `dist/` a URL of the site names, or why there is none. */
	function resolve(url: URL): { file: string } | { reason: string } {
		if (!url.pathname.startsWith(site.pathname)) return { reason: `outside the base path ${site.pathname}` };
		let relative: string;
		try {
			relative = decodeURIComponent(url.pathname.slice(site.pathname.length));
		} catch {
			return { reason: 'malformed percent-encoding' };
		}
		const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
		const absolute = path.join(dist, file);
		if (!absolute.startsWith(dist)) return { reason: 'escapes dist/' };
		if (!existsSync(absolute)) return { reason: `no file ${file}` };
		if (statSync(absolute).isDirectory()) return { reason: `${file} is a folder: link it with a trailing slash` };
		return { file };
	}

	const report: LinkReport = { checked: 0, external: 0, targets: 0, broken: [] };
	const targets = new Set<string>();
	const files = listFiles(dist);
	for (const from of files) {
		let raw: string[];
		if (from.endsWith('.html')) raw = urlsInHtml(documentOf(from));
		else if (from.endsWith('.css')) raw = urlsInCss(readFileSync(path.join(dist, from), 'utf8'));
		else if (/(^|\/)sitemap[^/]*\.xml$/.test(from)) raw = urlsInSitemap(readFileSync(path.join(dist, from), 'utf8'));
		else continue;
		const base = urlOfFile(site, from);
		for (const value of raw) {
			const broken = (reason: string) => report.broken.push({ from, url: value, reason });
			let url: URL;
			try {
				url = new URL(value, base);
			} catch {
				broken('not a URL');
				continue;
			}
			if (url.protocol !== 'http:' && url.protocol !== 'https:') continue; // data:, mailto:…
			if (url.origin !== site.origin) {
				report.external++;
				continue;
			}
			report.checked++;
			targets.add(url.origin + url.pathname);
			const target = resolve(url);
			if ('reason' in target) {
				broken(target.reason);
				continue;
			}
			const fragment = url.hash.slice(1);
			if (fragment && target.file.endsWith('.html')) {
				let id: string;
				try {
					id = decodeURIComponent(fragment);
				} catch {
					id = fragment;
				}
				if (!idsOf(target.file).has(id)) broken(`no id "${id}" in ${target.file}`);
			}
		}
	}
	report.targets = targets.size;
	return report;
}
