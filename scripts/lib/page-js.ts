// The JavaScript a built page runs at load: its module scripts, the modules it preloads, their static
// imports (transitively) and its inline scripts. Dynamic imports (`import('./x.js')`) are not followed:
// they load later, on demand. Used by the build-output tests' language and weight budgets.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { distDir, gzipSize, isRemote, pageFile } from './built-site.ts';

export interface PageJs {
	/** Script files under the build folder, relative to it. */
	files: string[];
	/** Bodies of inline <script> elements (JSON data blocks excluded). */
	inline: string[];
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

export function pageJs(urlPath: string, dir = distDir): PageJs {
	const html = readFileSync(pageFile(urlPath, dir), 'utf8');
	const base = (process.env.SITE_BASE ?? '/').replace(/\/+$/, '');
	const toFile = (src: string, from: string) => {
		if (isRemote(src)) return undefined;
		if (src.startsWith('/')) return join(dir, src.slice(base.length));
		return resolve(dirname(from), src);
	};
	const queue: string[] = [];
	for (const m of html.matchAll(/<script\b[^>]*\ssrc\s*=\s*["']([^"']+)["']/gi)) queue.push(toFile(m[1]!, pageFile(urlPath, dir)) ?? '');
	for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
		if (!/\brel\s*=\s*["']?modulepreload/i.test(m[0])) continue;
		const href = /\shref\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1];
		if (href) queue.push(toFile(href, pageFile(urlPath, dir)) ?? '');
	}
	const seen = new Set<string>();
	while (queue.length) {
		const file = queue.pop()!;
		if (!file || seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) queue.push(toFile(m[1]!, file) ?? '');
	}
	const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter((m) => !/\ssrc\s*=/i.test(m[1]!) && !/type\s*=\s*["']?(?:application\/(?:ld\+)?json|text\/template)/i.test(m[1]!))
		.map((m) => m[2]!)
		.filter((body) => body.trim() !== '');
	return { files: [...seen].map((f) => relative(dir, f)).sort(), inline };
}

/** Gzip bytes of the page's JavaScript at load: each file and each inline script compressed on its own. */
export function pageJsGzip(urlPath: string, dir = distDir): number {
	const js = pageJs(urlPath, dir);
	return js.files.reduce((n, f) => n + gzipSize(readFileSync(join(dir, f))), 0) + js.inline.reduce((n, s) => n + gzipSize(s), 0);
}

/** All of the page's JavaScript at load as one text, for searching. */
export function pageJsText(urlPath: string, dir = distDir): string {
	const js = pageJs(urlPath, dir);
	return [...js.files.map((f) => readFileSync(join(dir, f), 'utf8')), ...js.inline].join('\n');
}
