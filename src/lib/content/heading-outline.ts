// The heading outline of a page: depth and text of every section heading, and the anchor each
// one gets. Both language versions of a page take their anchors from the English headings, so
// `/zh-cn/page/#same-anchor` points at the same section as `/page/#same-anchor`.
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export interface OutlineEntry {
	depth: number;
	text: string;
	/** Anchor as GitHub (and Astro) would slug this text. */
	slug: string;
}

/** Section headings (h2–h6) of an mdast tree, in document order. The page title (h1) is not part of it. */
export function outlineOfTree(tree: Root): OutlineEntry[] {
	const slugger = new GithubSlugger();
	const entries: OutlineEntry[] = [];
	const walk = (node: { type: string; children?: unknown[] }) => {
		if (node.type === 'heading' && (node as Heading).depth > 1) {
			const text = toString(node as Heading);
			entries.push({ depth: (node as Heading).depth, text, slug: slugger.slug(text) });
			return;
		}
		for (const child of (node.children ?? []) as { type: string }[]) walk(child);
	};
	walk(tree);
	return entries;
}

/** Outline of Markdown/MDX source. Frontmatter and code fences are not headings; JSX lines are read as text. */
export function outlineOfSource(source: string): OutlineEntry[] {
	const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
	return outlineOfTree(fromMarkdown(body));
}

/** True when two outlines have the same headings at the same depths, so anchors can be shared by position. */
export function sameShape(a: readonly OutlineEntry[], b: readonly OutlineEntry[]): boolean {
	return a.length === b.length && a.every((entry, i) => entry.depth === b[i]!.depth);
}
