// remarkManifestLinks through Astro's Markdown pipeline: each manifest in a page is followed by a link that
// opens the manifest playground of the page's language with exactly that manifest (decoded as the page would).
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { LATEST_K8S_VERSION, RULES, SUPPORTED_K8S_VERSIONS } from '../../src/lib/manifest/index.ts';
import { remarkManifestLinks } from '../../src/markdown/remark-manifest-links.ts';
import { decodeState } from '../../src/playgrounds/manifests/share.ts';
import { compileMdx, renderTree } from './pipeline.ts';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:1.27`;
const service = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports:
    - port: 80`;
const kubeletFlags = `# not a manifest: no apiVersion and kind at the top
evictionHard:
  memory.available: 100Mi`;

const page = `# Workloads

\`\`\`yaml
${deployment}
\`\`\`

Then expose it:

\`\`\`yaml
${service}
\`\`\`

\`\`\`yaml
${kubeletFlags}
\`\`\`

A manifest shown as plain text is not linked:

\`\`\`text
apiVersion: v1
kind: ConfigMap
\`\`\`
`;

const known = { versions: SUPPORTED_K8S_VERSIONS, latest: LATEST_K8S_VERSION, rules: RULES.map((r) => r.id) };

/** The manifest a playground link opens, decoded as the playground decodes its hash. */
function opened(href: string, page: string): string {
	expect(href.startsWith(`${page}#`)).toBe(true);
	const result = decodeState(href.slice(href.indexOf('#')), known);
	if (result.kind !== 'ok') throw new Error(`the link does not decode: ${JSON.stringify(result)}`);
	expect(result.state.k8sVersion).toBe(LATEST_K8S_VERSION);
	expect(result.state.disabledRules).toEqual([]);
	return result.state.text;
}

describe('remarkManifestLinks', () => {
	it('follows each manifest (and only manifests) with a link that opens it in the playground', async () => {
		const tree = await renderTree(page, '/site/src/content/docs/workloads/deployments.md', [remarkManifestLinks]);
		const links = selectAll('p.try-in-playground > a', tree) as Element[];
		expect(links.map((a) => toString(a))).toEqual(['Try it in the manifest playground', 'Try it in the manifest playground']);
		expect(links.map((a) => opened(String(a.properties.href), '/playgrounds/manifests/'))).toEqual([`${deployment}\n`, `${service}\n`]);
		// Each link sits right after its own block.
		const order = selectAll('pre, p.try-in-playground', tree).map((e) =>
			e.tagName === 'pre'
				? toString(e)
						.split('\n')
						.find((line) => /^(kind|evictionHard):/.test(line))
				: 'link',
		);
		expect(order).toEqual(['kind: Deployment', 'link', 'kind: Service', 'link', 'evictionHard:', 'kind: ConfigMap']);
	});

	it('links a Chinese page to the Chinese playground, in Chinese', async () => {
		const tree = await renderTree(`\`\`\`yaml\n${service}\n\`\`\`\n`, '/site/src/content/docs/zh-cn/workloads/deployments.md', [remarkManifestLinks]);
		const [link, ...more] = selectAll('p.try-in-playground > a', tree) as Element[];
		expect(more).toEqual([]);
		expect(toString(link!)).toBe('在清单演练场中试一试');
		expect(opened(String(link!.properties.href), '/zh-cn/playgrounds/manifests/')).toBe(`${service}\n`);
	});

	it('adds no link to a manifest too long for a share link', async () => {
		const huge = `${service}\n  labels:\n${Array.from({ length: 4000 }, (_, i) => `    k${i}: "${(i * 7919).toString(36)}${'x'.repeat(12)}"`).join('\n')}`;
		const tree = await renderTree(`\`\`\`yaml\n${huge}\n\`\`\`\n`, '/site/src/content/docs/workloads/big.md', [remarkManifestLinks]);
		expect(selectAll('pre', tree)).toHaveLength(1);
		expect(selectAll('p.try-in-playground', tree)).toEqual([]);
	});

	it('does the same in MDX', async () => {
		const code = await compileMdx(page, '/site/src/content/docs/workloads/deployments.mdx', [remarkManifestLinks]);
		expect(code.match(/"try-in-playground"/g)).toHaveLength(2);
		expect(code.match(/href: "\/playgrounds\/manifests\/#yaml=/g)).toHaveLength(2);
	});
});
