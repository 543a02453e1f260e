/** Builds DOM nodes for the tools' reports: text is always set as text, never parsed as HTML. */
export function el(tag: string, attributes: Record<string, string>, children: (Node | string)[] = []): HTMLElement {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children.filter((child) => child !== ''));
	return node;
}
