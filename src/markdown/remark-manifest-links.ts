// remark plugin: every Kubernetes manifest shown in a page gets a "Try it in the playground" link
// that opens the manifest playground with that manifest already in it (state in the URL hash).
import type { Code, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { isManifestSnippet } from '../lib/content/manifest-snippets.ts';
import { LATEST_K8S_VERSION } from '../lib/manifest/index.ts';
import { encodeShareable } from '../playgrounds/manifests/share.ts';

const labels = {
	en: { text: 'Try it in the manifest playground', page: '/playgrounds/manifests/' },
	'zh-cn': { text: '在清单演练场中试一试', page: '/zh-cn/playgrounds/manifests/' },
};

export function remarkManifestLinks() {
	return (tree: Root, file: VFile) => {
		const label = labels[/[\\/]content[\\/]docs[\\/]zh-cn[\\/]/.test(file.path ?? '') ? 'zh-cn' : 'en'];
		visit(tree, 'code', (node: Code, index, parent) => {
			if (!parent || index === undefined || !isManifestSnippet(node.lang, node.value)) return;
			const hash = encodeShareable({ text: `${node.value}\n`, k8sVersion: LATEST_K8S_VERSION, disabledRules: [] });
			if (!hash) return; // Too long for a link: the reader can paste it.
			const link: Paragraph = {
				type: 'paragraph',
				data: { hProperties: { className: ['try-in-playground'] } },
				children: [{ type: 'link', url: `${label.page}#${hash}`, children: [{ type: 'text', value: label.text }] }],
			};
			parent.children.splice(index + 1, 0, link);
			return index + 2;
		});
	};
}
