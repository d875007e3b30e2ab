// Reading the built site in dist/: which pages exist, which files each page loads, and what they weigh.
// Shared by the build-output tests and `npm run bench`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sourceMapDir } from '../../src/integrations/source-maps.ts';

export const distDir = resolve(process.env.SITE_OUT_DIR ?? 'dist');

export function builtFiles(dir = distDir): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.sort();
}

/** The single-file books (src/integrations/offline-book.ts): documents for file://, not pages of the site. */
export const isSingleFileBook = (file: string) => /^kubernetes-primer-[a-z-]+\.html$/.test(file);

/** URL paths of every HTML page, e.g. `/`, `/zh-cn/introduction/history/`, `/404.html`. */
export function builtPages(dir = distDir): string[] {
	return builtFiles(dir)
		.filter((f) => f.endsWith('.html') && !isSingleFileBook(f))
		.map((f) => (f.endsWith('index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`));
}

export function pageFile(urlPath: string, dir = distDir): string {
	const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
	return join(dir, rel);
}

/** Attribute values that make the browser fetch something, from HTML text. */
export function htmlResourceUrls(html: string): string[] {
	const urls: string[] = [];
	for (const m of html.matchAll(/<(script|img|iframe|source|video|audio|track|embed|input)\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/gi)) urls.push(m[2]!);
	for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
		const tag = m[0];
		const rel = /\srel\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1] ?? '';
		// canonical/alternate/sitemap links are addresses, not downloads.
		if (/\b(stylesheet|preload|modulepreload|prefetch|icon|apple-touch-icon|manifest|preconnect|dns-prefetch)\b/i.test(rel)) {
			const href = /\shref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
			if (href) urls.push(href);
		}
	}
	for (const m of html.matchAll(/\ssrcset\s*=\s*["']([^"']+)["']/gi)) urls.push(...m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!));
	for (const m of html.matchAll(/\s(?:poster|data)\s*=\s*["']([^"']+)["']/gi)) urls.push(m[1]!);
	urls.push(...cssResourceUrls(html));
	return urls;
}

/** url(...) and @import targets in CSS (or in HTML with inline styles). */
export function cssResourceUrls(css: string): string[] {
	const urls: string[] = [];
	for (const m of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi)) urls.push(m[2]!);
	for (const m of css.matchAll(/@import\s+["']([^"']+)["']/gi)) urls.push(m[1]!);
	return urls;
}

/** Absolute http(s) URLs that JavaScript would load: fetch/import/workers/sockets, or assigned to src/href. */
export function jsRemoteLoads(js: string): string[] {
	const found: string[] = [];
	const patterns = [
		/\b(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon|register)\s*\(\s*[`'"]((?:https?|wss?):\/\/[^`'"]+)/g,
		/\.(?:src|href)\s*=\s*[`'"]((?:https?):\/\/[^`'"]+)/g,
	];
	for (const re of patterns) for (const m of js.matchAll(re)) found.push(m[1]!);
	return found;
}

export const isRemote = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^(?:data|blob):/i.test(url);

/** JavaScript files a page loads: module scripts and everything they import statically. */
export function pageScripts(urlPath: string, dir = distDir): string[] {
	const html = readFileSync(pageFile(urlPath, dir), 'utf8');
	const seen = new Set<string>();
	const queue: string[] = [];
	const base = (process.env.SITE_BASE ?? '/').replace(/\/+$/, '');
	const toFile = (src: string, from: string) => {
		if (isRemote(src)) return undefined;
		if (src.startsWith('/')) return join(dir, src.slice(base.length));
		return resolve(dirname(from), src);
	};
	for (const m of html.matchAll(/<script\b[^>]*\ssrc\s*=\s*["']([^"']+)["']/gi)) {
		const f = toFile(m[1]!, pageFile(urlPath, dir));
		if (f) queue.push(f);
	}
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		const js = readFileSync(file, 'utf8');
		for (const m of js.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
			const f = toFile(m[1]!, file);
			if (f) queue.push(f);
		}
	}
	return [...seen].map((f) => relative(dir, f)).sort();
}

/** CSS files a page loads with <link rel=stylesheet>. */
export function pageStylesheets(urlPath: string, dir = distDir): string[] {
	const html = readFileSync(pageFile(urlPath, dir), 'utf8');
	const base = (process.env.SITE_BASE ?? '/').replace(/\/+$/, '');
	return [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*>/gi)]
		.map((m) => /href=["']?([^"'\s>]+)/.exec(m[0])?.[1])
		.filter((h): h is string => !!h && !isRemote(h))
		.map((h) => h.slice(base.length).replace(/^\//, ''));
}

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface PageWeight {
	page: string;
	html: number;
	css: number;
	js: number;
}

/** Gzip bytes a first visit to the page downloads (HTML, its stylesheets, its scripts); search loads on demand. */
export function pageWeight(urlPath: string, dir = distDir): PageWeight {
	const read = (rel: string) => readFileSync(join(dir, rel));
	return {
		page: urlPath,
		html: gzipSize(readFileSync(pageFile(urlPath, dir))),
		css: pageStylesheets(urlPath, dir).reduce((n, f) => n + gzipSize(read(f)), 0),
		js: pageScripts(urlPath, dir).reduce((n, f) => n + gzipSize(read(f)), 0),
	};
}

/**
 * Source files of ours (under src/) that went into a built script, read from its hidden source map.
 * Starlight's and Astro's own code comes from node_modules or virtual modules and is not listed.
 * Vite must build with `sourcemap: 'hidden'` (astro.config.ts) for the maps to exist; the build moves them
 * from `dir` to `sourceMapDir(dir)`, a sibling at the same depth (src/integrations/source-maps.ts).
 */
export function ourSourcesIn(scriptFile: string, dir = distDir): string[] {
	const mapFile = join(sourceMapDir(dir), `${scriptFile}.map`);
	// No map: the file was not bundled by Vite. Either we put it in public/ (ours) or an
	// integration emitted it as-is (Expressive Code's copy-button script).
	if (!existsSync(mapFile)) return existsSync(join('public', scriptFile)) ? [join('public', scriptFile)] : [];
	const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; sourceRoot?: string };
	const srcDir = resolve('src') + '/';
	return map.sources
		.map((s) => resolve(dirname(mapFile), map.sourceRoot ?? '', s))
		.filter((abs) => abs.startsWith(srcDir) && !abs.includes('/node_modules/'))
		.map((abs) => relative(process.cwd(), abs));
}
