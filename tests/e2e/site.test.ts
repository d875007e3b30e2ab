// Every built page, in both languages and both themes: it loads with no request to another host,
// axe finds no serious or critical problem (every rule in the light theme; in the dark theme, where only
// colours differ, the contrast rule), diagrams show the render for the active theme, and the search
// dialog works without leaving the local server (on one page of each kind per language: the dialog is
// the same component everywhere, and the golden queries in search.test.ts test what it finds).
// Each page loads once, in the light theme, and is then switched to dark the way Starlight's theme
// picker does it (the data-theme attribute and the stored choice), so one load serves both themes; the
// dialog pages below load in the dark theme, which keeps the dark first paint covered. Pages are checked
// two at a time (the machine has two cores). The one-page books are checked the same way in
// book.test.ts, which loads them anyway.
import { describe, expect, inject, it, type ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { offlineContext, sharedChromium, seriousAxeViolations, type Theme } from './support/browser.ts';
import { isBookPage } from './support/pages.ts';
import { shownDiagrams } from './support/diagrams.ts';

const baseURL = inject('baseURL');
const allPages = builtPages();
const pages = allPages.filter((p) => !isBookPage(p));

/** Every diagram shows one render, drawn in `theme`'s palette, with a title; none is stale. */
async function expectDiagramsFor(expect: ExpectStatic, page: Page, theme: Theme) {
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
	// An SVG that follows both themes through CSS variables, or the render for that theme.
	const expected = (await page.locator('figure.diagram').count()) ? [`1 render, ${theme} palette`] : [];
	const seen = async () => [...new Set((await page.evaluate(shownDiagrams)).map((d) => `${d.shown} render, ${d.palette} palette`))];
	await expect.poll(seen, { timeout: 10_000 }).toEqual(expected);
	for (const d of await page.evaluate(shownDiagrams)) expect(d.title, 'every diagram has a title').not.toBe('');
	expect(await page.locator('.diagram-stale').count(), 'a diagram is not rendered: run npm run diagrams').toBe(0);
}

describe.skipIf(!inject('browserAvailable'))('every page, both themes', () => {
	const browser = sharedChromium();

	it('covers both languages and leaves only the books to book.test.ts', () => {
		expect(pages.some((p) => p.startsWith('/zh-cn/'))).toBe(true);
		expect(pages.some((p) => !p.startsWith('/zh-cn/') && p !== '/404.html')).toBe(true);
		expect(allPages.filter(isBookPage)).toEqual(['/book/', '/zh-cn/book/']);
	});

	it.concurrent.for(pages)('%s loads offline, passes axe and shows the diagrams of each theme', async (path, { expect }) => {
		const { context, external } = await offlineContext(browser(), baseURL, { theme: 'light' });
		try {
			const page = await context.newPage();
			const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
			expect(response?.status()).toBe(200);
			await expectDiagramsFor(expect, page, 'light');
			const light = await seriousAxeViolations(page);
			expect(light, `light: ${JSON.stringify(light, null, 2)}`).toEqual([]);

			await page.evaluate(() => {
				localStorage.setItem('starlight-theme', 'dark');
				document.documentElement.dataset.theme = 'dark';
			});
			await expectDiagramsFor(expect, page, 'dark');
			const dark = await seriousAxeViolations(page, ['color-contrast']);
			expect(dark, `dark: ${JSON.stringify(dark, null, 2)}`).toEqual([]);
			expect(external).toEqual([]);
		} finally {
			await context.close();
		}
	});

	// One retry, in a fresh context: in two of about ten full runs the search box of one page never
	// appeared (once on a machine busy with a benchmark, once on a quiet one), while 84 runs of every page
	// on their own all set up within 0.75 s. Starlight builds the search UI in an idle callback; a broken
	// search fails both attempts.
	// One page of each layout per language: the splash home page, a chapter, a playground.
	const dialogPages = ['/', '/zh-cn/', '/architecture/pod-startup/', '/zh-cn/architecture/pod-startup/', '/playgrounds/manifests/', '/zh-cn/playgrounds/cidr/'];
	it('checks the search dialog on pages that exist', () => {
		expect(dialogPages.filter((p) => !pages.includes(p))).toEqual([]);
	});

	it.each(dialogPages)('%s: the search dialog finds pages without leaving the server', { retry: 1 }, async (path) => {
		const { context, external } = await offlineContext(browser(), baseURL, { theme: 'dark' });
		try {
			const page = await context.newPage();
			await page.goto(`${baseURL}${path}`);
			const chinese = path.startsWith('/zh-cn/');
			await page
				.getByRole('button', { name: chinese ? '搜索' : 'Search' })
				.first()
				.click();
			const dialog = page.getByRole('dialog');
			// Starlight builds the search UI in a requestIdleCallback with no timeout, so on a busy
			// machine it can take a while to appear; a reader would simply wait.
			await dialog
				.getByRole('textbox')
				.fill('dockershim', { timeout: 45_000 })
				.catch(async (error: unknown) => {
					// Say which step did not happen, for the next time this is seen.
					const state = await page.evaluate(() => ({
						readyState: document.readyState,
						dialogOpen: document.querySelector('dialog')?.open ?? null,
						searchUiChildren: document.querySelector('#starlight__search')?.childElementCount ?? null,
					}));
					throw new Error(`search box did not appear: ${JSON.stringify(state)}`, { cause: error });
				});
			const firstResult = dialog.locator('.pagefind-ui__result-link').first();
			await firstResult.waitFor({ timeout: 15_000 });
			const href = await firstResult.getAttribute('href');
			// The result count line is in the page's language ("找到 N 个与 dockershim 相关的结果").
			const message = await dialog.locator('.pagefind-ui__message').innerText();
			expect(message).toMatch(chinese ? /^找到 \d+ 个与 dockershim 相关的结果$/ : /^\d+ results? for dockershim$/);
			expect(href?.startsWith(chinese ? '/zh-cn/' : '/') && (chinese || !href.startsWith('/zh-cn/'))).toBe(true);
			expect(external).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
