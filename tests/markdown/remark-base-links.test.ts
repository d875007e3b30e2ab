// remarkBaseLinks through Astro's Markdown and MDX pipelines: root-relative site links get the base of a
// sub-path build; everything else (other hosts, anchors, relative links, links that already carry it) is left.
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { remarkBaseLinks } from '../../src/markdown/remark-base-links.ts';
import { compileMdx, renderTree } from './pipeline.ts';

const PAGE = '/site/src/content/docs/networking/services.md';
const source = `# Services

See [the history](/introduction/history/), [a section](/components/etcd/#ports), [the glossary][glossary],
[kubernetes.io](https://kubernetes.io/docs/), [a protocol-relative host](//example.com/x),
[this page's anchor](#selectors), [a relative link](../pods/), [already based](/primer/book/) and [the base itself](/primer).

[glossary]: /reference/glossary/
`;

async function hrefs(base: string): Promise<string[]> {
	const tree = await renderTree(source, PAGE, [[remarkBaseLinks, { base }]]);
	return selectAll('a', tree).map((a: Element) => String(a.properties.href));
}

describe('remarkBaseLinks', () => {
	it('prefixes root-relative links and definitions with the base, and nothing else', async () => {
		expect(await hrefs('/primer/')).toEqual([
			'/primer/introduction/history/',
			'/primer/components/etcd/#ports',
			'/primer/reference/glossary/',
			'https://kubernetes.io/docs/',
			'//example.com/x',
			'#selectors',
			'../pods/',
			'/primer/book/',
			'/primer',
		]);
	});

	it('takes the base with or without its trailing slash, and does not mistake a longer path for it', async () => {
		const tree = await renderTree('[a](/primers/) [b](/primer/x/)\n', PAGE, [[remarkBaseLinks, { base: '/primer' }]]);
		expect(selectAll('a', tree).map((a) => a.properties.href)).toEqual(['/primer/primers/', '/primer/x/']);
	});

	it('leaves every link alone in a root build', async () => {
		for (const base of ['/', '']) {
			expect(await hrefs(base)).toEqual([
				'/introduction/history/',
				'/components/etcd/#ports',
				'/reference/glossary/',
				'https://kubernetes.io/docs/',
				'//example.com/x',
				'#selectors',
				'../pods/',
				'/primer/book/',
				'/primer',
			]);
		}
	});

	it('prefixes the href of MDX components such as <LinkCard>, and no other attribute', async () => {
		const mdx = `import { LinkCard } from '@astrojs/starlight/components';

<LinkCard title="/not/a/link/" href="/networking/pod-network/" description="Read next" />

Inline <a href="/reference/glossary/">glossary</a> and [a Markdown link](/book/).
`;
		const code = await compileMdx(mdx, PAGE.replace(/\.md$/, '.mdx'), [[remarkBaseLinks, { base: '/primer/' }]]);
		expect(code).toContain('href: "/primer/networking/pod-network/"');
		expect(code).toContain('title: "/not/a/link/"');
		expect(code).toContain('href: "/primer/reference/glossary/"');
		expect(code).toContain('href: "/primer/book/"');
		expect(code).not.toMatch(/href: "\/(?!primer\/)/);
	});
});
