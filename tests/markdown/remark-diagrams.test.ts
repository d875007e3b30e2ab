// remarkDiagrams through Astro's Markdown and MDX pipelines: a ```mermaid block of a real page becomes a figure
// with its committed render (one SVG that follows both themes) and an HTML caption; a block with no render yet becomes a
// readable fallback with a warning; a block with no text alternative stops the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findFencedBlocks } from '../../src/lib/content/fenced-blocks.ts';
import { readDiagramText } from '../../src/lib/diagrams/source.ts';
import { readRender } from '../../src/markdown/diagram-store.ts';
import { remarkDiagrams } from '../../src/markdown/remark-diagrams.ts';
import { compileMdx, renderTree } from './pipeline.ts';

const DOCS = join(process.cwd(), 'src', 'content', 'docs');

/** The first diagram of the English pages whose themed render is committed. */
function committedDiagram(): string {
	for (const file of readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx') && !f.startsWith('zh-cn'))
		.sort()) {
		for (const { code } of findFencedBlocks(readFileSync(join(DOCS, file), 'utf8'), 'mermaid')) {
			if (readRender(code).renders?.[0]?.theme === 'both') return code;
		}
	}
	throw new Error('no rendered diagram in src/content/docs');
}

const fence = (code: string) => `# A page\n\nBefore.\n\n\`\`\`mermaid\n${code}\n\`\`\`\n\nAfter.\n`;
const EN = join(DOCS, 'components', 'example.md');
const ZH = join(DOCS, 'zh-cn', 'components', 'example.md');

afterEach(() => vi.restoreAllMocks());

describe('remarkDiagrams', () => {
	const code = committedDiagram();
	const text = readDiagramText(code).text!;

	it('replaces the block with a figure holding the committed render and the caption', async () => {
		const tree = await renderTree(fence(code), EN, [remarkDiagrams]);
		const figure = select('figure.diagram', tree)!;
		expect(figure).toBeDefined();
		expect(selectAll('[data-diagram-theme]', figure).map((e) => e.properties.dataDiagramTheme)).toEqual(['both']);
		const { key } = readRender(code);
		expect(selectAll('[data-diagram-theme] > svg', figure)).toHaveLength(1);
		expect(toString(select('.diagram-title', figure)!)).toBe(text.title);
		expect(toString(select('.diagram-description', figure)!).replace(/\s+/g, ' ')).toContain(text.description.split('\n')[0]!.trim());
		expect(toString(select('.diagram-description > summary', figure)!)).toBe('Text description of the diagram');
		// The full-size links point at the published render files, named by the render's key.
		expect(selectAll('a.diagram-full-size', figure).map((a: Element) => a.properties.href)).toEqual([`/diagrams/light/${key}.svg`, `/diagrams/dark/${key}.svg`]);
		// No Mermaid source reaches the page, and the text around the block stays in place.
		expect(selectAll('pre, code', tree)).toEqual([]);
		expect(
			selectAll('p', tree)
				.map((p) => toString(p))
				.filter((t) => t === 'Before.' || t === 'After.'),
		).toEqual(['Before.', 'After.']);
	});

	it('puts the site base into the full-size links', async () => {
		const tree = await renderTree(fence(code), EN, [[remarkDiagrams, { base: '/primer/' }]]);
		expect(selectAll('a.diagram-full-size', tree).map((a: Element) => String(a.properties.href))).toEqual([
			expect.stringMatching(/^\/primer\/diagrams\/light\/\w+\.svg$/),
			expect.stringMatching(/^\/primer\/diagrams\/dark\/\w+\.svg$/),
		]);
	});

	it('labels the figure in Chinese on a Chinese page', async () => {
		const tree = await renderTree(fence(code), ZH, [remarkDiagrams]);
		expect(toString(select('.diagram-description > summary', tree)!)).toBe('图的文字说明');
	});

	it('shows the source of a diagram with no render yet, escaped, and warns with the page and line', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const stale = `flowchart LR\n  accTitle: Not rendered <yet>\n  accDescr { A brand-new diagram. }\n  a["<script>alert(1)</script>"] --> b`;
		const tree = await renderTree(fence(stale), EN, [remarkDiagrams]);
		const figure = select('figure.diagram-stale', tree)!;
		expect(toString(select('pre > code', figure)!)).toBe(stale);
		expect(selectAll('script', tree)).toEqual([]);
		expect(toString(select('.diagram-title', figure)!)).toBe('Not rendered <yet>');
		expect(warn).toHaveBeenCalledWith(expect.stringMatching(/example\.md:5: diagram "Not rendered <yet>" is stale; run `npm run diagrams`/));
	});

	it('refuses a diagram without a text alternative, naming the page, the line and what is missing', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined); // Astro logs the failed page too.
		await expect(renderTree(fence('flowchart LR\n  a --> b'), EN, [remarkDiagrams])).rejects.toThrow(
			/example\.md:5 cannot be published: it has no `accTitle: …` line.*; it has no `accDescr`/,
		);
	});

	it('goes into an MDX page through <Fragment set:html>, since MDX allows no raw HTML', async () => {
		const js = await compileMdx(fence(code), EN.replace(/\.md$/, '.mdx'), [remarkDiagrams]);
		expect(js).toMatch(/_jsx\(Fragment, \{\s*"set:html": "<figure class=\\"diagram not-content\\">/);
		expect(js).not.toContain('accTitle');
	});
});
