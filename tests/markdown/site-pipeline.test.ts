// The plugins together, in the order astro.config.ts runs them, for a sub-path build: links the other plugins
// add (the playground link after a manifest) get the base too, because remarkBaseLinks runs last.
// (Each plugin on its own: the remark-*.test.ts files next to this one.)
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, it, vi } from 'vitest';
import { renderTree } from './pipeline.ts';

describe('the site’s Markdown pipeline (astro.config.ts)', () => {
	it('gives a sub-path build’s page links and the playground links it adds the base, and keeps tables focusable', async () => {
		vi.stubEnv('SITE_BASE', '/primer/');
		const { default: config } = await import('../../astro.config.ts');
		vi.unstubAllEnvs();
		const processor = config.markdown?.processor as { options: { remarkPlugins: unknown[] } };
		const page = '# Page\n\nSee [pods](/components/pod/).\n\n```yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
		const tree = await renderTree(page, `${process.cwd()}/src/content/docs/components/example.md`, processor.options.remarkPlugins as never);
		expect(selectAll('a', tree).map((a: Element) => String(a.properties.href).replace(/#.*/, '#…'))).toEqual(['/primer/components/pod/', '/primer/playgrounds/manifests/#…']);
		expect(selectAll('table', tree).map((t) => t.properties.tabIndex)).toEqual([0]);
	}, 60_000);
});
