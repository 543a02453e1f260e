/** The signature checker in the browser: runs `checkSignature` and renders its report. */
import { checkSignature, type SignatureConfig, type SignatureReport } from '../../lib/tools/check-signature.ts';
import { el } from './dom.ts';

const REASONS: Record<NonNullable<SignatureReport['reason']>, string> = {
	missing_header: 'Missing header',
	bad_secret: 'Unusable secret',
	signature_mismatch: 'Signature mismatch',
	timestamp_out_of_tolerance: 'Timestamp outside the tolerance',
	replayed_nonce: 'Replayed nonce',
	replayed_id: 'Replayed webhook-id',
};

/** Where two strings first differ, for the screen-reader summary of the comparison. */
const firstDifference = (a: string, b: string) => {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
};

function render(report: SignatureReport): (Node | string)[] {
	const verdict = report.valid ? 'Valid' : `Invalid: ${REASONS[report.reason!]}`;
	const parts: (Node | string)[] = [
		el('p', { class: `hr-verdict ${report.valid ? 'hr-verdict--ok' : 'hr-verdict--bad'}`, 'data-verdict': report.valid ? 'valid' : 'invalid', 'data-reason': report.reason ?? '', 'data-cause': report.cause ?? '' }, [verdict]),
		el('p', { class: 'hr-explanation' }, [report.explanation]),
	];
	if (report.checks.length) {
		parts.push(el('ul', { class: 'hr-checks' }, report.checks.map((c) => el('li', {}, [`${c.ok ? '✔' : '✖'} ${c.label}: ${c.detail}`]))));
	}
	if (report.signedString !== undefined) {
		parts.push(el('div', {}, [el('h4', {}, ['Signed string']), el('pre', { class: 'hr-mono', tabindex: '0', 'data-signed-string': '' }, [report.signedString])]));
	}
	if (report.expected !== undefined || report.received !== undefined) {
		const same = report.expected !== undefined && report.received !== undefined && report.received.split(' ').includes(report.expected);
		const at = report.expected && report.received ? firstDifference(report.expected, report.received) : 0;
		parts.push(
			el('div', { class: 'hr-compare' }, [
				el('div', {}, [el('h4', {}, ['Expected (computed here)']), el('code', { class: 'hr-mono', 'data-expected': '' }, [report.expected ?? '—'])]),
				el('div', {}, [el('h4', {}, ['Received']), el('code', { class: 'hr-mono', 'data-received': '' }, [report.received ?? '—'])]),
			]),
			el('p', { class: 'hr-muted' }, [same ? 'The signatures match.' : report.expected && report.received ? `The signatures differ from character ${at + 1} on.` : '']),
		);
	}
	return parts;
}

export async function createSignatureChecker(root: HTMLElement): Promise<{ check(): Promise<void>; fillExample(): void }> {
	const config = JSON.parse(root.dataset.config!) as SignatureConfig;
	const field = (id: string) => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
	const [body, headers, secret, now, seen] = ['hr-sig-body', 'hr-sig-headers', 'hr-sig-secret', 'hr-sig-now', 'hr-sig-seen'].map(field) as [
		HTMLTextAreaElement,
		HTMLTextAreaElement,
		HTMLInputElement,
		HTMLInputElement,
		HTMLTextAreaElement,
	];
	const result = root.querySelector<HTMLElement>('.hr-tool-result')!;
	root.dataset.ready = 'true';
	return {
		async check() {
			const clock = now.value.trim();
			if (clock && !/^\d+$/.test(clock)) {
				result.replaceChildren(el('p', { class: 'hr-verdict hr-verdict--bad' }, ['The receiver’s clock must be Unix seconds, or empty.']));
				return;
			}
			const report = await checkSignature(config, {
				// The text area's value has LF line ends, as the JSON bodies the platform sends.
				body: body.value,
				headers: headers.value,
				secret: secret.value.trim(),
				now: clock ? Number(clock) : undefined,
				seen: seen.value.split(/\s+/).filter(Boolean),
			});
			result.replaceChildren(...render(report));
		},
		fillExample() {
			const example = JSON.parse(root.dataset.example!) as { body: string; headers: string; secret: string; now: string };
			body.value = example.body;
			headers.value = example.headers;
			secret.value = example.secret;
			now.value = example.now;
			seen.value = '';
			result.replaceChildren();
			body.focus();
		},
	};
}
