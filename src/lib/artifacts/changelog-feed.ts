/**
 * The changelog as an Atom feed (`/changelog.xml`): one entry per release, newest first, with
 * the same computed changes as the changelog page. Written with the `feed` package; dates are the
 * release dates, so the file only changes when a release does.
 */
import { Feed } from 'feed';
import type { SiteModel } from '../site/site-model.ts';
import { escapeText } from '../site/html.ts';
import { href, releaseAnchor, ROUTES } from '../site/urls.ts';
import type { Artifact } from './emit-artifacts.ts';

const SEVERITY_LABEL = { breaking: 'Breaking', warning: 'Warning', compatible: 'Compatible' } as const;

export function emitChangelogFeed(model: SiteModel): Artifact | undefined {
	const releases = model.history.changelog.filter((entry) => entry.version !== null);
	if (releases.length === 0 || !model.history.feedHref) return undefined;
	const { siteUrl, name } = model.platform;
	const absolute = (path: string) => `${siteUrl}${path}`;
	const changelogUrl = absolute(href(ROUTES.changelog));
	const dateOf = (date: string | undefined) => new Date(`${date}T00:00:00Z`);
	const feed = new Feed({
		id: changelogUrl,
		link: changelogUrl,
		title: `${name} webhooks changelog`,
		description: `Releases of the ${name} webhook events: what changed, breaking changes first.`,
		updated: dateOf(releases[0]!.date),
		generator: 'hookref',
		feedLinks: { atom: absolute(model.history.feedHref) },
		copyright: '',
		author: { name: `${name}` },
	});
	for (const entry of releases) {
		const { breaking, warning } = entry.counts;
		const title = `${entry.version}${breaking ? ` — ${breaking} breaking` : ''}${warning ? `${breaking ? ',' : ' —'} ${warning} warning${warning === 1 ? '' : 's'}` : ''}`;
		const list = entry.events
			.map((event) => {
				const name = event.href ? `<a href="${absolute(event.href)}"><code>${escapeText(event.type)}</code></a>` : `<code>${escapeText(event.type)}</code>`;
				const items = event.changes.map((change) => `<li><strong>${SEVERITY_LABEL[change.severity]}</strong>: ${change.messageHtml}</li>`).join('');
				return `<li>${name}<ul>${items}</ul></li>`;
			})
			.join('');
		const shared = entry.shared.map((change) => `<li><strong>${SEVERITY_LABEL[change.severity]}</strong>: ${change.messageHtml}</li>`).join('');
		const body = entry.initial
			? `<p>The first release: ${entry.eventCount} events.</p>`
			: `${shared ? `<p>Every event:</p><ul>${shared}</ul>` : ''}${list ? `<ul>${list}</ul>` : '<p>No change to the contract.</p>'}`;
		feed.addItem({
			id: `${changelogUrl}#${releaseAnchor(entry.version)}`,
			link: `${changelogUrl}#${releaseAnchor(entry.version)}`,
			title,
			date: dateOf(entry.date),
			content: `${entry.notesHtml}${body}`,
		});
	}
	return { path: ROUTES.changelogFeed.replace(/^\//, ''), content: feed.atom1() };
}
