// Astro's own Markdown and MDX pipelines (`unified()` from @astrojs/markdown-remark, as astro.config.ts uses
// it) with the plugins under test, so a test feeds real page source in and reads what the site would get.
import { unified } from '@astrojs/markdown-remark';
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** The HTML of a `.md` page at `path` (the plugins read the language from it). */
export async function renderMarkdown(markdown: string, path: string, remarkPlugins: RemarkPlugins): Promise<string> {
	const renderer = await unified({ remarkPlugins }).createRenderer({ syntaxHighlight: false });
	return (await renderer.render(markdown, { fileURL: new URL(`file://${path}`) })).code;
}

/** The HTML of a `.md` page as a tree, for hast-util-select. */
export async function renderTree(markdown: string, path: string, remarkPlugins: RemarkPlugins): Promise<Root> {
	return fromHtml(await renderMarkdown(markdown, path, remarkPlugins), { fragment: true });
}

/** The JavaScript module Astro's MDX compiler makes of an `.mdx` page. */
export async function compileMdx(mdx: string, path: string, remarkPlugins: RemarkPlugins): Promise<string> {
	const processor = unified({ remarkPlugins });
	const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
	return (await renderer.process(mdx, path, {})).code;
}
