// The PDF books that `npm run pdf` writes (npm test runs it before the browser tests): both exist,
// are A4 and tagged, have an outline with every chapter, more pages than chapters, text (extracted
// with poppler's pdftotext) that holds every chapter title, the Kubernetes version and the build
// date, Chinese in a CJK font, no raster images (diagrams stay vector), and the pages link them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, it } from 'vitest';
import { builtFiles, distDir, pageFile } from '../../scripts/lib/built-site.ts';
import { pendingPdfLinks } from '../../src/lib/book/pdf-links.ts';
import { bookFiles, type BookLocale } from '../../src/lib/book/strings.ts';

const locales: BookLocale[] = ['en', 'zh-cn'];
const popplerHint = 'apt-get install -y poppler-utils';

function poppler(tool: string, args: string[]): string {
	const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.error) throw new Error(`${tool} is needed to read the PDFs (${popplerHint}): ${result.error.message}`);
	if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
	return result.stdout;
}

/** Whitespace differs between HTML and extracted text (line breaks, CJK spacing): compare without it. */
const squeeze = (text: string) =>
	text
		.replace(/\s+/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"');

// Printing needs Chromium: without it (outside CI) the PDF tests are skipped like the other browser tests.
describe.skipIf(!inject('browserAvailable')).each(locales)('the %s PDF', (locale) => {
	const pdf = join(distDir, bookFiles.pdf(locale));
	const book = fromHtml(readFileSync(pageFile(locale === 'en' ? '/book/' : `/${locale}/book/`), 'utf8'));
	const chapters = selectAll('section.book-chapter > h2', book).map((h) => toString(h).trim());

	it('exists (written by npm run pdf)', () => {
		expect(existsSync(pdf), `${pdf} is missing: run \`npm run pdf\` (npm test does it)`).toBe(true);
	});

	it.skipIf(!existsSync(pdf))('is a tagged A4 document with more pages than chapters', () => {
		const info = poppler('pdfinfo', [pdf]);
		expect(info).toMatch(/^Tagged:\s+yes$/m);
		expect(info).toMatch(/^Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)$/m);
		const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
		expect(chapters.length).toBeGreaterThan(20);
		expect(pages).toBeGreaterThan(chapters.length);
	});

	it.skipIf(!existsSync(pdf))('has bookmarks for every chapter', () => {
		const xml = poppler('pdftohtml', ['-xml', '-i', '-stdout', '-q', '-f', '1', '-l', '1', pdf]);
		const items = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) => squeeze(m[1]!));
		expect(xml).toContain('<outline>');
		for (const title of chapters) expect(items, title).toContain(squeeze(title));
	});

	it.skipIf(!existsSync(pdf))('has selectable text with every chapter title, and a title page with the Kubernetes version and build date', () => {
		const text = squeeze(poppler('pdftotext', ['-enc', 'UTF-8', pdf, '-']));
		for (const title of chapters) expect(text, title).toContain(squeeze(title));
		const titlePage = poppler('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-']);
		const version = toString(select('[data-book-k8s-version]', book)!);
		const date = toString(select('[data-book-build-date]', book)!);
		expect(version).toMatch(/^1\.\d+$/);
		expect(titlePage).toContain(version);
		expect(titlePage).toContain(date);
	});

	it.skipIf(!existsSync(pdf))('draws diagrams as vectors (no raster image anywhere)', () => {
		const list = poppler('pdfimages', ['-list', pdf]).trim().split('\n');
		expect(list.slice(2)).toEqual([]);
	});

	it.skipIf(!existsSync(pdf) || locale !== 'zh-cn')('prints Chinese with a CJK font', () => {
		// Skia embeds the OpenType (CFF) CJK font as Type 3 glyphs without a name, so check the text instead:
		// tofu (no font) would extract as nothing or as U+FFFD, never as the characters.
		const text = poppler('pdftotext', ['-enc', 'UTF-8', '-f', '4', '-l', '6', pdf, '-']);
		expect((text.match(/[\u4e00-\u9fff]/g) ?? []).length).toBeGreaterThan(200);
		expect(text).not.toContain('\ufffd');
		expect(poppler('pdffonts', [pdf])).toMatch(/Type 3|CJK/);
	});
});

describe('links to the PDFs', () => {
	const pages = builtFiles().filter((f) => f.endsWith('.html'));

	it('go only to PDFs that exist', () => {
		for (const file of pages) {
			const html = readFileSync(join(distDir, file), 'utf8');
			const links = [...html.replace(/<template[\s\S]*?<\/template>/g, '').matchAll(/href="([^"]+\.pdf)"/g)].map((m) => m[1]!);
			for (const link of links) expect(existsSync(join(distDir, link.replace(/^\//, ''))), `${file} links ${link}`).toBe(true);
		}
	});

	it.each(locales)('are switched on in the %s home page and book once the PDF exists', (locale) => {
		const pdf = bookFiles.pdf(locale);
		for (const path of [locale === 'en' ? '/' : `/${locale}/`, locale === 'en' ? '/book/' : `/${locale}/book/`]) {
			const html = readFileSync(pageFile(path), 'utf8');
			if (existsSync(join(distDir, pdf))) {
				expect(html, path).toContain(`href="/${pdf}"`);
				expect(pendingPdfLinks(html)).not.toContain(pdf);
			} else {
				expect(pendingPdfLinks(html), path).toContain(pdf);
			}
		}
	});
});
