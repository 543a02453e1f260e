/** "Copy page as Markdown": fetches the page's twin and puts its exact text on the clipboard. */
export async function copyPageMarkdown(button: HTMLButtonElement): Promise<void> {
	const label = button.textContent;
	try {
		const response = await fetch(button.dataset.markdown!);
		if (!response.ok) throw new Error(`${response.status}`);
		await navigator.clipboard.writeText(await response.text());
		button.textContent = 'Copied';
	} catch {
		button.textContent = 'Copy failed';
	}
	setTimeout(() => (button.textContent = label), 2000);
}
