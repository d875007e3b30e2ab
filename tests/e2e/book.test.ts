// The one-page books (/book/, /zh-cn/book/) and the single-file books (dist/kubernetes-primer-*.html):
// every chapter of the sidebar, in order, with every diagram; no duplicate ids; every link resolves
// inside the book; axe clean and offline; Pagefind sends readers to the chapter, never to the book.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, distDir, pageFile } from '../../scripts/lib/built-site.ts';
import { appendixDirectories } from '../../src/lib/book/plan.ts';
import { bookFiles, type BookLocale } from '../../src/lib/book/strings.ts';
import { offlineContext, seriousAxeViolations, sharedChromium, type Theme } from './support/browser.ts';
import { isBookPage } from './support/pages.ts';
import { shownDiagrams } from './support/diagrams.ts';

const baseURL = inject('baseURL');
const locales: BookLocale[] = ['en', 'zh-cn'];
const prefix = (locale: BookLocale) => (locale === 'en' ? '/' : `/${locale}/`);
const bookPath = (locale: BookLocale) => `${prefix(locale)}book/`;
const parse = (path: string): Root => fromHtml(readFileSync(pageFile(path), 'utf8'));
const attr = (el: Element, name: string) => String(el.properties[name] ?? '');

/** The sidebar of an ordinary chapter page, as Starlight rendered it: every link, in order. */
function sidebarLinks(locale: BookLocale): string[] {
	const tree = parse(`${prefix(locale)}introduction/what-kubernetes-does/`);
	const nav = select('nav[aria-label="Main"], nav.sidebar', tree);
	if (!nav) throw new Error('no sidebar in the chapter page');
	return selectAll('a[href]', nav).map((a) => attr(a, 'href'));
}

const isAppendix = (href: string, locale: BookLocale) => appendixDirectories.some((d) => href.startsWith(`${prefix(locale)}${d}/`));

describe.each(locales)('the %s book', (locale) => {
	const tree = parse(bookPath(locale));
	const book = select('.book', tree)!;
	const sources = selectAll('[data-book-source]', book).map((el) => attr(el, 'dataBookSource'));

	it('has every sidebar page, in sidebar order, with the reference group (glossary) last', () => {
		const sidebar = sidebarLinks(locale);
		expect(sidebar.length).toBeGreaterThan(20);
		const expected = [...sidebar.filter((h) => !isAppendix(h, locale)), ...sidebar.filter((h) => isAppendix(h, locale))];
		expect(sources).toEqual(expected);
		expect(sources.at(-1)).toBe(`${prefix(locale)}reference/glossary/`);
	});

	it('has a table of contents that links every chapter', () => {
		const toc = selectAll('.book-toc a[href^="#"]', book).map((a) => attr(a, 'href').slice(1));
		const anchors = selectAll('[data-book-chapter]', book).map((el) => attr(el, 'dataBookChapter'));
		expect(toc).toEqual(expect.arrayContaining(anchors));
	});

	it('has each chapter’s text and every one of its diagrams', () => {
		for (const section of selectAll('section.book-chapter[data-book-source]', book)) {
			const source = parse(attr(section, 'dataBookSource'));
			const content = select('.sl-markdown-content', source)!;
			const diagrams = (root: Element) => selectAll('figure.diagram .diagram-title', root).map((t) => t.children.map((c) => ('value' in c ? c.value : '')).join(''));
			expect(diagrams(section), attr(section, 'dataBookSource')).toEqual(diagrams(content));
			// Each diagram once: the render that follows both themes, or (for one Mermaid draws differently) the light one of two.
			expect(selectAll('figure.diagram [data-diagram-theme="both"] svg, figure.diagram [data-diagram-theme="light"] svg', section)).toHaveLength(diagrams(content).length);
			// Same paragraphs and code blocks as the page.
			expect(selectAll('p', section).length).toBeGreaterThanOrEqual(selectAll('p', content).length);
			expect(selectAll('pre', section)).toHaveLength(selectAll('pre', content).length);
		}
		expect(selectAll('figure.diagram', book).length).toBeGreaterThan(10);
	});

	it('shows playground pages as short entries', () => {
		const entries = selectAll('.book-playgrounds [data-book-source]', book);
		expect(entries.map((e) => attr(e, 'dataBookSource'))).toContain(`${prefix(locale)}playgrounds/cidr/`);
		for (const e of entries) expect(select(`a[href="${attr(e, 'dataBookSource')}"]`, e)).toBeDefined();
		expect(select('textarea, .cidr-playground, [data-playground]', book)).toBeUndefined();
	});

	it('has no duplicate element ids in the whole page', () => {
		const ids = selectAll('[id]', tree).map((el) => attr(el, 'id'));
		const seen = new Set<string>();
		const duplicates = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
		expect(ids.length).toBeGreaterThan(500);
		expect(duplicates).toEqual([]);
	});

	it('links inside itself: every # link has its target; only playground and download links leave the page', () => {
		const ids = new Set(selectAll('[id]', tree).map((el) => attr(el, 'id')));
		const leaving: string[] = [];
		for (const a of selectAll('a[href]', book)) {
			const href = attr(a, 'href');
			if (href.startsWith('#')) expect(ids.has(decodeURIComponent(href.slice(1))), href).toBe(true);
			else if (!/^https?:/.test(href)) leaving.push(href);
		}
		const allowed = (href: string) => href.startsWith(`${prefix(locale)}playgrounds/`) || href === `/${bookFiles.html(locale)}` || href === `/${bookFiles.pdf(locale)}`;
		expect(leaving.filter((h) => !allowed(h))).toEqual([]);
		for (const file of leaving.filter((h) => !h.includes('playgrounds/'))) expect(existsSync(join(distDir, file)), file).toBe(true);
	});

	it('is left out of the search index, on purpose', () => {
		expect(readFileSync(pageFile(bookPath(locale)), 'utf8')).not.toContain('data-pagefind-body');
		expect(readFileSync(pageFile(`${prefix(locale)}components/etcd/`), 'utf8')).toContain('data-pagefind-body');
	});

	it('is a built page that the browser tests below check with axe (site.test.ts leaves it to them)', () => {
		expect(builtPages()).toContain(bookPath(locale));
		expect(isBookPage(bookPath(locale))).toBe(true);
	});

	it('is linked from the home page', () => {
		const home = parse(prefix(locale));
		expect(select(`.book-downloads a[href="${bookPath(locale)}"]`, home)).toBeDefined();
		expect(select(`.book-downloads a[href="/${bookFiles.html(locale)}"]`, home)).toBeDefined();
	});
});

/** Result paths of a Pagefind query, through Pagefind's own API in the page. */
async function search(page: Page, query: string): Promise<string[]> {
	const script = `(async (q) => {
		const pf = await import(${JSON.stringify(`${baseURL}/pagefind/pagefind.js`)});
		await pf.init();
		const { results } = await pf.search(q);
		return Promise.all(results.slice(0, 20).map(async (r) => new URL((await r.data()).url, location.href).pathname));
	})(${JSON.stringify(query)})`;
	return page.evaluate(script) as Promise<string[]>;
}

describe.skipIf(!inject('browserAvailable'))('the books in Chromium', () => {
	const browser = sharedChromium();

	// The four loads of a whole book run two at a time (maxConcurrency in vitest.config.ts), the searches after them.
	for (const locale of locales) {
		// site.test.ts leaves the books to this load: axe with every rule in light, then, switched to dark
		// in place the way Starlight's theme picker does it, the diagrams and the contrast rule again.
		it.concurrent(`${bookPath(locale)} loads offline, passes axe and shows each theme's diagrams`, async ({ expect }) => {
			const { context, external } = await offlineContext(browser(), baseURL, { theme: 'light' });
			try {
				const page = await context.newPage();
				const response = await page.goto(`${baseURL}${bookPath(locale)}`, { waitUntil: 'load' });
				expect(response?.status()).toBe(200);
				await expect.poll(() => page.locator('.diagram-render svg').first().isVisible(), { timeout: 20_000 }).toBe(true);
				for (const theme of ['light', 'dark'] satisfies Theme[]) {
					if (theme === 'dark') {
						await page.evaluate(() => {
							localStorage.setItem('starlight-theme', 'dark');
							document.documentElement.dataset.theme = 'dark';
						});
					}
					const shown = await page.evaluate(shownDiagrams);
					expect(shown.length).toBeGreaterThan(10);
					expect(new Set(shown.map((d) => `${d.shown} ${d.palette}`)), theme).toEqual(new Set([`1 ${theme}`]));
					const violations = await seriousAxeViolations(page, theme === 'dark' ? ['color-contrast'] : undefined);
					expect(violations, `${theme}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
				}
				expect(external).toEqual([]);
			} finally {
				await context.close();
			}
		});

		it.concurrent(`${bookFiles.html(locale)} works from file:// with nothing but itself`, async ({ expect }) => {
			const file = join(distDir, bookFiles.html(locale));
			const url = pathToFileURL(file).href;
			const context = await browser().newContext({ colorScheme: 'light' });
			try {
				const page = await context.newPage();
				const requests: string[] = [];
				page.on('request', (r) => requests.push(r.url()));
				const errors: string[] = [];
				page.on('pageerror', (e) => errors.push(e.message));
				await page.goto(url, { waitUntil: 'load' });
				expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
				expect(errors).toEqual([]);
				expect(await page.locator('script').count()).toBe(0);
				// Styled: Starlight's stylesheet is inline (the content column is narrower than the window).
				expect(await page.evaluate(() => getComputedStyle(document.querySelector('.sl-markdown-content')!).display)).not.toBe('inline');
				expect(await page.locator('style').count()).toBeGreaterThan(0);

				const served = parse(bookPath(locale));
				const chapters = selectAll('[data-book-chapter]', served).map((el) => attr(el, 'dataBookChapter'));
				expect(await page.locator('[data-book-chapter]').evaluateAll((els) => els.map((e) => e.getAttribute('data-book-chapter')))).toEqual(chapters);
				expect(await page.locator('figure.diagram').count()).toBe(selectAll('figure.diagram', served).length);
				await expect.poll(() => page.locator('.diagram-render svg').first().isVisible(), { timeout: 20_000 }).toBe(true);
				expect(new Set((await page.evaluate(shownDiagrams)).map((d) => `${d.shown} ${d.palette}`))).toEqual(new Set(['1 light']));

				const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
				expect(links.filter((h) => !h.startsWith('#') && !/^https?:/.test(h))).toEqual([]);
				const broken = await page.evaluate(() =>
					[...document.querySelectorAll('a[href^="#"]')]
						.map((a) => a.getAttribute('href')!)
						.filter((h) => h.length > 1 && !document.getElementById(decodeURIComponent(h.slice(1)))),
				);
				expect(broken).toEqual([]);

				const violations = await seriousAxeViolations(page);
				expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
			} finally {
				await context.close();
			}
		});
	}

	for (const locale of locales) {
		it(`search finds the chapter, never the ${locale} book`, async () => {
			const { context, external } = await offlineContext(browser(), baseURL);
			try {
				const page = await context.newPage();
				await page.goto(`${baseURL}${prefix(locale)}`);
				for (const [query, chapter] of [
					['etcdctl snapshot', 'components/etcd/'],
					['dockershim', 'introduction/history/'],
				] as const) {
					const results = await search(page, query);
					expect(results.slice(0, 5), query).toContain(`${prefix(locale)}${chapter}`);
					expect(
						results.filter((r) => r.includes('/book/')),
						query,
					).toEqual([]);
				}
				expect(external).toEqual([]);
			} finally {
				await context.close();
			}
		});
	}
});
