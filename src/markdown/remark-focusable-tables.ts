// remark plugin: Starlight lets a wide table scroll sideways inside itself (display: block;
// overflow: auto). A scrolling region must be reachable by keyboard (WCAG 2.1.1, axe
// scrollable-region-focusable), so every content table joins the tab order.
import type { Root, Table } from 'mdast';
import { visit } from 'unist-util-visit';

export function remarkFocusableTables() {
	return (tree: Root) => {
		visit(tree, 'table', (node: Table) => {
			node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), tabIndex: 0 } };
		});
	};
}
