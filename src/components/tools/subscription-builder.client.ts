/** The subscription builder in the browser: a checkbox per event and per category, and the requests. */
import { buildSubscriptionRequests, type SubscriptionCall } from '../../lib/tools/subscription-request.ts';
import { el } from './dom.ts';

interface CatalogEntry {
	type: string;
	category: string;
}

function checkbox(id: string, label: string, value: string, attributes: Record<string, string> = {}): HTMLElement {
	const input = el('input', { type: 'checkbox', id, value, ...attributes });
	return el('span', {}, [input, ' ', el('label', { for: id }, [label])]);
}

function codeBlock(title: string, code: string, attributes: Record<string, string>): HTMLElement {
	const button = el('button', { type: 'button', class: 'hr-copy', 'aria-label': `Copy ${title.toLowerCase()}` }, ['Copy']);
	const block = el('div', { class: 'hr-code', ...attributes }, [
		el('div', { class: 'hr-code-head' }, [el('span', {}, [title]), button]),
		el('pre', { tabindex: '0' }, [el('code', {}, [code])]),
	]);
	button.addEventListener('click', async () => {
		await navigator.clipboard.writeText(code);
		button.textContent = 'Copied';
		setTimeout(() => (button.textContent = 'Copy'), 1500);
	});
	return block;
}

export async function mountSubscriptionBuilder(root: HTMLElement): Promise<void> {
	const call = JSON.parse(root.dataset.config!) as SubscriptionCall;
	const categories = JSON.parse(root.dataset.categories!) as { id: string; title: string }[];
	const pick = root.querySelector<HTMLElement>('.hr-pick')!;
	const summary = root.querySelector<HTMLElement>('.hr-sub-summary')!;
	const result = root.querySelector<HTMLElement>('.hr-tool-result')!;
	const urlInput = root.querySelector<HTMLInputElement>('#hr-sub-url');
	const catalog = (await (await fetch(root.dataset.catalog!)).json()) as { events: CatalogEntry[] };

	const list = el('div', { class: 'hr-pick-list' });
	for (const category of categories) {
		const events = catalog.events.filter((event) => event.category === category.id);
		if (events.length === 0) continue;
		list.append(
			el('fieldset', { 'data-category': category.id }, [
				el('legend', {}, [checkbox(`hr-sub-cat-${category.id}`, `All ${category.title} (${events.length})`, category.id, { 'data-all': '' })]),
				el('ul', {}, events.map((event, i) => el('li', {}, [checkbox(`hr-sub-${category.id}-${i}`, event.type, event.type, { 'data-type': '' })]))),
			]),
		);
	}
	pick.replaceChildren(list);
	root.dataset.ready = 'true';

	const all = () => [...list.querySelectorAll<HTMLInputElement>('input[data-type]')];
	function update() {
		// Each category box mirrors its events: checked, unchecked or indeterminate.
		for (const fieldset of list.querySelectorAll('fieldset')) {
			const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[data-type]')];
			const ticked = boxes.filter((box) => box.checked).length;
			const categoryBox = fieldset.querySelector<HTMLInputElement>('input[data-all]')!;
			categoryBox.checked = ticked === boxes.length;
			categoryBox.indeterminate = ticked > 0 && ticked < boxes.length;
		}
		const types = all().filter((box) => box.checked).map((box) => box.value);
		const requests = buildSubscriptionRequests(call, types, urlInput?.value);
		summary.textContent = types.length
			? `${types.length} event${types.length > 1 ? 's' : ''} ticked: ${requests.length} request${requests.length > 1 ? 's' : ''}.`
			: 'Tick at least one event.';
		const notes: HTMLElement[] = [];
		if (call.omitMeansAll && types.length === all().length) {
			notes.push(el('p', { class: 'hr-muted' }, [`Every public event is ticked: you may also omit ${call.eventsField}, which subscribes to every type, including types added later.`]));
		}
		if (!call.url) {
			notes.push(el('p', { class: 'hr-muted' }, [`The platform documents this call by its name, “${call.name}”, not by its URL: replace <${call.name} URL> with it.`]));
		}
		result.replaceChildren(
			...notes,
			...requests.flatMap((request, i) => {
				const label = requests.length > 1 ? ` ${i + 1} of ${requests.length}` : '';
				return [
					codeBlock(`Request body${label}: ${request.method} ${request.target}`, request.json, { 'data-request-body': String(i) }),
					codeBlock(`curl${label}`, request.curl, { 'data-request-curl': String(i) }),
				];
			}),
		);
	}
	list.addEventListener('change', (event) => {
		const box = event.target as HTMLInputElement;
		if (box.matches('[data-all]')) {
			for (const child of box.closest('fieldset')!.querySelectorAll<HTMLInputElement>('input[data-type]')) child.checked = box.checked;
		}
		update();
	});
	urlInput?.addEventListener('input', update);
	update();
}
