/** Shell commands the site prints for copying: free of Node APIs, so browser code shares them. */

/** Single-quotes a shell word; the quoted text is byte-identical once the shell unquotes it. */
export const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** A curl command sending `body` with `headers`; the quoted body is byte-identical to `body`. */
export function toCurl(url: string, headers: Record<string, string>, body: string, method = 'POST'): string {
	return [
		`curl -X ${method} ${shellQuote(url)}`,
		...Object.entries(headers).map(([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`),
		`  --data-binary ${shellQuote(body)}`,
	].join(' \\\n');
}

/** Headers as the pages show them: one `Name: value` line each. */
export const headerLines = (headers: Record<string, string>) =>
	Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\n');

/** The inverse of `headerLines` (a header name holds no `:`, so the first `: ` ends it). */
export function parseHeaderLines(text: string): Record<string, string> {
	if (text === '') return {};
	return Object.fromEntries(
		text.split('\n').map((line) => {
			const at = line.indexOf(': ');
			return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 2)];
		}),
	);
}

/**
 * Whether a page can rebuild this sample's curl command from the headers it shows: true unless a
 * header name or value holds a line break or `: ` in its name (then the page prints the command).
 */
export function headersRoundTrip(headers: Record<string, string>): boolean {
	const parsed = parseHeaderLines(headerLines(headers));
	const entries = Object.entries(headers);
	return entries.length === Object.keys(parsed).length && entries.every(([name, value]) => parsed[name] === value);
}
