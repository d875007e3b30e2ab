// Starlight's page layout drawn before the whole page has arrived (issue 14). The right sidebar ("On
// this page") comes before the main pane in the HTML and is put in its column by flex `order`; when
// Chromium paints while the parser has not yet reached the main pane (a slow network, a busy CPU: about
// 1 cold load in 8 at 1280 px, 4 in 8 with the CPU slowed 4×), the sidebar was the only flex item, drawn
// from the left sidebar's edge to the window's, and moved into its column once the main pane arrived
// (CLS 0.41). Here the parser is held, every time, just before the main pane by a script that answers
// late, which paints that state on purpose.
import { describe, expect, inject, it } from 'vitest';
import { offlineContext, sharedChromium } from './support/browser.ts';

const baseURL = inject('baseURL');
const HOLD = '/__hold-before-main-pane.js';

describe.skipIf(!inject('browserAvailable'))('Starlight page layout drawn before the main pane has arrived', () => {
	const browser = sharedChromium();

	it.each([
		['/architecture/container-runtimes/', 1280],
		['/zh-cn/networking/three-networks/', 1280],
		['/architecture/container-runtimes/', 1600],
	])('%s at %i px: the right sidebar is drawn in its column at once and never moves', async (path, width) => {
		const { context, external } = await offlineContext(browser(), baseURL, { viewport: { width, height: 800 } });
		try {
			// The page itself, with a parser-blocking script just before the main pane; the script answers after 1.5 s.
			await context.route(`${baseURL}${path}`, async (route) => {
				const response = await route.fetch();
				const html = await response.text();
				expect(html).toContain('<div class="main-pane');
				await route.fulfill({ response, body: html.replace('<div class="main-pane', `<script src="${HOLD}"></script>$&`) });
			});
			await context.route(`**${HOLD}`, async (route) => {
				await new Promise((resolve) => setTimeout(resolve, 1500));
				await route.fulfill({ contentType: 'text/javascript', body: '' });
			});
			await context.addInitScript(() => {
				const w = window as unknown as { __shifts: string[]; __early?: number; __drawnEarly: boolean };
				w.__shifts = [];
				w.__drawnEarly = false;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as unknown as Array<{
						value: number;
						sources?: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
					}>) {
						for (const s of entry.sources ?? []) {
							if (!(s.node instanceof Element) || !s.node.closest('.right-sidebar-container')) continue;
							const r = (b: DOMRectReadOnly) => `${b.x},${b.y} ${b.width}×${b.height}`;
							w.__shifts.push(`${entry.value.toFixed(3)}: ${s.node.className} ${r(s.previousRect)} → ${r(s.currentRect)}`);
						}
					}
				}).observe({ type: 'layout-shift', buffered: true });
				// Where the sidebar is in a frame drawn while the main pane is still missing.
				const frame = () => {
					const sidebar = document.querySelector('.right-sidebar');
					if (sidebar && !document.querySelector('.main-pane')) {
						w.__early = sidebar.getBoundingClientRect().x;
						w.__drawnEarly = true;
					}
					if (!document.querySelector('.main-pane')) requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			});
			const page = await context.newPage();
			await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
			await page.waitForTimeout(500);
			const { shifts, early, drawnEarly } = await page.evaluate(() => {
				const w = window as unknown as { __shifts: string[]; __early?: number; __drawnEarly: boolean };
				return { shifts: w.__shifts, early: w.__early, drawnEarly: w.__drawnEarly };
			});
			expect(drawnEarly, 'a frame was drawn before the main pane arrived').toBe(true);
			const final = await page.locator('.right-sidebar').evaluate((e) => e.getBoundingClientRect().x);
			expect(final, 'the sidebar sits at the right').toBeGreaterThan(width / 2);
			expect(shifts, 'layout shifts of the right sidebar').toEqual([]);
			expect(early, 'the sidebar’s place before the main pane arrived').toBe(final);
			expect(external).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
