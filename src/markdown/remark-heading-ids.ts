// remark plugin: gives every section heading its anchor from the English version of the page,
// so both languages share anchors. A Chinese page whose outline differs from its English twin
// keeps Astro's own (Chinese) anchors; tests/content/pages.test.ts fails on such a pair.
import { existsSync, readFileSync } from 'node:fs';
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { outlineOfSource, outlineOfTree, sameShape, type OutlineEntry } from '../lib/content/heading-outline.ts';

const chinesePath = /([\\/]content[\\/]docs[\\/])zh-cn[\\/]/;

/** Anchors from the English source of this page (its own source, or its twin's for a Chinese page). */
function englishOutline(tree: Root, file: VFile): OutlineEntry[] | undefined {
	const path = file.path ?? '';
	const english = path.replace(chinesePath, '$1');
	if (!existsSync(english)) return undefined;
	const anchors = outlineOfSource(readFileSync(english, 'utf8'));
	return sameShape(anchors, outlineOfTree(tree)) ? anchors : undefined;
}

export function remarkHeadingIds() {
	return (tree: Root, file: VFile) => {
		const anchors = englishOutline(tree, file);
		if (!anchors) return;
		let i = 0;
		visit(tree, 'heading', (node: Heading) => {
			if (node.depth === 1) return;
			const entry = anchors[i++];
			if (!entry) return;
			node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: entry.slug } };
		});
	};
}
