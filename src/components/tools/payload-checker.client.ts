/** The payload checker in the browser: runs `checkPayload` and renders its report. */
import { checkPayload, type Finding, type ValidatorModule } from '../../lib/tools/check-payload.ts';
import type { ValidatorIndex } from '../../lib/artifacts/emit-validators.ts';
import { el } from './dom.ts';

/** The documented meaning of a field, read from its row in the page's field table. */
function meaningOf(row: HTMLElement | null): string {
	const cell = row?.querySelector('td:nth-child(3)');
	if (!cell) return '';
	const copy = cell.cloneNode(true) as HTMLElement;
	copy.querySelectorAll('.hr-enum').forEach((extra) => extra.remove());
	return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The field's row, or its closest documented ancestor's (an unknown field has none of its own). */
function rowFor(rowPath: string | undefined): HTMLElement | null {
	let path = rowPath;
	while (path) {
		const row = document.getElementById(`field-${path}`);
		if (row) return row;
		path = path.includes('.') || path.includes('[') ? path.replace(/(\.[^.]*|\[\])$/, '') : '';
	}
	return null;
}

function renderFinding(finding: Finding): HTMLElement {
	const row = rowFor(finding.rowPath);
	const own = row?.id === `field-${finding.rowPath}`;
	const meaning = own ? meaningOf(row) : '';
	return el('li', { class: `hr-finding hr-finding--${finding.severity}`, 'data-pointer': finding.pointer, 'data-rule': finding.rule, 'data-severity': finding.severity }, [
		el('span', { class: 'hr-finding-head' }, [
			el('span', { class: 'hr-badge' }, [finding.severity === 'error' ? 'Error' : 'Warning']),
			' ',
			el('code', { class: 'hr-pointer' }, [finding.pointer || '/ (the whole body)']),
			' ',
			el('span', { class: 'hr-rule' }, [finding.rule]),
		]),
		el('span', {}, [` ${finding.message}.`]),
		meaning ? el('span', { class: 'hr-meaning' }, [`Documented as: ${meaning}`]) : '',
		row ? el('a', { href: `#${row.id}` }, [own ? 'See the field in the table' : 'See the enclosing field in the table']) : '',
	]);
}

/** The checker's form, built when it is opened so that the page itself stays small. */
function buildForm(body: HTMLElement, info: ValidatorModule['event']): { input: HTMLTextAreaElement; result: HTMLElement } {
	const input = el('textarea', { id: 'hr-payload-input', rows: '8', spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off' }) as HTMLTextAreaElement;
	const result = el('div', { class: 'hr-tool-result', role: 'status', 'aria-live': 'polite' });
	body.replaceChildren(
		el('p', {}, [
			`Paste a body you received${info.dataField ? ' (the whole delivery, or just its data)' : ''} to check it against the schema of `,
			el('code', {}, [info.type]),
			'. It is checked in your browser; nothing is sent anywhere.',
		]),
		el('label', { for: 'hr-payload-input' }, ['Body (JSON)']),
		input,
		el('div', { class: 'hr-tool-actions' }, [el('button', { type: 'button', class: 'hr-button', 'data-check': '' }, ['Check payload'])]),
		result,
	);
	return { input, result };
}

export async function createPayloadChecker(root: HTMLElement): Promise<{ check(): Promise<void> }> {
	const validatorUrl = new URL(root.dataset.validator!, location.href);
	const validator = (await import(/* @vite-ignore */ validatorUrl.href)) as ValidatorModule;
	const { input, result } = buildForm(root.querySelector<HTMLElement>('.hr-tool-body')!, validator.event);
	// Beside the validators, the index of every type's page; pages are siblings of this one.
	const indexUrl = new URL('types.json', validatorUrl).href;
	const pageOf = (slug: string) => `${location.pathname.replace(/[^/]+\/?$/, '')}${slug}/`;
	root.dataset.ready = 'true';

	const show = (verdict: string, ...children: (Node | string)[]) => {
		result.dataset.verdict = verdict;
		result.replaceChildren(...children);
	};
	async function check(): Promise<void> {
		const text = input.value.trim();
		if (!text) return void show('empty', el('p', {}, ['Paste a JSON body first.']));
		const report = checkPayload(text, validator);
		switch (report.kind) {
			case 'invalid-json':
				return show('invalid-json', el('p', { class: 'hr-verdict hr-verdict--bad' }, [`This is not valid JSON: ${report.message}`]));
			case 'not-an-object':
				return show('invalid', el('p', { class: 'hr-verdict hr-verdict--bad' }, ['A delivery body is a JSON object; this is not one.']));
			case 'other-event': {
				const index = (await (await fetch(indexUrl)).json()) as ValidatorIndex;
				const slug = index.types[report.type];
				return show(
					'other-event',
					el('p', { class: 'hr-verdict hr-verdict--other' }, [
						'This is a body of another event: ',
						slug ? el('a', { href: pageOf(slug) }, [el('code', {}, [report.type])]) : el('code', {}, [report.type]),
						slug ? '. Check it on that event’s page.' : ', which is not in the catalog.',
					]),
				);
			}
			case 'checked': {
				const errors = report.findings.filter((f) => f.severity === 'error').length;
				const warnings = report.findings.length - errors;
				const what = report.asData ? 'This data' : 'This body';
				const summary = report.valid
					? `${what} matches the schema of ${validator.event.type}${warnings ? `, with ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}.`
					: `${what} does not match the schema of ${validator.event.type}: ${errors} error${errors > 1 ? 's' : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}.`;
				return show(
					report.valid ? 'valid' : 'invalid',
					el('p', { class: `hr-verdict ${report.valid ? 'hr-verdict--ok' : 'hr-verdict--bad'}` }, [summary]),
					report.asData ? el('p', { class: 'hr-muted' }, ['Checked as the event’s data, inside the sample envelope; pointers are into what you pasted.']) : '',
					report.findings.length ? el('ul', { class: 'hr-findings' }, report.findings.map(renderFinding)) : '',
				);
			}
		}
	}
	return { check };
}
