// Checks on the files in dist/ themselves (no browser): nothing in the build loads from another
// host, diagram pages carry inline SVG and no Mermaid, and content pages ship no JavaScript of ours.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	builtFiles,
	builtPages,
	cssResourceUrls,
	distDir,
	htmlResourceUrls,
	isRemote,
	jsRemoteLoads,
	ourSourcesIn,
	pageFile,
	pageScripts,
	pageStylesheets,
} from '../../scripts/lib/built-site.ts';
import { contentDir, listPages } from '../../scripts/lib/content.ts';
import { sourceMapDir } from '../../src/integrations/source-maps.ts';
import { findFencedBlocks } from '../../src/lib/content/fenced-blocks.ts';
import { isManifestSnippet } from '../../src/lib/content/manifest-snippets.ts';
import { LATEST_K8S_VERSION, RULES, SUPPORTED_K8S_VERSIONS } from '../../src/lib/manifest/index.ts';
import { decodeState } from '../../src/playgrounds/manifests/share.ts';

const files = builtFiles();
const read = (f: string) => readFileSync(join(distDir, f), 'utf8');

describe('the build loads nothing from other hosts', () => {
	it.each(files.filter((f) => f.endsWith('.html')))('%s', (file) => {
		expect(htmlResourceUrls(read(file)).filter(isRemote)).toEqual([]);
	});

	it.each(files.filter((f) => f.endsWith('.css')))('%s', (file) => {
		expect(cssResourceUrls(read(file)).filter(isRemote)).toEqual([]);
	});

	it.each(files.filter((f) => /\.m?js$/.test(f)))('%s', (file) => {
		expect(jsRemoteLoads(read(file))).toEqual([]);
	});

	it('would notice a remote resource', () => {
		expect(htmlResourceUrls('<link rel="stylesheet" href="https://fonts.googleapis.com/css2">').filter(isRemote)).toHaveLength(1);
		expect(htmlResourceUrls('<script type="module" src="//cdn.jsdelivr.net/x.js"></script>').filter(isRemote)).toHaveLength(1);
		expect(htmlResourceUrls('<link rel="canonical" href="https://example.com/">').filter(isRemote)).toHaveLength(0);
		expect(cssResourceUrls('@font-face{src:url("https://fonts.gstatic.com/a.woff2")}').filter(isRemote)).toHaveLength(1);
		expect(jsRemoteLoads('await fetch("https://unpkg.com/schema.json")')).toHaveLength(1);
		expect(jsRemoteLoads('new Worker(`https://esm.sh/worker.js`)')).toHaveLength(1);
		expect(jsRemoteLoads('const ns = "http://www.w3.org/2000/svg"')).toHaveLength(0);
	});
});

describe('diagrams are drawn at build time', () => {
	const diagramPages = builtPages().filter((p) => readFileSync(pageFile(p), 'utf8').includes('class="diagram '));

	it('the history page has them in both languages', () => {
		expect(diagramPages).toEqual(expect.arrayContaining(['/introduction/history/', '/zh-cn/introduction/history/']));
	});

	it.each(diagramPages)('%s has inline SVG, no Mermaid code, no fallback', (path) => {
		const html = readFileSync(pageFile(path), 'utf8');
		// One SVG per diagram, following both themes (issue 14: the second copy doubled the page).
		const figures = (html.match(/<figure class="diagram not-content">/g) ?? []).length;
		expect(html).toMatch(/<figure class="diagram not-content"><div class="diagram-render" data-diagram-theme="both"[^>]*><svg/);
		expect((html.match(/class="diagram-render"/g) ?? []).length).toBe(figures);
		// Each diagram links its full-size file of each theme, which the build published (the books leave the links out).
		const files = [...html.matchAll(/class="diagram-full-size" data-diagram-link-theme="(?:light|dark)" href="\/(diagrams\/[^"]+\.svg)"/g)].map((m) => m[1]!);
		expect(files.length).toBe(path.endsWith('/book/') ? 0 : 2 * figures);
		for (const file of files) {
			// Plain colours of its theme, readable in any viewer.
			expect(read(file), file).toMatch(/^<svg\b[^>]* width="\d+" height="\d+" style="background-color: #[0-9a-f]{6}">/);
			expect(read(file), file).not.toContain('var(--dgm-');
		}
		expect(html).not.toContain('diagram-stale');
		expect(html).not.toMatch(/language-mermaid|data-language="mermaid"/);
		const scripts = pageScripts(path).map((f) => read(f)).join('\n');
		expect(scripts).not.toMatch(/mermaid/i);
	});

	it('the Chinese page shows the Chinese diagram', () => {
		const html = readFileSync(pageFile('/zh-cn/introduction/history/'), 'utf8');
		expect(html).toMatch(/<svg[^>]*>[\s\S]*移除 dockershim[\s\S]*<\/svg>/);
		expect(readFileSync(pageFile('/introduction/history/'), 'utf8')).not.toContain('移除 dockershim');
	});
});

describe('page weight', () => {
	// Pages that don't need JavaScript ship none of ours: every script they load must come from
	// Starlight or Astro. The hidden source maps say where each built script's code came from.
	// Playground pages are the exception: they run their tool in the browser.
	const isPlayground = (path: string) => /^\/(?:zh-cn\/)?playgrounds\/(?:cidr|manifests)\//.test(path);
	const contentPages = builtPages().filter((p) => !isPlayground(p));
	const ourScripts = (path: string) => pageScripts(path).flatMap((f) => ourSourcesIn(f).map((src) => `${f} <- ${src}`));

	it('has the hidden source maps it relies on, kept out of the published folder', () => {
		const scripts = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.js'));
		const maps = builtFiles(sourceMapDir(distDir));
		const mapped = scripts.filter((f) => maps.includes(`${f}.map`));
		expect(mapped.length).toBeGreaterThan(scripts.length / 2);
		expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
	});

	it('tells our code from Starlight’s', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'maps-')), 'site');
		try {
			mkdirSync(join(sourceMapDir(dir), '_astro'), { recursive: true });
			const map = (sources: string[]) => JSON.stringify({ version: 3, sources, mappings: '' });
			writeFileSync(join(sourceMapDir(dir), '_astro/ours.js.map'), map([resolve('node_modules/astro/x.js'), resolve('src/playgrounds/cidr/page.ts')]));
			writeFileSync(join(sourceMapDir(dir), '_astro/theirs.js.map'), map(['../../node_modules/@astrojs/starlight/components/Search.astro', '\0vite/preload-helper.js']));
			expect(ourSourcesIn('_astro/ours.js', dir)).toEqual(['src/playgrounds/cidr/page.ts']);
			expect(ourSourcesIn('_astro/theirs.js', dir)).toEqual([]);
		} finally {
			rmSync(dirname(dir), { recursive: true, force: true });
		}
	});

	it.each(contentPages)('%s ships no JavaScript of ours', (path) => {
		expect(ourScripts(path)).toEqual([]);
	});

	it.each(['/playgrounds/cidr/', '/zh-cn/playgrounds/cidr/'])('%s loads the CIDR playground script (the exemption is used)', (path) => {
		expect(ourScripts(path).some((s) => s.includes('src/playgrounds/cidr/'))).toBe(true);
	});

	it.each(['/playgrounds/manifests/', '/zh-cn/playgrounds/manifests/'])('%s loads the manifest playground script (the exemption is used)', (path) => {
		expect(ourScripts(path).some((s) => s.includes('src/playgrounds/manifests/main.ts'))).toBe(true);
	});

	// Monaco is loaded on demand from a separate bundle that injects its own CSS: no page links Monaco's CSS
	// or font, and the manifest page's own scripts do not contain the editor (it would block first paint).
	const editorBundle = files.find((f) => /^_astro\/editor-bundle-[^/]+\.js$/.test(f));
	it('the editor is bundled locally, apart from the page script', () => {
		expect(editorBundle).toBeDefined();
		expect(read(editorBundle!)).toContain('.monaco-editor');
		expect(files.some((f) => /^_astro\/docs-bundle-[^/]+\.js$/.test(f))).toBe(true);
		expect(files.some((f) => /^_astro\/editor\.worker-[^/]+\.js$/.test(f))).toBe(true);
	});

	it.each(builtPages())('%s links no Monaco CSS and loads no editor code up front', (path) => {
		const html = readFileSync(pageFile(path), 'utf8');
		const links = htmlResourceUrls(html);
		expect(links.filter((u) => /monaco|codicon|editor-bundle/i.test(u))).toEqual([]);
		for (const css of pageStylesheets(path)) expect(read(css), css).not.toContain('.monaco-editor');
		for (const script of pageScripts(path)) expect(read(script), script).not.toContain('.monaco-editor{');
	});
});

describe('anchors are shared across languages', () => {
	const ids = (path: string) => [...readFileSync(pageFile(path), 'utf8').matchAll(/<h[2-6]\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
	const pairs = builtPages()
		.filter((p) => p.startsWith('/zh-cn/') && p.length > '/zh-cn/'.length)
		.map((zh) => [zh.slice('/zh-cn'.length), zh] as const);

	it('has pairs to compare', () => {
		expect(pairs.length).toBeGreaterThan(2);
	});

	it.each(pairs)('%s and %s have the same heading ids', (en, zh) => {
		expect(ids(en).length).toBeGreaterThan(1);
		expect(ids(zh)).toEqual(ids(en));
	});
});

describe('manifests in the pages open in the playground', () => {
	const known = { versions: SUPPORTED_K8S_VERSIONS, latest: LATEST_K8S_VERSION, rules: RULES.map((r) => r.id) };
	const withManifests = listPages()
		.map((file) => ({
			path: `/${file.replace(/(^|\/)index\.mdx?$/, '$1').replace(/\.mdx?$/, '/')}`,
			manifests: findFencedBlocks(readFileSync(join(contentDir, file), 'utf8'), 'yaml').filter((b) => isManifestSnippet('yaml', b.code)),
		}))
		.filter((p) => p.manifests.length > 0);

	it('has pages with manifests', () => {
		expect(withManifests.length).toBeGreaterThan(2);
	});

	it.each(withManifests)('$path links each manifest to the playground with the manifest in the link', ({ path, manifests }) => {
		const html = readFileSync(pageFile(path), 'utf8');
		const hashes = [...html.matchAll(/href="(?:\/zh-cn)?\/playgrounds\/manifests\/#([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;|&#x26;/g, '&'));
		expect(hashes).toHaveLength(manifests.length);
		hashes.forEach((hash, i) => {
			const decoded = decodeState(hash, known);
			expect(decoded.kind).toBe('ok');
			if (decoded.kind === 'ok') expect(decoded.state.text.trim()).toBe(manifests[i]!.code.trim());
		});
	});
});

describe('page chrome speaks the page language', () => {
	const titleOf = (path: string) => /<title>([^<]*)<\/title>/.exec(readFileSync(pageFile(path), 'utf8'))?.[1] ?? '';
	const searchStrings = (path: string): Record<string, string> => {
		const attr = /data-translations="([^"]*)"/.exec(readFileSync(pageFile(path), 'utf8'))?.[1];
		return attr ? (JSON.parse(attr.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as Record<string, string>) : {};
	};

	it.each(builtPages().filter((p) => !p.includes('404')))('%s is not titled with the site name twice', (path) => {
		const [first, ...rest] = titleOf(path).split(' | ');
		expect(rest).not.toContain(first);
	});

	it.each(builtPages().filter((p) => p.startsWith('/zh-cn/')))('%s: the search dialog strings are Chinese', (path) => {
		const strings = searchStrings(path);
		for (const key of ['zero_results', 'many_results', 'one_result', 'load_more', 'searching', 'clear_search']) {
			expect(strings[key], key).toMatch(/[\u4e00-\u9fff]/);
		}
	});
});
