// Checks on the files in dist/ themselves (no browser): nothing in the build loads from another
// host, diagram pages carry inline SVG and no Mermaid, and content pages ship no JavaScript of ours.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import {
	builtFiles,
	builtPages,
	cssResourceUrls,
	distDir,
	gzipSize,
	htmlResourceUrls,
	isRemote,
	jsRemoteLoads,
	ourSourcesIn,
	pageFile,
	pageScripts,
	pageStylesheets,
} from '../../scripts/lib/built-site.ts';
import { contentDir, listPages } from '../../scripts/lib/content.ts';
import { pageJs, pageJsGzip, pageJsText } from '../../scripts/lib/page-js.ts';
import { en as cidrEn } from '../../src/lib/cidr/messages/en.ts';
import { zh as cidrZh } from '../../src/lib/cidr/messages/zh.ts';
import { WORDS as CIDR_EN } from '../../src/playgrounds/cidr/words-en.ts';
import { WORDS as CIDR_ZH } from '../../src/playgrounds/cidr/words-zh.ts';
import { sourceMapDir } from '../../src/integrations/source-maps.ts';
import { findFencedBlocks } from '../../src/lib/content/fenced-blocks.ts';
import { isManifestSnippet } from '../../src/lib/content/manifest-snippets.ts';
import { LATEST_K8S_VERSION, RULES, SUPPORTED_K8S_VERSIONS } from '../../src/lib/manifest/index.ts';
import { decodeState } from '../../src/playgrounds/manifests/share.ts';
import { formatMessage } from '../../src/lib/i18n/index.ts';
import { en } from '../../src/lib/manifest/messages/en/index.ts';
import { zh } from '../../src/lib/manifest/messages/zh/index.ts';
import { enText } from '../../src/playgrounds/manifests/text-en.ts';
import { isBookPage } from './support/pages.ts';
import { zhText } from '../../src/playgrounds/manifests/text-zh.ts';

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
		const scripts = pageScripts(path)
			.map((f) => read(f))
			.join('\n');
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

describe('every page carries its text and diagrams in its HTML, for reading without JavaScript', () => {
	// What no-js.test.ts checks in Chromium on one page of each layout (that the stylesheet shows the
	// heading, the text and the dark render of each diagram with JavaScript off), checked here on every
	// page in the HTML itself: the part that differs from page to page. The books are left to
	// book.test.ts, which checks that they carry every chapter's text and diagrams.
	const pages = builtPages().filter((p) => p !== '/404.html' && !isBookPage(p));
	/** The text a reader gets from an element: no script, style, template or hidden content. */
	const skipped = new Set(['script', 'style', 'template', 'noscript']);
	const readable = (node: Element): string => {
		const parts: string[] = [];
		const walk = (el: Element) => {
			for (const c of el.children) {
				if (c.type === 'text') parts.push(c.value);
				else if (c.type === 'element' && !skipped.has(c.tagName) && c.properties.hidden === undefined) walk(c);
			}
		};
		walk(node);
		return parts.join('').replace(/\s+/g, ' ').trim();
	};

	it.each(pages)('%s', (path) => {
		const tree = fromHtml(readFileSync(pageFile(path), 'utf8'));
		const main = select('main', tree);
		expect(main, 'a main element').toBeDefined();
		const h1 = select('h1', tree);
		expect(h1 && readable(h1), 'a heading').toBeTruthy();
		expect(readable(main!).length).toBeGreaterThan(200);
		for (const figure of selectAll('figure.diagram', main!)) {
			const title = hastText(select('.diagram-title', figure) ?? figure).trim();
			expect(title, 'every diagram has a title').not.toBe('');
			// One render, which follows both themes; its own stylesheet gives the dark palette by default.
			const renders = selectAll('.diagram-render', figure);
			expect(
				renders.map((r) => r.properties.dataDiagramTheme),
				title,
			).toEqual(['both']);
			const svg = select('svg', renders[0]!);
			const id = String(svg?.properties.id ?? '');
			expect(id, title).not.toBe('');
			const themes = hastText(select('style[data-diagram-themes]', svg!) ?? svg!);
			expect(themes.startsWith(`#${id}{--dgm-0:`), `${title}: dark colours first, unconditionally`).toBe(true);
			const [, , width, height] = String(svg!.properties.viewBox ?? '')
				.split(/[\s,]+/)
				.map(Number);
			expect(width! > 200 && height! > 100, `${title}: viewBox ${String(svg!.properties.viewBox)}`).toBe(true);
			expect(readable(select('figcaption', figure) ?? figure).length, `${title}: its text alternative`).toBeGreaterThan(40);
		}
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

describe('the CIDR pages ship one language and stay within the JavaScript budget', () => {
	// JS at load: module scripts, modulepreloads, their static imports (transitively) and inline scripts.
	// Dynamic imports (the diagnostics' catalogues, the kubeadm view) load later and are not counted.
	const BUDGET = 27_000;
	const pages = [
		{ path: '/playgrounds/cidr/', own: CIDR_EN, other: CIDR_ZH },
		{ path: '/zh-cn/playgrounds/cidr/', own: CIDR_ZH, other: CIDR_EN },
	];
	const CJK = /[\u3400-\u9fff\uff01-\uff5e]/u;
	/** Sentences only one language's words have (long enough not to occur by chance). */
	const markers = (w: typeof CIDR_EN) => [w.form.hints.pod, w.form.noscript, w.view.bitsIntro, w.view.spaceIntro, w.config.intro, w.form.copyFailed];
	const sourcesOf = (file: string): string[] => {
		const map = join(sourceMapDir(distDir), `${file}.map`);
		return existsSync(map) ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources : [];
	};

	it.each(pages)('$path: JS at load is within 27,000 bytes gzip', ({ path }) => {
		expect(pageJsGzip(path)).toBeLessThanOrEqual(BUDGET);
	});

	it.each(pages)('$path: its JS at load has its own words and none of the other language', ({ path, own, other }) => {
		const js = pageJsText(path);
		for (const m of markers(own)) expect(js, m).toContain(m);
		for (const m of markers(other)) expect(js, m).not.toContain(m);
		if (own.lang === 'en') expect(js.match(new RegExp(CJK.source, 'gu')) ?? []).toEqual([]);
	});

	it('the English page has no Chinese character in any script it runs at load', () => {
		// The marker test above would pass on a page whose scripts are all elsewhere: this one has them.
		expect(pageJs('/playgrounds/cidr/').files.some((f) => sourcesOf(f).some((s) => s.endsWith('src/playgrounds/cidr/main-en.ts')))).toBe(true);
		expect(pageJs('/zh-cn/playgrounds/cidr/').files.some((f) => sourcesOf(f).some((s) => s.endsWith('src/playgrounds/cidr/main-zh.ts')))).toBe(true);
		expect(CJK.test(pageJsText('/zh-cn/playgrounds/cidr/'))).toBe(true);
	});

	it.each(pages)('$path: the diagnostics catalogue of its language is built apart, and the other is not reachable', ({ path, own }) => {
		const catalogue = own.lang === 'en' ? cidrEn : cidrZh;
		const other = own.lang === 'en' ? cidrZh : cidrEn;
		const sentence = formatMessage(catalogue, { id: 'cidr/empty:pod', params: {} });
		const otherSentence = formatMessage(other, { id: 'cidr/empty:pod', params: {} });
		const atLoad = pageJsText(path);
		expect(atLoad).not.toContain(sentence);
		// The chunks main-<lang> imports on demand (Vite lists them in the entry) hold it.
		const atLoadFiles = pageJs(path).files;
		const entry = atLoadFiles.find((f) => sourcesOf(f).some((s) => s.endsWith(`src/playgrounds/cidr/main-${own.lang}.ts`)))!;
		const lazy = [...new Set([...read(entry).matchAll(/_astro\/[\w.-]+\.js/g)].map((m) => m[0]))].filter((f) => !atLoadFiles.includes(f));
		expect(lazy.length).toBeGreaterThan(0);
		const texts = lazy.map(read).join('\n');
		expect(texts).toContain(sentence);
		expect(texts).not.toContain(otherSentence);
	});

	it.each(pages)('$path: the kubeadm view and the YAML parser are not loaded up front', ({ path }) => {
		const sources = pageJs(path).files.flatMap(sourcesOf);
		expect(sources.filter((s) => s.includes('config-editor') || s.includes('/node_modules/yaml/'))).toEqual([]);
		expect(files.some((f) => /^_astro\/config-editor\.[^/]+\.js$/.test(f))).toBe(true);
	});
});

describe('manifest pages ship one language, within the JavaScript budget', () => {
	// JS at load: module scripts, modulepreloads and their static imports (pageScripts follows imports).
	// Monaco, the worker and the message catalogue load later and are not counted; the worker carries no
	// catalogue at all (it sends message ids and params).
	const BUDGET = 27 * 1024;
	const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
	// One sentence of each catalogue and of each playground text, for "the other language is not here".
	const EN_MESSAGE = 'appears twice in spec.ports';
	const ZH_MESSAGE = '在 spec.ports 中出现了两次';
	const atLoad = (path: string): string[] => {
		const html = readFileSync(pageFile(path), 'utf8');
		const preloads = [...html.matchAll(/<link\b[^>]*rel=["']?modulepreload["']?[^>]*>/gi)]
			.map((m) => /href=["']?([^"'\s>]+)/.exec(m[0])?.[1])
			.filter((h): h is string => !!h && !isRemote(h))
			.map((h) => h.replace(/^\//, ''));
		return [...new Set([...pageScripts(path), ...preloads])].sort();
	};
	const manifestPages = builtPages().filter((p) => atLoad(p).some((f) => ourSourcesIn(f).some((s) => s.startsWith('src/playgrounds/manifests/'))));
	const js = (path: string) =>
		atLoad(path)
			.map((f) => read(f))
			.join('\n');

	it('finds the manifest playground in both languages', () => {
		expect(manifestPages).toEqual(expect.arrayContaining(['/playgrounds/manifests/', '/zh-cn/playgrounds/manifests/']));
		expect(formatMessage(en, { id: 'semantic/service-duplicate-port', params: { port: 80, protocol: 'TCP' } })).toContain(EN_MESSAGE);
		expect(formatMessage(zh, { id: 'semantic/service-duplicate-port', params: { port: 80, protocol: 'TCP' } })).toContain(ZH_MESSAGE);
	});

	it.each(manifestPages)('%s: JavaScript at load is within 27 kB gzip', (path) => {
		const bytes = atLoad(path).reduce((n, f) => n + gzipSize(readFileSync(join(distDir, f))), 0);
		expect(bytes).toBeLessThanOrEqual(BUDGET);
	});

	it.each(manifestPages)('%s: no catalogue and no other language at load', (path) => {
		const text = js(path);
		const sources = atLoad(path).flatMap((f) => ourSourcesIn(f));
		// The diagnostics' catalogues load later; the words around findings (report.ts) are the page's own labels.
		const own = path.startsWith('/zh-cn/') ? 'zh' : 'en';
		expect(sources.filter((s) => s.startsWith('src/lib/manifest/messages/') && !/^src\/lib\/manifest\/messages\/(?:report-words|(?:en|zh)\/report)\.ts$/.test(s))).toEqual([]);
		expect(sources.filter((s) => /^src\/lib\/manifest\/messages\/(?:en|zh)\/report\.ts$/.test(s))).toEqual([`src/lib/manifest/messages/${own}/report.ts`]);
		expect(text).not.toContain(EN_MESSAGE);
		expect(text).not.toContain(ZH_MESSAGE);
		if (path.startsWith('/zh-cn/')) {
			expect(sources.filter((s) => s.endsWith('/text-en.ts'))).toEqual([]);
			for (const sentence of [enText.plainText, enText.noscript, enText.workerFailed]) expect(text).not.toContain(sentence);
			expect(text).toContain(zhText.plainText);
		} else {
			expect(sources.filter((s) => s.endsWith('/text-zh.ts'))).toEqual([]);
			expect(text.match(CJK)?.[0]).toBeUndefined();
			expect(text).toContain(enText.plainText);
		}
	});

	it.each(manifestPages)('%s: the catalogue it loads on demand is its own language only', (path) => {
		// Chunks the page's scripts import dynamically, e.g. import(`./zh.abc.js`).
		const dynamic = [...js(path).matchAll(/import\(\s*[`'"]\.\/([^`'"]+\.js)[`'"]\s*\)/g)].map((m) => `_astro/${m[1]}`);
		const catalogue = dynamic.filter((f) => ourSourcesIn(f).some((s) => s.startsWith('src/lib/manifest/messages/')));
		expect(catalogue).toHaveLength(1);
		const text = read(catalogue[0]!);
		if (path.startsWith('/zh-cn/')) {
			expect(text).toContain(ZH_MESSAGE);
			expect(text).not.toContain(EN_MESSAGE);
		} else {
			expect(text).toContain(EN_MESSAGE);
			expect(text.match(CJK)?.[0]).toBeUndefined();
		}
	});

	it('the validator worker holds no catalogue', () => {
		const workers = files.filter((f) => /^_astro\/worker-[^/]+\.js$/.test(f));
		expect(workers.length).toBeGreaterThan(0);
		for (const worker of workers) {
			expect(ourSourcesIn(worker).filter((s) => s.startsWith('src/lib/manifest/messages/'))).toEqual([]);
			expect(read(worker)).not.toContain(EN_MESSAGE);
			expect(read(worker)).not.toContain(ZH_MESSAGE);
		}
	});
});
