// `npm run pdf`: prints the book of each language (/book/, /zh-cn/book/) to an A4 PDF in dist/ with
// Debian's Chromium (through playwright-core): title page, page numbers, bookmarks from the headings
// (Chromium's tagged-PDF outline), selectable text and vector diagrams. Builds the site first when
// dist/ is missing or older than the sources (`--rebuild` forces it). Once a PDF is written, the
// download links waiting for it (src/lib/book/pdf-links.ts) are switched on in the built pages.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { preview } from 'astro';
import { activatePdfLinks } from '../src/lib/book/pdf-links.ts';
import { bookFiles, bookStrings, type BookLocale } from '../src/lib/book/strings.ts';
import { builtFiles, distDir } from './lib/built-site.ts';
import { chromiumInstallHint, findChromium, launchChromium } from './lib/chromium.ts';
import { missingCjkFont } from './lib/cjk-font.ts';
import { freePort } from './lib/free-port.ts';

const locales: BookLocale[] = ['en', 'zh-cn'];
const bookPage = (locale: BookLocale) => join(distDir, locale === 'en' ? 'book' : `${locale}/book`, 'index.html');

function fail(message: string): never {
	console.error(`\nnpm run pdf: ${message}\n`);
	process.exit(1);
}

function newestSource(): number {
	let newest = 0;
	const visit = (path: string) => {
		if (!existsSync(path)) return;
		const stat = statSync(path);
		if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
		else newest = Math.max(newest, stat.mtimeMs);
	};
	for (const p of ['src', 'public', 'astro.config.ts', 'package-lock.json']) visit(p);
	return newest;
}

function buildIfNeeded() {
	const forced = process.argv.includes('--rebuild');
	const built = locales.every((l) => existsSync(bookPage(l)));
	if (!forced && built && statSync(bookPage('en')).mtimeMs >= newestSource()) {
		console.log(`Using the build in ${relative(process.cwd(), distDir) || '.'}/ (newer than the sources).`);
		return;
	}
	console.log(forced ? 'Building the site (--rebuild)…' : 'Building the site (dist/ is missing or older than the sources)…');
	const astro = join(process.cwd(), 'node_modules', '.bin', 'astro');
	const result = spawnSync(existsSync(astro) ? astro : 'astro', ['build'], { stdio: 'inherit' });
	if (result.status !== 0) fail(`the build failed (exit ${result.status ?? result.signal}).`);
}

function footer(): string {
	return (
		'<div style="width:100%;font-size:8pt;color:#555;text-align:center;font-family:sans-serif">' + '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
	);
}

async function main() {
	if (!findChromium()) fail(`Chromium was not found (set CHROMIUM_PATH or install it: ${chromiumInstallHint}).`);
	const fontProblem = missingCjkFont();
	if (fontProblem) fail(fontProblem);
	buildIfNeeded();

	const port = await freePort();
	const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port } });
	const base = (process.env.SITE_BASE ?? '/').replace(/\/+$/, '');
	const origin = `http://127.0.0.1:${port}`;
	const browser = await launchChromium();
	const written: string[] = [];
	try {
		for (const locale of locales) {
			const context = await browser.newContext({ colorScheme: 'light' });
			await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
			const external: string[] = [];
			await context.route('**/*', (route) => {
				const url = new URL(route.request().url());
				if (url.host === `127.0.0.1:${port}` || url.protocol === 'data:') return route.continue();
				external.push(url.href);
				return route.abort('blockedbyclient');
			});
			const page = await context.newPage();
			const started = Date.now();
			const url = `${origin}${base}/${locale === 'en' ? '' : `${locale}/`}book/`;
			const response = await page.goto(url, { waitUntil: 'load' });
			if (response?.status() !== 200) fail(`${url} answered ${response?.status()}.`);
			await page.evaluate(() => document.fonts.ready);
			const version = await page.locator('[data-book-k8s-version]').first().innerText();
			// The PDF's title (its metadata) comes from the document title.
			await page.evaluate((title) => (document.title = title), `${bookStrings[locale].title} — Kubernetes ${version}`);
			await page.emulateMedia({ media: 'print', colorScheme: 'light' });
			const file = join(distDir, bookFiles.pdf(locale));
			await page.pdf({
				path: file,
				format: 'A4',
				printBackground: true,
				displayHeaderFooter: true,
				headerTemplate: '<span></span>',
				footerTemplate: footer(),
				margin: { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' },
				outline: true,
				tagged: true,
			});
			await context.close();
			if (external.length) fail(`the ${locale} book asked for resources on other hosts: ${external.join(', ')}`);
			const size = statSync(file).size;
			console.log(`${relative(process.cwd(), file)}: ${(size / 1024 / 1024).toFixed(2)} MB${pageCount(file)}, printed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
			written.push(bookFiles.pdf(locale));
		}
	} finally {
		await browser.close();
		await server.stop();
	}

	// Switch on the download links of the PDFs that now exist.
	let pages = 0;
	for (const rel of builtFiles().filter((f) => f.endsWith('.html'))) {
		const path = join(distDir, rel);
		const html = readFileSync(path, 'utf8');
		if (!html.includes('data-book-pdf=')) continue;
		const result = activatePdfLinks(html, (pdf) => existsSync(join(distDir, pdf)));
		if (result.activated.length) {
			writeFileSync(path, result.html);
			pages++;
		}
	}
	console.log(`Linked ${written.join(' and ')} from ${pages} page(s).`);
}

/** ", N pages" when poppler's pdfinfo is installed. */
function pageCount(file: string): string {
	const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
	const pages = /^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1];
	return pages ? `, ${pages} pages` : '';
}

await main();
