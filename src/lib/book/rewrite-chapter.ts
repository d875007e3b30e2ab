// Turns one page's rendered HTML into a chapter of the book: every id gets the chapter's prefix
// (pages reuse ids such as `ports`, and each Mermaid SVG has ids such as `actor3`), references follow
// (href="#…", aria-*, url(#…), <style> selectors inside an SVG), links to other chapters point
// inside the book, headings move one level down under the chapter's own title, and a diagram's
// full-size link (a file of the site, not of the book) is left out.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export interface LinkTarget {
	/** Anchor of the book entry for that page. */
	anchor: string;
	/** Playground links that carry state in their hash keep pointing at the playground itself. */
	kind: 'chapter' | 'playground' | 'top';
}

export interface RewriteOptions {
	/** The chapter's anchor; every id inside becomes `<anchor>--<id>`. */
	anchor: string;
	/** Site paths (base included, with trailing slash) of pages that are in the book. */
	links: ReadonlyMap<string, LinkTarget>;
	/** How many levels headings move down (1: the page's h2 becomes the book's h3). */
	headingShift?: number;
}

const idReferenceProperties = [
	'htmlFor',
	'ariaLabelledBy',
	'ariaDescribedBy',
	'ariaControls',
	'ariaOwns',
	'ariaDetails',
	'ariaErrorMessage',
	'ariaFlowTo',
	'ariaActiveDescendant',
	'headers',
	'list',
];

export function chapterIdFor(anchor: string, id: string): string {
	return `${anchor}--${id}`;
}

/** Where a site link goes inside the book, or undefined when it leaves the book. */
export function bookHref(href: string, links: ReadonlyMap<string, LinkTarget>): string | undefined {
	const hashAt = href.indexOf('#');
	const path = hashAt === -1 ? href : href.slice(0, hashAt);
	const fragment = hashAt === -1 ? '' : href.slice(hashAt + 1);
	const target = links.get(path.endsWith('/') ? path : `${path}/`);
	if (!target || !path.startsWith('/')) return undefined;
	if (target.kind === 'top') return '#_top';
	if (target.kind === 'playground') return fragment ? undefined : `#${target.anchor}`;
	return fragment ? `#${chapterIdFor(target.anchor, decodeURIComponent(fragment))}` : `#${target.anchor}`;
}

function mapIds(value: unknown, rename: (id: string) => string): unknown {
	if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? rename(v) : v));
	if (typeof value === 'string') return value.split(/\s+/).filter(Boolean).map(rename).join(' ');
	return value;
}

function collectIds(node: Element, into: Set<string>) {
	if (typeof node.properties.id === 'string') into.add(node.properties.id);
	for (const child of node.children) if (child.type === 'element') collectIds(child, into);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rewrites ids and references in a subtree. `rename` maps an id to its new value; inside an SVG
 * it knows the SVG's own ids (which get the SVG's prefix) from outside ones.
 */
function rewriteNode(node: Element, rename: (id: string) => string, options: RewriteOptions, svgCount: { n: number }, insideSvg = false) {
	let currentRename = rename;
	if (node.tagName === 'svg') {
		const own = new Set<string>();
		collectIds(node, own);
		const prefix = chapterIdFor(options.anchor, `svg${svgCount.n++}-`);
		currentRename = (id) => (own.has(id) ? `${prefix}${id}` : rename(id));
		// Mermaid's <style> addresses the SVG by its id (#dgm-…); other ids may be referenced as url(#…).
		if (own.size) {
			const pattern = new RegExp(`#(${[...own].map(escapeRegExp).join('|')})(?![\\w-])`, 'g');
			const visitStyles = (el: Element) => {
				for (const child of el.children) {
					if (child.type !== 'element') continue;
					if (child.tagName === 'style') {
						for (const text of child.children) if (text.type === 'text') text.value = text.value.replace(pattern, (_m, id: string) => `#${prefix}${id}`);
					} else visitStyles(child);
				}
			};
			visitStyles(node);
		}
	}
	const props = node.properties;
	const inSvg = insideSvg || node.tagName === 'svg';
	if (typeof props.id === 'string') props.id = currentRename(props.id);
	for (const key of idReferenceProperties) if (props[key] !== undefined) props[key] = mapIds(props[key], currentRename) as never;
	for (const [key, value] of Object.entries(props)) {
		if (typeof value === 'string' && value.includes('url(#')) props[key] = value.replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${currentRename(id)})`);
	}
	for (const key of ['href', 'xLinkHref'] as const) {
		const href = props[key];
		if (typeof href !== 'string') continue;
		if (href.startsWith('#')) {
			if (href.length > 1) props[key] = `#${currentRename(decodeURIComponent(href.slice(1)))}`;
		} else if (!inSvg && node.tagName === 'a') {
			const inside = bookHref(href, options.links);
			if (inside) props[key] = inside;
		}
	}
	for (const child of node.children) if (child.type === 'element') rewriteNode(child, currentRename, options, svgCount, inSvg);
	if (!inSvg) shiftHeading(node, options.headingShift ?? 1);
}

function shiftHeading(node: Element, shift: number) {
	const level = /^h([1-6])$/.exec(node.tagName)?.[1];
	if (level) node.tagName = `h${Math.min(6, Number(level) + shift)}`;
	const classes = node.properties.className;
	if (Array.isArray(classes)) {
		node.properties.className = classes.map((c) => {
			const m = typeof c === 'string' ? /^level-h([1-6])$/.exec(c) : null;
			return m ? `level-h${Math.min(6, Number(m[1]) + shift)}` : c;
		});
	}
}

/** A diagram's "Open full size" link leads out of the book (and nowhere from file://); the book drops it. */
function dropFullSizeLinks(parent: Root | Element) {
	parent.children = parent.children.filter((child) => {
		if (child.type !== 'element') return true;
		const classes = child.properties.className;
		if (child.tagName === 'a' && Array.isArray(classes) && classes.includes('diagram-full-size')) return false;
		dropFullSizeLinks(child);
		return true;
	}) as typeof parent.children;
}

export function rewriteChapterHtml(html: string, options: RewriteOptions): string {
	const tree: Root = fromHtml(html, { fragment: true });
	dropFullSizeLinks(tree);
	const rename = (id: string) => chapterIdFor(options.anchor, id);
	const svgCount = { n: 0 };
	const visit = (nodes: (RootContent | ElementContent)[]) => {
		for (const node of nodes) if (node.type === 'element') rewriteNode(node, rename, options, svgCount);
	};
	visit(tree.children);
	return toHtml(tree);
}
