/** Shell commands the site prints for copying: free of Node APIs, so browser tools share them. */

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
