// The book as one self-contained HTML file that works when opened from disk (file://): styles and
// images inline, no scripts, no site navigation, and no link that needs a server. Links inside the
// book are already #anchors (rewrite-chapter.ts); the few that lead to other pages of the site
// (the playgrounds) become absolute when the site's public address is known, else plain text.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

export interface SingleFileOptions {
	/** Reads a file of the built site by its URL path (base included); undefined when it does not exist. */
	readAsset(urlPath: string): Uint8Array | undefined;
	/** The site's public address (SITE_URL), for links to pages that cannot be in the file. */
	siteUrl?: string;
}

export interface SingleFileResult {
	html: string;
	/** Local resources that could not be inlined. */
	missing: string[];
}

/** Site chrome that only works with a server or with scripts. */
const removed = [
	'script',
	'noscript',
	'.page > header',
	'nav.sidebar',
	'.right-sidebar-container',
	'mobile-starlight-toc',
	'.sl-skip-link',
	'.pagination-links',
	'site-search',
	'starlight-theme-select',
	'starlight-lang-select',
	'starlight-menu-button',
	'.book-downloads',
	'.try-in-playground',
	'.expressive-code .copy',
	'link[rel~=alternate]',
	'link[rel~=canonical]',
	'link[rel~=sitemap]',
	'link[rel~=preload]',
	'link[rel~=modulepreload]',
	'link[rel~=prefetch]',
	'meta[property="og:url"]',
];

const isRemote = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url);
const isLocalPath = (url: string) => url.startsWith('/') && !url.startsWith('//');

function mimeOf(path: string): string {
	const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(path)?.[1]?.toLowerCase();
	return (
		(
			{
				svg: 'image/svg+xml',
				png: 'image/png',
				jpg: 'image/jpeg',
				jpeg: 'image/jpeg',
				gif: 'image/gif',
				webp: 'image/webp',
				ico: 'image/x-icon',
				woff2: 'font/woff2',
				woff: 'font/woff',
			} as Record<string, string>
		)[ext ?? ''] ?? 'application/octet-stream'
	);
}

function base64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

function dataUri(path: string, bytes: Uint8Array): string {
	return `data:${mimeOf(path)};base64,${base64(bytes)}`;
}

function removeMatching(tree: Root, selector: string) {
	const doomed = new Set<unknown>(selectAll(selector, tree));
	if (!doomed.size) return;
	const prune = (nodes: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] =>
		nodes
			.filter((n) => !doomed.has(n))
			.map((n) => {
				if (n.type === 'element') n.children = prune(n.children) as ElementContent[];
				return n;
			});
	tree.children = prune(tree.children) as RootContent[];
}

export function singleFileBook(html: string, options: SingleFileOptions): SingleFileResult {
	const tree = fromHtml(html);
	const missing: string[] = [];
	for (const selector of removed) removeMatching(tree, selector);

	const inlineCss = (css: string, from: string) =>
		css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, _q: string, url: string) => {
			if (url.startsWith('data:') || url.startsWith('#') || isRemote(url)) return whole;
			const path = isLocalPath(url) ? url : new URL(url, `http://x${from}`).pathname;
			const bytes = options.readAsset(path);
			if (!bytes) {
				missing.push(path);
				return whole;
			}
			return `url("${dataUri(path, bytes)}")`;
		});

	for (const link of selectAll('link[rel~=stylesheet]', tree) as Element[]) {
		const href = String(link.properties.href ?? '');
		const bytes = isLocalPath(href) ? options.readAsset(href) : undefined;
		if (!bytes) {
			missing.push(href);
			continue;
		}
		const css = inlineCss(new TextDecoder().decode(bytes), href);
		Object.assign(link, { tagName: 'style', properties: {}, children: [{ type: 'text', value: css }] });
	}
	for (const el of selectAll('link[rel~=icon], img[src]', tree) as Element[]) {
		const key = el.tagName === 'link' ? 'href' : 'src';
		const url = String(el.properties[key] ?? '');
		if (!isLocalPath(url)) continue;
		const bytes = options.readAsset(url);
		if (bytes) el.properties[key] = dataUri(url, bytes);
		else missing.push(url);
	}
	for (const el of selectAll('[style]', tree) as Element[]) {
		el.properties.style = inlineCss(String(el.properties.style), '/');
	}

	// Links that need the site: absolute when its address is known, else their text alone.
	for (const a of selectAll('a[href]', tree) as Element[]) {
		const href = String(a.properties.href);
		if (href.startsWith('#') || /^(?:https?|mailto):/i.test(href)) continue;
		if (options.siteUrl && isLocalPath(href)) {
			a.properties.href = new URL(href, options.siteUrl).href;
			continue;
		}
		Object.assign(a, { tagName: 'span', properties: { className: a.properties.className } });
	}

	// Light, like paper; there is no theme script to switch it. No sidebar column either.
	const htmlEl = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
	if (htmlEl) {
		htmlEl.properties.dataTheme = 'light';
		delete htmlEl.properties.dataHasSidebar;
	}
	const head = selectAll('head', tree)[0] as Element | undefined;
	head?.children.push({
		type: 'element',
		tagName: 'style',
		properties: {},
		children: [{ type: 'text', value: '.page > .main-frame { padding-top: 0; } .main-pane { --sl-sidebar-width: 0px; }' }],
	});
	return { html: toHtml(tree), missing: [...new Set(missing)] };
}
