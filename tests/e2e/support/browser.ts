// What every browser test needs: a Chromium, a page that records requests leaving the local
// server, theme selection, and an axe-core scan.
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../../scripts/lib/chromium.ts';

export { launchChromium };
export type Theme = 'light' | 'dark';

/** One Chromium for the enclosing describe block: launched before its tests, closed after them. */
export function sharedChromium(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('Chromium is not running: sharedChromium() must be called inside a describe block.');
		return browser;
	};
}

export interface OfflineContext {
	context: BrowserContext;
	/** Requests to any host other than the local server; they are blocked, never sent. */
	external: string[];
}

/** A context whose network stops at the local server: anything else is recorded and aborted. */
export async function offlineContext(browser: Browser, baseURL: string, options: BrowserContextOptions & { theme?: Theme } = {}): Promise<OfflineContext> {
	const { theme, ...contextOptions } = options;
	const context = await browser.newContext({ colorScheme: theme ?? 'dark', ...contextOptions });
	const local = new URL(baseURL).host;
	const external: string[] = [];
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.host === local || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
		external.push(url.href);
		return route.abort('blockedbyclient');
	});
	if (theme) await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	return { context, external };
}

export interface PlaygroundPageOptions extends BrowserContextOptions {
	theme?: Theme;
	/** A localStorage key set to "plain" before any page script runs: the playground keeps its text area and never loads Monaco. */
	plainEditorKey?: string;
}

/**
 * Runs `fn` on a fresh page in an offline context, then checks that nothing was requested from another
 * host and that no script error reached the page.
 */
export async function withPlaygroundPage<T>(browser: Browser, baseURL: string, fn: (page: Page) => Promise<T>, options: PlaygroundPageOptions = {}): Promise<T> {
	const { plainEditorKey, ...contextOptions } = options;
	const { context, external } = await offlineContext(browser, baseURL, contextOptions);
	if (plainEditorKey) await context.addInitScript((key) => localStorage.setItem(key, 'plain'), plainEditorKey);
	try {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const result = await fn(page);
		expect(external).toEqual([]);
		expect(errors).toEqual([]);
		return result;
	} finally {
		await context.close();
	}
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/**
 * Runs axe-core on the page; returns the serious and critical violations. `only` limits the run to some
 * rules (e.g. ['color-contrast'] for the second theme, where nothing but colours differs).
 */
export async function seriousAxeViolations(page: Page, only?: string[]): Promise<AxeViolation[]> {
	await page.addScriptTag({ path: axeSource });
	const violations = await page.evaluate(async (rules) => {
		const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}) });
		return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
	}, only);
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
