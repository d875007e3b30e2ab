// On a phone-sized screen (390 px): whatever scrolls sideways says so, and diagram text stays readable.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, pageFile } from '../../scripts/lib/built-site.ts';
import { offlineContext, sharedChromium } from './support/browser.ts';

const baseURL = inject('baseURL');
const phone = { viewport: { width: 390, height: 844 } };
/** Below this a diagram label is hard to read on a phone (issue 14). */
const minTextPx = 11;

// The books repeat every chapter's diagrams; the chapter pages are enough here.
const diagramPages = builtPages().filter((p) => !p.includes('/book/') && readFileSync(pageFile(p), 'utf8').includes('class="diagram '));

/**
 * Runs in the page: for each figure, the smallest rendered text of the visible SVG (its font size times
 * the SVG's rendered width over its viewBox width) and whether the render scrolls sideways with the hint.
 */
const measureFigures = () =>
	[...document.querySelectorAll<HTMLElement>('figure.diagram')].map((figure) => {
		const render = [...figure.querySelectorAll<HTMLElement>('.diagram-render')].find((r) => r.offsetParent !== null)!;
		const svg = render.querySelector('svg')!;
		const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
		let smallest = Infinity;
		for (const el of svg.querySelectorAll('*')) {
			const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
			if (!ownText || el.closest('title, desc, style')) continue;
			const box = el.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue;
			smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize) * scale);
		}
		const style = getComputedStyle(render);
		return {
			title: figure.querySelector('.diagram-title')?.textContent ?? '',
			smallest: Math.round(smallest * 10) / 10,
			scrolls: render.scrollWidth > render.clientWidth + 1,
			overflowX: style.overflowX,
			background: style.backgroundImage,
			attachment: style.backgroundAttachment,
			tabIndex: render.tabIndex,
			// Its accessible name: the diagram's title, by reference.
			label: (render.getAttribute('aria-labelledby') ?? '')
				.split(/\s+/)
				.map((id) => document.getElementById(id)?.textContent ?? '')
				.join(' ')
				.trim(),
			fullSize: [...figure.querySelectorAll<HTMLAnchorElement>('a.diagram-full-size')].filter((a) => a.offsetParent !== null).map((a) => a.href),
			figureFits: figure.scrollWidth <= figure.clientWidth + 1,
		};
	});

describe.skipIf(!inject('browserAvailable'))('on a 390 px screen', () => {
	const browser = sharedChromium();

	it.each(['/networking/three-networks/', '/zh-cn/networking/three-networks/'])(
		'%s: every table that scrolls sideways shows an edge shadow that moves with the scroll',
		async (path) => {
			const { context, external } = await offlineContext(browser(), baseURL, phone);
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

	it('there are diagram pages to check', () => {
		expect(diagramPages).toEqual(expect.arrayContaining(['/networking/cni/', '/zh-cn/networking/cni/']));
	});

	// Two pages at a time (maxConcurrency in vitest.config.ts), each with its own expect.
	it.concurrent.for(diagramPages)(
		`%s: every diagram's text is at least ${minTextPx} px; a diagram wider than the column scrolls inside its figure, with the edge shadow, from the keyboard`,
		async (path, { expect }) => {
			const { context, external } = await offlineContext(browser(), baseURL, phone);
			try {
				const page = await context.newPage();
				await page.goto(`${baseURL}${path}`);
				const figures = await page.evaluate(measureFigures);
				expect(figures.length).toBeGreaterThan(0);
				if (process.env.REPORT_DIAGRAM_TEXT) console.log(JSON.stringify({ path, figures: figures.map((f) => [f.title, f.smallest]) }));
				for (const f of figures) {
					expect(f.smallest, f.title).toBeGreaterThanOrEqual(minTextPx);
					// The page itself never scrolls sideways because of a diagram.
					expect(f.figureFits, f.title).toBe(true);
					if (f.scrolls) {
						expect(f.overflowX, f.title).toBe('auto');
						expect(f.background, f.title).toContain('radial-gradient');
						expect(f.attachment, f.title).toContain('local');
						expect(f.tabIndex, f.title).toBe(0);
						expect(f.label, f.title).not.toBe('');
					}
					// One full-size link shows: the one for the render that shows.
					expect(f.fullSize, `${f.title}: full-size link`).toHaveLength(1);
					expect(f.fullSize[0], f.title).toMatch(/\/diagrams\/dark\/[0-9a-f]{20}\.svg$/);
				}
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
				expect(external).toEqual([]);
			} finally {
				await context.close();
			}
		},
	);

	it.each(['/networking/cni/', '/zh-cn/networking/cni/'])('%s: the full-size link opens the SVG on its own, large enough to read', async (path) => {
		for (const theme of ['light', 'dark'] as const) {
			const { context, external } = await offlineContext(browser(), baseURL, { ...phone, theme });
			try {
				const page = await context.newPage();
				await page.goto(`${baseURL}${path}`);
				const link = page.locator('figure.diagram a.diagram-full-size').filter({ visible: true }).first();
				expect(await link.innerText()).toBe(path.startsWith('/zh-cn/') ? '查看大图' : 'Open full size');
				// Reached by keyboard like any link; it is an ordinary link, so it works without JavaScript too.
				await link.focus();
				await Promise.all([page.waitForURL(/\.svg$/), page.keyboard.press('Enter')]);
				const shown = await page.evaluate(() => {
					const svg = document.documentElement as unknown as SVGSVGElement;
					return { tag: svg.tagName, width: svg.getBoundingClientRect().width, viewBox: svg.viewBox.baseVal.width, background: getComputedStyle(svg).backgroundColor };
				});
				expect(shown.tag).toBe('svg');
				// Drawn at least at its own size (never shrunk to the phone), on the theme's background.
				expect(shown.width).toBeGreaterThanOrEqual(shown.viewBox - 1);
				expect(shown.background).not.toBe('rgba(0, 0, 0, 0)');
				expect(external).toEqual([]);
			} finally {
				await context.close();
			}
		}
	});
});
