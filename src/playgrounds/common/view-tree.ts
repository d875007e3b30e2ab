// A minimal element tree, so one function describes a piece of the playground's UI and two back ends draw it:
// `toHtml` at build time (escaping every text and attribute) and the browser's DOM builder (createElement and
// textContent only). Text is always data, never markup.

export interface ViewElement {
	tag: string;
	attrs: Record<string, string>;
	children: ViewNode[];
}
export type ViewNode = ViewElement | string;

type Attrs = Record<string, string | number | boolean | undefined>;

/** `h('p', { class: 'x' }, 'text', child)`. false/undefined attributes are left out, true becomes "". */
export function h(tag: string, attrs: Attrs = {}, ...children: Array<ViewNode | ViewNode[] | false | null | undefined>): ViewElement {
	const clean: Record<string, string> = {};
	for (const [name, value] of Object.entries(attrs)) {
		if (value === undefined || value === false) continue;
		clean[name] = value === true ? '' : String(value);
	}
	const kids: ViewNode[] = [];
	for (const c of children) {
		if (c === false || c === null || c === undefined) continue;
		if (Array.isArray(c)) kids.push(...c);
		else kids.push(c);
	}
	return { tag, attrs: clean, children: kids };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr']);
const SAFE_NAME = /^[a-z][a-z0-9-]*$/;

export function toHtml(node: ViewNode | ViewNode[]): string {
	if (Array.isArray(node)) return node.map(toHtml).join('');
	if (typeof node === 'string') return escapeHtml(node);
	if (!SAFE_NAME.test(node.tag)) throw new Error(`bad tag name ${node.tag}`);
	let attrs = '';
	for (const [name, value] of Object.entries(node.attrs)) {
		if (!SAFE_NAME.test(name) || name.startsWith('on')) throw new Error(`bad attribute name ${name}`);
		attrs += ` ${name}="${escapeHtml(value)}"`;
	}
	if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
	return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}
