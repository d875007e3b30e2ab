// remarkFocusableTables through Astro's Markdown pipeline: every GFM table reaches the page in the tab order
// (a table that scrolls sideways must be reachable by keyboard), and nothing else does.
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { remarkFocusableTables } from '../../src/markdown/remark-focusable-tables.ts';
import { compileMdx, renderTree } from './pipeline.ts';

const PAGE = '/site/src/content/docs/networking/cidr.md';
const page = `# Address ranges

| Range | Default | Flag |
| --- | --- | --- |
| Pods | 10.244.0.0/16 | \`--cluster-cidr\` |
| Services | 10.96.0.0/12 | \`--service-cluster-ip-range\` |

Some text, a list:

- one
- two

> | quoted | table |
> | --- | --- |
> | a | b |
`;

describe('remarkFocusableTables', () => {
	it('puts every table, also one inside a block quote, in the tab order', async () => {
		const tree = await renderTree(page, PAGE, [remarkFocusableTables]);
		const tables = selectAll('table', tree);
		expect(tables).toHaveLength(2);
		for (const table of tables) expect(table.properties.tabIndex).toBe(0);
		expect(selectAll('table > thead th', tree).map((th) => th.children.length > 0)).toEqual([true, true, true, true, true]);
	});

	it('makes nothing else focusable', async () => {
		const tree = await renderTree(page, PAGE, [remarkFocusableTables]);
		expect(selectAll('[tabindex]', tree).map((e) => e.tagName)).toEqual(['table', 'table']);
	});

	it('without the plugin a table is not focusable (what the plugin is for)', async () => {
		const tree = await renderTree(page, PAGE, []);
		expect(selectAll('[tabindex]', tree)).toEqual([]);
	});

	it('does the same in MDX', async () => {
		const code = await compileMdx(page, PAGE.replace(/\.md$/, '.mdx'), [remarkFocusableTables]);
		expect(code.match(/_components\.table, \{\s*tabindex: "0",/g)).toHaveLength(2);
	});
});
