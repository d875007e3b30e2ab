// Golden-query test: Pagefind, in Chromium, against the built site over HTTP. Guards search
// quality across upgrades (Pagefind's Chinese segmentation has regressed before, pagefind#1237).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchRanking } from '../../src/search-ranking.ts';
import { chineseFirstQueries, chineseQueries, englishQueries } from './golden-queries.ts';
import { launchChromium, offlineContext } from './support/browser.ts';

const baseURL = inject('baseURL');

/** Runs a query through Pagefind's own API, ranked as the site's search dialog ranks, on a page of the given language; returns result paths. */
async function search(page: Page, query: string): Promise<string[]> {
	const pagefindUrl = `${baseURL}/pagefind/pagefind.js`;
	// Passed as source text: Vitest would otherwise rewrite the dynamic import() for Node.
	const script = `(async (q) => {
		if (!window.__pf) {
			window.__pf = await import(${JSON.stringify(pagefindUrl)});
			await window.__pf.options({ ranking: ${JSON.stringify(searchRanking)} });
			await window.__pf.init();
		}
		const { results } = await window.__pf.search(q);
		return Promise.all(results.slice(0, 10).map(async (r) => new URL((await r.data()).url, location.href).pathname));
	})(${JSON.stringify(query)})`;
	return page.evaluate(script) as Promise<string[]>;
}

describe.skipIf(!inject('browserAvailable'))('search', () => {
	let browser: Browser;
	const pages: Record<'en' | 'zh', Page> = {} as Record<'en' | 'zh', Page>;
	let external: string[] = [];

	beforeAll(async () => {
		browser = await launchChromium();
		const offline = await offlineContext(browser, baseURL);
		external = offline.external;
		pages.en = await offline.context.newPage();
		await pages.en.goto(`${baseURL}/`);
		pages.zh = await offline.context.newPage();
		await pages.zh.goto(`${baseURL}/zh-cn/`);
	});
	afterAll(async () => {
		expect(external).toEqual([]);
		await browser?.close();
	});

	it('has at least ten golden queries per language', () => {
		expect(englishQueries.length).toBeGreaterThanOrEqual(10);
		expect(chineseQueries.length).toBeGreaterThanOrEqual(10);
	});

	it.each(englishQueries)('English: "$query" finds $expect in the top 3', async ({ query, expect: path }) => {
		const results = await search(pages.en, query);
		expect(results.slice(0, 3)).toContain(path);
		expect(
			results.every((r) => !r.startsWith('/zh-cn/')),
			'English search returned a Chinese page',
		).toBe(true);
	});

	it.each(chineseQueries)('Chinese: "$query" finds $expect in the top 3', async ({ query, expect: path }) => {
		const results = await search(pages.zh, query);
		expect(results.slice(0, 3)).toContain(path);
		expect(
			results.every((r) => r.startsWith('/zh-cn/')),
			'Chinese search returned an English page',
		).toBe(true);
	});

	it.each(chineseFirstQueries)('Chinese: "$query" finds $expect first', async ({ query, expect: path }) => {
		expect((await search(pages.zh, query))[0]).toBe(path);
	});

	it.each([
		['en', 'zqxjvbnm'],
		['zh', '龘靐齉'],
	] as const)('%s: a query for words that appear nowhere finds nothing', async (lang, query) => {
		expect(await search(pages[lang], query)).toEqual([]);
	});
});
