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

/** How patchChildren compares and updates the children it keeps. */
export interface PatchOptions {
	/** Attributes the page changes on the live elements (e.g. a roving tabindex): neither compared nor written. */
	live?: readonly string[];
	/**
	 * Attributes that do not make a child new: a kept child gets their new values written in place (e.g. a
	 * problem's character offsets, which every keystroke before it shifts while its line and text stay).
	 */
	inPlace?: readonly string[];
}

/** A node's view as a string, leaving out the attributes named. */
export function viewKey(node: ViewNode, ignored: readonly string[] = []): string {
	if (typeof node === 'string') return JSON.stringify(node);
	const attrs = Object.entries(node.attrs).filter(([name]) => !ignored.includes(name));
	return JSON.stringify([node.tag, attrs, node.children]);
}

/** The view each node that patchChildren drew was drawn from. */
const drawnFrom = new WeakMap<Node, string>();

/**
 * Like replaceChildren, but each child whose view is unchanged (same key) is kept rather than drawn anew,
 * and kept children are not moved: a keystroke that changes one problem of 300 rebuilds one list item,
 * and the browser lays out one item instead of the whole list. Children not drawn here (the build-time
 * HTML) are replaced the first time.
 */
export function patchChildren(target: Element, nodes: ViewNode[], { live = [], inPlace = [] }: PatchOptions = {}): void {
	const ignored = [...live, ...inPlace];
	const unused = new Map<string, Node[]>();
	for (const child of target.childNodes) {
		const key = drawnFrom.get(child);
		if (key !== undefined) unused.set(key, [...(unused.get(key) ?? []), child]);
	}
	const kept = new Set<Node>();
	const next = nodes.map((node) => {
		const key = viewKey(node, ignored);
		const reused = unused.get(key)?.shift();
		if (reused) {
			kept.add(reused);
			if (typeof node !== 'string' && reused instanceof Element) {
				for (const name of inPlace) {
					const value = node.attrs[name];
					if (value === undefined) reused.removeAttribute(name);
					else if (reused.getAttribute(name) !== value) reused.setAttribute(name, value);
				}
			}
			return reused;
		}
		const drawn = toDom(node);
		drawnFrom.set(drawn, key);
		return drawn;
	});
	let at = target.firstChild;
	const dropUnkept = () => {
		while (at && !kept.has(at)) {
			const after: ChildNode | null = at.nextSibling;
			at.remove();
			at = after;
		}
	};
	for (const node of next) {
		dropUnkept();
		if (node === at) at = at.nextSibling;
		else target.insertBefore(node, at);
	}
	// Every child in `next` now stands before `at`: what is left was not kept.
	while (at) {
		const after: ChildNode | null = at.nextSibling;
		at.remove();
		at = after;
	}
}
