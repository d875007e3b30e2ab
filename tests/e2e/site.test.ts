// Every built page, in both languages and both themes: it loads with no request to another host,
// axe finds no serious or critical problem (every rule in the light theme; in the dark theme, where only
// colours differ, the contrast rule), diagrams show the render for the active theme, and the search
// dialog works without leaving the local server (on one page of each kind per language: the dialog is
// the same component everywhere, and the golden queries in search.test.ts test what it finds).
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { offlineContext, sharedChromium, seriousAxeViolations, type Theme } from './support/browser.ts';
import { shownDiagrams } from './support/diagrams.ts';

const baseURL = inject('baseURL');
const pages = builtPages();
const themes: Theme[] = ['light', 'dark'];

describe.skipIf(!inject('browserAvailable'))('every page, both themes', () => {
	const browser = sharedChromium();

	it('covers both languages', () => {
		expect(pages.some((p) => p.startsWith('/zh-cn/'))).toBe(true);
		expect(pages.some((p) => !p.startsWith('/zh-cn/') && p !== '/404.html')).toBe(true);
	});

	for (const theme of themes) {
		it.each(pages)(`%s (${theme}) loads offline, passes axe and shows the ${theme} diagrams`, async (path) => {
			const { context, external } = await offlineContext(browser(), baseURL, { theme });
			try {
				const page = await context.newPage();
				const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
				expect(response?.status()).toBe(200);
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);

				// Each diagram shows one render, drawn in the active theme's palette (an SVG that follows both
				// themes through CSS variables, or the render for that theme).
				// The book pages carry every diagram of the primer (1.3 MB of HTML): on a busy machine the check can take longer than the default 1 s poll.
				const expected = (await page.locator('figure.diagram').count()) ? [`1 render, ${theme} palette`] : [];
				const seen = async () => [...new Set((await page.evaluate(shownDiagrams)).map((d) => `${d.shown} render, ${d.palette} palette`))];
				await expect.poll(seen, { timeout: 10_000 }).toEqual(expected);
				for (const d of await page.evaluate(shownDiagrams)) expect(d.title, 'every diagram has a title').not.toBe('');
				expect(await page.locator('.diagram-stale').count(), 'a diagram is not rendered: run npm run diagrams').toBe(0);

				const violations = await seriousAxeViolations(page, theme === 'dark' ? ['color-contrast'] : undefined);
				expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
				expect(external).toEqual([]);
			} finally {
				await context.close();
			}
		});
	}

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
			await page.getByRole('button', { name: chinese ? '搜索' : 'Search' }).first().click();
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
