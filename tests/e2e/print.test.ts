// Print layout, with Chromium's print media emulation at the width of an A4 page's text block
// (210 mm less 15 mm margins each side = 180 mm ≈ 680 CSS px): no site chrome, nothing wider than
// the page, and light colours and diagrams even when the reader's theme is dark.
import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { offlineContext, sharedChromium } from './support/browser.ts';
import { shownDiagrams } from './support/diagrams.ts';

const baseURL = inject('baseURL');
const a4TextWidth = Math.floor((180 / 25.4) * 96);

const pages = [
	'/book/',
	'/zh-cn/book/',
	'/',
	'/components/etcd/',
	'/zh-cn/networking/three-networks/',
	'/introduction/history/',
	'/reference/glossary/',
	'/playgrounds/manifest-rules/',
	'/playgrounds/cidr/',
];

/** Elements that are laid out (not display:none) and stick out past the right edge of the page. */
function overflowing(page: Page) {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const out: string[] = [];
		if (document.documentElement.scrollWidth > width + 1) out.push(`document scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
		for (const el of document.querySelectorAll('main pre, main table, main figure, main svg, main img, main code, main p, main li')) {
			const box = el.getBoundingClientRect();
			if (box.width > 0 && box.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(box.right)}`);
		}
		return out.slice(0, 10);
	});
}

describe.skipIf(!inject('browserAvailable'))('print layout', () => {
	const browser = sharedChromium();

	it.concurrent.for(pages)('%s: no site chrome, nothing wider than an A4 page, light colours from the dark theme', async (path, { expect }) => {
		const { context, external } = await offlineContext(browser(), baseURL, { theme: 'dark', viewport: { width: a4TextWidth, height: 1000 } });
		try {
			const page = await context.newPage();
			await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
			await page.emulateMedia({ media: 'print' });

			for (const selector of [
				'.page > header',
				'nav[aria-label="Main"]',
				'.right-sidebar-container',
				'mobile-starlight-toc',
				'site-search',
				'starlight-theme-select',
				'starlight-lang-select',
				'.pagination-links',
				'.sl-anchor-link',
			]) {
				// An element that is not rendered (display: none, also through an ancestor) has no boxes.
				const shown = await page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
				expect(shown, `${selector} is printed`).toBe(0);
			}
			expect(await overflowing(page)).toEqual([]);

			// Dark mode is never printed: white page, dark text, the light render of each diagram.
			const colours = await page.evaluate(() => ({
				bg: getComputedStyle(document.body).backgroundColor,
				text: getComputedStyle(document.querySelector('main') ?? document.body).color,
			}));
			expect(colours.bg).toBe('rgb(255, 255, 255)');
			const luminance = (rgb: string) =>
				rgb
					.match(/\d+/g)!
					.slice(0, 3)
					.map(Number)
					.reduce((a, b) => a + b, 0) / 3;
			expect(luminance(colours.text)).toBeLessThan(80);
			for (const d of await page.evaluate(shownDiagrams)) {
				expect(d.shown, d.title).toBe(1);
				expect(d.palette, d.title).toBe('light');
			}
			const code = page.locator('.expressive-code pre');
			if (await code.count()) expect(luminance(await code.first().evaluate((e) => getComputedStyle(e).backgroundColor))).toBeGreaterThan(200);

			if (path.endsWith('/book/')) {
				const breaks = await page.locator('section.book-chapter').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
				expect(new Set(breaks)).toEqual(new Set(['page']));
				expect(await page.locator('.book-title-page').evaluate((e) => getComputedStyle(e).breakAfter)).toBe('page');
			}
			// External links print their address after the text.
			const external0 = page.locator('.sl-markdown-content a[href^="http"]').first();
			if (await external0.count()) expect(await external0.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('http');
			expect(external).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
