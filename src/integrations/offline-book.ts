// Astro integration: after every build, writes the book of each language as one self-contained HTML
// file next to the site (dist/kubernetes-primer-en.html, dist/kubernetes-primer-zh-cn.html) that opens
// from disk. No browser involved: it reads the built book page and inlines what it loads.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { singleFileBook } from '../lib/book/single-file.ts';
import { bookFiles, type BookLocale } from '../lib/book/strings.ts';

export const bookPagePath = (locale: BookLocale) => (locale === 'en' ? 'book/index.html' : `${locale}/book/index.html`);

export function offlineBook(): AstroIntegration {
	let base = '/';
	let site: string | undefined;
	return {
		name: 'kubernetes-primer:offline-book',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				site = config.site;
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const prefix = base.replace(/\/+$/, '');
				const readAsset = (urlPath: string) => {
					const rel = decodeURIComponent(urlPath.split(/[?#]/)[0]!).slice(prefix.length).replace(/^\/+/, '');
					const file = join(outDir, rel);
					return rel && existsSync(file) ? readFileSync(file) : undefined;
				};
				for (const locale of ['en', 'zh-cn'] as const) {
					const source = join(outDir, bookPagePath(locale));
					if (!existsSync(source)) throw new Error(`offline book: ${source} was not built.`);
					// Hrefs in the page carry the base already, so the site's origin is enough to make them absolute.
					const { html, missing } = singleFileBook(readFileSync(source, 'utf8'), { readAsset, siteUrl: site });
					if (missing.length) throw new Error(`offline book (${locale}): cannot inline ${missing.join(', ')}`);
					writeFileSync(join(outDir, bookFiles.html(locale)), html);
					logger.info(`${bookFiles.html(locale)}: ${Math.round(html.length / 1024)} kB`);
				}
			},
		},
	};
}
