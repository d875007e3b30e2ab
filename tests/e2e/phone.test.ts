// On a phone-sized screen (390 px): whatever scrolls sideways says so.
import { describe, expect, inject, it } from 'vitest';
import { offlineContext, sharedChromium } from './support/browser.ts';

const baseURL = inject('baseURL');

describe.skipIf(!inject('browserAvailable'))('on a 390 px screen', () => {
	const browser = sharedChromium();

	it.each(['/networking/three-networks/', '/zh-cn/networking/three-networks/'])(
		'%s: every table that scrolls sideways shows an edge shadow that moves with the scroll',
		async (path) => {
			const { context, external } = await offlineContext(browser(), baseURL, { viewport: { width: 390, height: 844 } });
			try {
				const page = await context.newPage();
				await page.goto(`${baseURL}${path}`);
				const tables = await page.locator('.sl-markdown-content table').evaluateAll((nodes) =>
					nodes.map((table) => ({
						scrolls: table.scrollWidth > table.clientWidth + 1,
						background: getComputedStyle(table).backgroundImage,
						attachment: getComputedStyle(table).backgroundAttachment,
					})),
				);
				const scrolling = tables.filter((t) => t.scrolls);
				expect(scrolling.length, 'this page should have a wide table at 390 px').toBeGreaterThan(0);
				for (const t of scrolling) {
					expect(t.background).toContain('radial-gradient');
					expect(t.attachment).toContain('local');
				}
				expect(external).toEqual([]);
			} finally {
				await context.close();
			}
		},
	);
});
