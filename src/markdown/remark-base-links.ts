// remark plugin: authors write site links from the root (`/introduction/history/`); when the site is
// built for a sub-path (`base: '/primer/'`) this prefixes the base, in Markdown links and in the
// `href` of MDX components such as <LinkCard>. Runs before the links validator sees the page.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function withBase(base: string, href: string): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const prefix = base.replace(/\/+$/, '');
	if (!prefix || href === prefix || href.startsWith(`${prefix}/`)) return href;
	return `${prefix}${href}`;
}

interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

export function remarkBaseLinks(options: { base: string }) {
	return (tree: Root) => {
		if (options.base === '/' || !options.base) return;
		visit(tree, (node) => {
			if (node.type === 'link' || node.type === 'definition') {
				const target = node as { url: string };
				target.url = withBase(options.base, target.url);
			} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attr of (node as unknown as { attributes: JsxAttribute[] }).attributes) {
					if (attr.type === 'mdxJsxAttribute' && attr.name === 'href' && typeof attr.value === 'string') {
						attr.value = withBase(options.base, attr.value);
					}
				}
			}
		});
	};
}
