import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import starlightLinksValidator from 'starlight-links-validator';
import { sourceMapsOutOfDist } from './src/integrations/source-maps.ts';
import { remarkBaseLinks } from './src/markdown/remark-base-links.ts';
import { remarkDiagrams } from './src/markdown/remark-diagrams.ts';
import { remarkFocusableTables } from './src/markdown/remark-focusable-tables.ts';
import { remarkHeadingIds } from './src/markdown/remark-heading-ids.ts';
import { remarkManifestLinks } from './src/markdown/remark-manifest-links.ts';
import { offlineBook } from './src/integrations/offline-book.ts';
import { diagramFiles } from './src/integrations/diagram-files.ts';
import { searchRanking } from './src/search-ranking.ts';

// `SITE_BASE` lets one build be served under a sub-path, e.g. SITE_BASE=/primer npm run build.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
	// Set SITE_URL to the public address when you deploy: it enables canonical links and the sitemap.
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	base,
	outDir: process.env.SITE_OUT_DIR ?? './dist',
	// A second build beside the first (npm test's sub-path build) keeps its own cache.
	...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
	trailingSlash: 'always',
	// Astro 7 renders Markdown with Sätteri by default; our diagram step is a remark plugin,
	// so Markdown and MDX go through unified.
	// Source maps (not referenced from the served files) let the tests tell our JavaScript from Starlight's;
	// they are moved out of the published folder after the build (src/integrations/source-maps.ts).
	vite: { build: { sourcemap: 'hidden' } },
	markdown: {
		processor: unified({ remarkPlugins: [[remarkDiagrams, { base }], remarkManifestLinks, remarkHeadingIds, remarkFocusableTables, [remarkBaseLinks, { base }]] }),
	},
	integrations: [
		sourceMapsOutOfDist(),
		diagramFiles(),
		starlight({
			title: { en: 'Kubernetes Primer', 'zh-CN': 'Kubernetes 入门' },
			description: 'How Kubernetes works: history, components and networks, with diagrams and playgrounds.',
			defaultLocale: 'root',
			locales: {
				root: { label: 'English', lang: 'en' },
				'zh-cn': { label: '简体中文', lang: 'zh-CN' },
			},
			customCss: [
				'./src/styles/fonts.css',
				'./src/styles/page-layout.css',
				'./src/styles/diagrams.css',
				'./src/styles/search.css',
				'./src/styles/scroll-hints.css',
				'./src/styles/print.css',
			],
			// The site is read offline too: nothing in <head> may point at another host.
			favicon: '/favicon.svg',
			lastUpdated: false,
			pagefind: { ranking: searchRanking },
			routeMiddleware: './src/route-middleware.ts',
			// Long lines wrap instead of scrolling: a scrollable <pre> is only keyboard-reachable once
			// Expressive Code's script has run, so without JavaScript (or before it runs) it is not.
			expressiveCode: { defaultProps: { wrap: true } },
			sidebar: [
				{
					label: 'Start here',
					translations: { 'zh-CN': '从这里开始' },
					items: [{ autogenerate: { directory: 'introduction' } }],
				},
				{
					label: 'Architecture',
					translations: { 'zh-CN': '架构' },
					items: [{ autogenerate: { directory: 'architecture' } }],
				},
				{
					label: 'Components',
					translations: { 'zh-CN': '组件' },
					items: [{ autogenerate: { directory: 'components' } }],
				},
				{
					label: 'Workloads and objects',
					translations: { 'zh-CN': '工作负载与对象' },
					items: [{ autogenerate: { directory: 'workloads' } }],
				},
				{
					label: 'Networking',
					translations: { 'zh-CN': '网络' },
					items: [{ autogenerate: { directory: 'networking' } }],
				},
				{
					label: 'Storage',
					translations: { 'zh-CN': '存储' },
					items: [{ autogenerate: { directory: 'storage' } }],
				},
				{
					label: 'Scheduling',
					translations: { 'zh-CN': '调度' },
					items: [{ autogenerate: { directory: 'scheduling' } }],
				},
				{
					label: 'Security',
					translations: { 'zh-CN': '安全' },
					items: [{ autogenerate: { directory: 'security' } }],
				},
				{
					label: 'Running and troubleshooting',
					translations: { 'zh-CN': '运行与排障' },
					items: [{ autogenerate: { directory: 'operations' } }],
				},
				{
					label: 'Reference',
					translations: { 'zh-CN': '参考' },
					items: [{ autogenerate: { directory: 'reference' } }],
				},
				{
					label: 'Playgrounds',
					translations: { 'zh-CN': '演练场' },
					items: [{ autogenerate: { directory: 'playgrounds' } }],
				},
			],
			plugins: [
				starlightLinksValidator({
					errorOnLocalLinks: true,
					// Hero buttons live in frontmatter and get the base from src/route-middleware.ts at render
					// time, after this check. In a sub-path build they are the only links without the base;
					// the root build validates them, and tests/e2e/base-path.test.ts checks the rendered hrefs.
					exclude: ({ link }) =>
						// A playground link carries its state in the hash, which is not a heading.
						/\/playgrounds\/[^/]+\/#./.test(link) || (base !== '/' && link.startsWith('/') && !link.startsWith(base.replace(/\/?$/, '/'))),
				}),
			],
		}),
		// After the build: the book of each language as one HTML file that opens from disk.
		offlineBook(),
	],
});
