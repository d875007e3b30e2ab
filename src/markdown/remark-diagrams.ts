// remark plugin: replaces each ```mermaid block with a <figure> holding the committed SVG render
// (one that follows both themes, or a light and a dark one), a caption and a text description. No Mermaid code reaches the reader.
// A block whose render is missing becomes a readable fallback (its source) and a build warning;
// `npm test` fails on it with the command that fixes it.
import type { Code, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { readDiagramText } from '../lib/diagrams/source.ts';
import { buildFigureHtml, buildFallbackHtml, type DiagramLocale } from './diagram-figure.ts';
import { readRender } from './diagram-store.ts';

function localeOf(file: VFile): DiagramLocale {
	return /[\\/]content[\\/]docs[\\/]zh-cn[\\/]/.test(file.path ?? '') ? 'zh-cn' : 'en';
}

/** In MDX raw HTML is not allowed, so the figure goes in through Astro's `<Fragment set:html>`. */
function htmlNode(html: string, isMdx: boolean): RootContent {
	if (!isMdx) return { type: 'html', value: html };
	return {
		type: 'mdxJsxFlowElement',
		name: 'Fragment',
		attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }],
		children: [],
	} as unknown as RootContent;
}

export function remarkDiagrams(options: { base?: string } = {}) {
	return (tree: Root, file: VFile) => {
		const isMdx = (file.path ?? '').endsWith('.mdx');
		const locale = localeOf(file);
		visit(tree, 'code', (node: Code, index, parent) => {
			if (node.lang !== 'mermaid' || !parent || index === undefined) return;
			const where = `${file.path ?? 'a page'}:${node.position?.start.line ?? '?'}`;
			const { text, problems } = readDiagramText(node.value);
			if (!text) throw new Error(`Diagram at ${where} cannot be published: ${problems.join('; ')}.`);
			const { key, renders } = readRender(node.value);
			let html: string;
			if (renders) {
				html = buildFigureHtml({ text, locale, base: options.base, key, renders });
			} else {
				console.warn(`[diagrams] ${where}: diagram "${text.title}" is stale; run \`npm run diagrams\`.`);
				html = buildFallbackHtml({ text, locale, source: node.value });
			}
			parent.children.splice(index, 1, htmlNode(html, isMdx));
		});
	};
}
