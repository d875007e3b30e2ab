// Turns the playground's element trees into DOM nodes with createElement/setAttribute/textContent only:
// user text can never become markup.
import type { ViewNode } from './view-tree.ts';

export function toDom(node: ViewNode): Node {
	if (typeof node === 'string') return document.createTextNode(node);
	const el = document.createElement(node.tag);
	for (const [name, value] of Object.entries(node.attrs)) {
		if (name.startsWith('on')) continue;
		el.setAttribute(name, value);
	}
	for (const child of node.children) el.append(toDom(child));
	return el;
}

export function replaceChildren(target: Element, nodes: ViewNode[]): void {
	target.replaceChildren(...nodes.map(toDom));
}
