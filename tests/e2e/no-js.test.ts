// With JavaScript off, a page still shows its heading, its text and its diagrams (Starlight renders
// the dark palette into the HTML, so the dark render shows), and the text alternative is in the HTML.
// What decides this is the stylesheet, which every page of a layout shares, so Chromium checks one page
// of each layout in each language; that every page carries its heading, text, diagrams and captions in
// its HTML is checked on every page without a browser (build-output.test.ts, "for reading without
// JavaScript"). Pages are checked two at a time (maxConcurrency in vitest.config.ts).
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtPages, pageFile } from '../../scripts/lib/built-site.ts';
import { offlineContext, sharedChromium } from './support/browser.ts';
import { shownDiagrams } from './support/diagrams.ts';

const baseURL = inject('baseURL');
/** The splash home page, chapters with diagrams, the reference, each playground, the one-page book. */
const pages = [
	'/',
	'/zh-cn/',
	'/networking/cni/',
	'/zh-cn/architecture/pod-startup/',
	'/reference/glossary/',
	'/playgrounds/cidr/',
	'/zh-cn/playgrounds/manifests/',
	'/playgrounds/manifest-rules/',
	'/zh-cn/book/',
];

describe.skipIf(!inject('browserAvailable'))('reading without JavaScript', () => {
	const browser = sharedChromium();

	it('checks pages that exist, with diagrams among them, in both languages', () => {
		const built = builtPages();
		expect(pages.filter((p) => !built.includes(p))).toEqual([]);
		expect(pages.some((p) => p.startsWith('/zh-cn/')) && pages.some((p) => !p.startsWith('/zh-cn/'))).toBe(true);
		expect(pages.filter((p) => readFileSync(pageFile(p), 'utf8').includes('class="diagram ')).length).toBeGreaterThanOrEqual(3);
	});

	it.concurrent.for(pages)('%s shows its heading, text and diagrams', async (path, { expect }) => {
		const { context, external } = await offlineContext(browser(), baseURL, { javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto(`${baseURL}${path}`);
			await expect.poll(() => page.locator('h1').first().isVisible(), { timeout: 10_000 }).toBe(true);
			const text = await page.locator('main').innerText();
			expect(text.length).toBeGreaterThan(200);

			const figures = page.locator('figure.diagram');
			const shown = await page.evaluate(shownDiagrams);
			for (let i = 0; i < shown.length; i++) {
				// One render, in the dark palette Starlight shows without JavaScript.
				const d = shown[i]!;
				expect([d.shown, d.palette], d.title).toEqual([1, 'dark']);
				expect(d.width > 200 && d.height > 100, d.title).toBe(true);
				expect((await figures.nth(i).locator('figcaption').textContent())?.length).toBeGreaterThan(40);
			}
			expect(external).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('the history page has its timeline as inline SVG, in both languages', async () => {
		const { context } = await offlineContext(browser(), baseURL, { javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			for (const path of ['/introduction/history/', '/zh-cn/introduction/history/']) {
				await page.goto(`${baseURL}${path}`);
				expect(await page.locator('figure.diagram svg').count()).toBe(1);
				const caption = await page.locator('figure.diagram figcaption').textContent();
				expect(caption).toContain('1.24');
			}
		} finally {
			await context.close();
		}
	});
});
