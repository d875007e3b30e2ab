// Browser figures for the playgrounds, measured in Chromium (playwright-core) against the built site
// (issue 14; issue 9 section 4). Prints figures; asserts nothing. Every step has a timeout, so the bench
// cannot hang: a step that runs out prints "timed out" and the next one runs.
//
// 1. Per playground page and language, on a phone-sized touch screen (no editor before intent): bytes the
//    page downloads (gzip -9 of every file requested, as a server with gzip sends them), the longest
//    main-thread task while loading, total blocking time (sum over long tasks of their time past 50 ms) and
//    CLS (sum of layout-shift entries without recent input), until the page has been quiet for 3 s. Once as
//    is and once with the CPU throttled 4× (what Lighthouse's mobile run simulates; steadier than its TBT on
//    a shared machine). On the CIDR pages also the playground's own start() (a User Timing measure) and the
//    long task it ran in, if any: module scripts run together in one task after parsing.
// 2. The manifest page on a desktop, with Monaco:
//    - a 3,000-line multi-document paste, then single keystrokes: keystroke to markers (includes the
//      debounce) and the longest task while typing (the worker's per-document cache re-validates only the
//      document that changed);
//    - a 12,000-line paste (clipboard, Ctrl+V) into the plain text area: time to the verdict and the
//      longest task (src/playgrounds/common/large-paste.ts inserts it in one step);
//    - a 5 MB paste (clipboard, Ctrl+V) into the plain text area and into Monaco: time to the located
//      "too large" verdict and the longest task;
//    - the stall per keystroke with a 1,000,000-character document (the validator accepts up to 1,048,576).
// Big texts are put on the clipboard or handed to Monaco through a paste event in page.evaluate (typing
// them, or locator.fill, takes minutes); single keystrokes go through page.keyboard.
//
// Run: npm run build && node_modules/.bin/node scripts/bench-playground.ts [section …]
// Sections: load, typing, paste, stall (all when none is named), e.g. `… bench-playground.ts typing`.
import { existsSync } from 'node:fs';
import { freePort } from './lib/free-port.ts';
import { preview } from 'astro';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { findChromium, launchChromium } from './lib/chromium.ts';
import { distDir, gzipSize, pageFile } from './lib/built-site.ts';
import { DEBOUNCE_MS } from '../src/playgrounds/manifests/lint-client.ts';
import { START_MEASURE as CIDR_START } from '../src/playgrounds/cidr/main.ts';
import { multiDocument } from './lib/bench-texts.ts';

const PAGES = ['/playgrounds/manifests/', '/zh-cn/playgrounds/manifests/', '/playgrounds/cidr/', '/zh-cn/playgrounds/cidr/'];
const MANIFESTS = PAGES[0]!;
const EDITOR_PREF = 'kprimer:manifest-playground:v1:editor';
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

if (!existsSync(pageFile(MANIFESTS, distDir))) {
	console.error('No built manifest playground in dist/: run `npm run build` first.');
	process.exit(2);
}
if (!findChromium()) {
	console.log('Chromium not found: playground benchmark skipped.');
	process.exit(0);
}
// Whatever happens, the bench ends.
const watchdog = setTimeout(() => {
	console.error('bench-playground: gave up after 15 minutes');
	process.exit(3);
}, 15 * 60_000);

const SECTIONS = ['load', 'typing', 'paste', 'stall'] as const;
const asked = process.argv.slice(2);
for (const name of asked)
	if (!(SECTIONS as readonly string[]).includes(name)) {
		console.error(`Unknown section ${name}: one of ${SECTIONS.join(', ')}`);
		process.exit(2);
	}
const runs = (section: (typeof SECTIONS)[number]) => asked.length === 0 || asked.includes(section);

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number | undefined) => (n === undefined ? 'n/a' : `${n.toFixed(0)} ms`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

class StepTimeout extends Error {}
async function step<T>(label: string, limitMs: number, run: () => Promise<T>): Promise<T | undefined> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		return await Promise.race([run(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new StepTimeout()), limitMs)))]);
	} catch (error) {
		console.log(`${label}: ${error instanceof StepTimeout ? `timed out after ${limitMs / 1000} s` : `failed (${String(error).split('\n')[0]})`}`);
		return undefined;
	} finally {
		clearTimeout(timer);
	}
}

/** Installed before any page script: long tasks and layout shifts from the very start. */
function observeMainThread(): void {
	const w = window as unknown as { __perf: { tasks: { start: number; duration: number }[]; cls: number } };
	w.__perf = { tasks: [], cls: 0 };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.__perf.tasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__perf.cls += e.value;
	}).observe({ type: 'layout-shift', buffered: true });
}
interface Perf {
	tasks: { start: number; duration: number }[];
	cls: number;
}
const perf = (page: Page) => page.evaluate(() => (window as unknown as { __perf: Perf }).__perf);
/** Long tasks that started at or after `since` (performance.now() in the page). */
async function tasksSince(page: Page, since: number): Promise<number[]> {
	return (await perf(page)).tasks.filter((t) => t.start >= since).map((t) => t.duration);
}
const now = (page: Page) => page.evaluate(() => performance.now());

async function newPage(browser: Browser, options: BrowserContextOptions, plain = false): Promise<Page> {
	const context = await browser.newContext({ colorScheme: 'dark', ...options });
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await context.addInitScript(observeMainThread);
	if (plain) await context.addInitScript((key) => localStorage.setItem(key, 'plain'), EDITOR_PREF);
	const page = await context.newPage();
	page.setDefaultTimeout(30_000);
	return page;
}

async function waitQuiet(page: Page, quietMs: number, maxMs: number): Promise<void> {
	let last = Date.now();
	const onRequest = () => (last = Date.now());
	page.on('request', onRequest);
	const start = Date.now();
	while (Date.now() - last < quietMs && Date.now() - start < maxMs) await page.waitForTimeout(250);
	page.off('request', onRequest);
}

// --- 1. Load figures ------------------------------------------------------------------------------

interface LoadFigures {
	files: number;
	gzip: number;
	raw: number;
	longest: number;
	tbt: number;
	cls: number;
	editorLoaded: boolean;
	/** CIDR pages: how long the playground's start() held the main thread, and the long task it ran in (0: none). */
	cidrStart?: { start: number; task: number };
}
/** `cpuRate`: Chromium's CPU throttle (4 is what Lighthouse's mobile run simulates). */
async function loadFigures(browser: Browser, base: string, path: string, cpuRate = 1): Promise<LoadFigures> {
	const page = await newPage(browser, PHONE);
	try {
		if (cpuRate !== 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
		const bodies: Promise<Buffer | undefined>[] = [];
		const urls: string[] = [];
		page.on('response', (response) => {
			if (!response.url().startsWith(base)) return;
			urls.push(response.url());
			bodies.push(response.body().catch(() => undefined));
		});
		await page.goto(`${base}${path}`, { waitUntil: 'load' });
		await waitQuiet(page, 3000, 20_000);
		const { tasks, cls } = await perf(page);
		const measure = await page.evaluate((name) => performance.getEntriesByName(name).map((m) => ({ start: m.startTime, duration: m.duration }))[0], CIDR_START);
		const around = measure && tasks.find((t) => t.start <= measure.start && measure.start <= t.start + t.duration);
		const files = (await Promise.all(bodies)).filter((b): b is Buffer => b !== undefined);
		return {
			files: files.length,
			raw: files.reduce((n, b) => n + b.length, 0),
			gzip: files.reduce((n, b) => n + gzipSize(b), 0),
			longest: Math.max(0, ...tasks.map((t) => t.duration)),
			tbt: tasks.reduce((n, t) => n + Math.max(0, t.duration - 50), 0),
			cls,
			editorLoaded: urls.some((u) => /editor-bundle-/.test(u)),
			...(measure ? { cidrStart: { start: measure.duration, task: around?.duration ?? 0 } } : {}),
		};
	} finally {
		await page.context().close();
	}
}

// --- 2. The manifest page under load --------------------------------------------------------------

const HUGE = `apiVersion: v1\nkind: ConfigMap\ndata:\n${'  key: value-value-value-value\n'.repeat((5 * 1024 * 1024) / 30)}`;
function largeDocument(size: number): string {
	const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: big', 'data:'];
	for (let i = 0, n = 60; n < size - 40; i++) {
		const line = `  key-${i}: value-${i}`;
		lines.push(line);
		n += line.length + 1;
	}
	return `${lines.join('\n')}\n`;
}

async function openMonaco(page: Page, base: string): Promise<void> {
	await page.goto(`${base}${MANIFESTS}`);
	await page.locator('.mp-playground[data-ready]').waitFor({ state: 'attached' });
	const editor = page.locator('.mp-playground[data-editor="monaco"] .monaco-editor');
	// Wide screens with a fine pointer load the editor when idle; otherwise the button asks for it.
	await editor.waitFor({ state: 'visible', timeout: 15_000 }).catch(async () => {
		await page.locator('#mp-editor-toggle:not([disabled])').click();
		await editor.waitFor({ state: 'visible' });
	});
	await waitQuiet(page, 1500, 15_000);
	await page.locator('.monaco-editor .view-lines').click();
}

/** Replaces Monaco's whole text the way a paste does (a paste event on its focused input). */
async function pasteIntoMonaco(page: Page, text: string): Promise<void> {
	await page.keyboard.press('ControlOrMeta+A');
	await page.evaluate((t) => {
		const data = new DataTransfer();
		data.setData('text/plain', t);
		document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	}, text);
}

/** Counts redraws of the problems list (one per verdict), and keydown times. */
async function watchVerdicts(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { __verdicts: number[]; __keys: number[] };
		w.__verdicts = [];
		w.__keys = [];
		new MutationObserver(() => w.__verdicts.push(performance.now())).observe(document.querySelector('#mp-problems')!, { childList: true });
		document.addEventListener('keydown', () => w.__keys.push(performance.now()), true);
	});
}
const verdicts = (page: Page) => page.evaluate(() => (window as unknown as { __verdicts: number[] }).__verdicts);
const lastKey = (page: Page) => page.evaluate(() => (window as unknown as { __keys: number[] }).__keys.at(-1) ?? 0);
async function verdictAfter(page: Page, since: number, maxMs: number): Promise<number | undefined> {
	const start = Date.now();
	while (Date.now() - start < maxMs) {
		const after = (await verdicts(page)).find((t) => t > since);
		if (after !== undefined) return after - since;
		await page.waitForTimeout(20);
	}
	return undefined;
}

/** When the page marked `name` (performance.mark in src/playgrounds/manifests/main.ts) first after `since`, less `since`. */
async function markAfter(page: Page, name: string, since: number, maxMs: number): Promise<number | undefined> {
	const start = Date.now();
	while (Date.now() - start < maxMs) {
		const at = await page.evaluate(([n, t]) => performance.getEntriesByName(n, 'mark').find((m) => m.startTime > t)?.startTime, [name, since] as const);
		if (at !== undefined) return at - since;
		await page.waitForTimeout(20);
	}
	return undefined;
}

/**
 * Types one character `n` times at the end of line `line`, each followed by a pause. Per keystroke: to the
 * editor's markers (mark "mp-markers") and to the problems list drawn (mark "mp-list", a frame later).
 */
async function keystrokes(page: Page, line: number, n: number, pauseMs: number): Promise<{ toMarkers: number[]; toList: number[]; longest: number }> {
	await page.keyboard.press('ControlOrMeta+Home');
	for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('End');
	await page.waitForTimeout(pauseMs);
	const since = await now(page);
	// A build from before the marks drew the list and the markers in one task: its list redraw is the time.
	const marks = await page.evaluate(() => performance.getEntriesByName('mp-markers', 'mark').length > 0);
	const toMarkers: number[] = [];
	const toList: number[] = [];
	for (let i = 0; i < n; i++) {
		if (i % 2 === 0) await page.keyboard.type('x');
		else await page.keyboard.press('Backspace');
		const key = await lastKey(page);
		const markers = marks ? await markAfter(page, 'mp-markers', key, pauseMs + 5000) : await verdictAfter(page, key, pauseMs + 5000);
		if (markers !== undefined) toMarkers.push(markers);
		const list = marks ? await markAfter(page, 'mp-list', key, 2000) : markers;
		if (list !== undefined) toList.push(list);
		await page.waitForTimeout(pauseMs);
	}
	return { toMarkers, toList, longest: Math.max(0, ...(await tasksSince(page, since))) };
}

async function hugePaste(page: Page, into: 'textarea' | 'monaco'): Promise<{ verdict?: number; longest: number }> {
	await page.evaluate((t) => navigator.clipboard.writeText(t), HUGE);
	await watchVerdicts(page);
	if (into === 'textarea') await page.locator('#mp-text').focus();
	await page.keyboard.press('ControlOrMeta+A');
	await page.waitForTimeout(500);
	const since = await now(page);
	await page.keyboard.press('ControlOrMeta+V');
	const start = Date.now();
	await page.locator('#mp-problems [role="option"][data-rule="yaml/input-too-large"]').waitFor({ timeout: 60_000 });
	const verdict = (await verdicts(page)).find((t) => t > since);
	await page.waitForTimeout(1000);
	return { verdict: verdict !== undefined ? verdict - since : Date.now() - start, longest: Math.max(0, ...(await tasksSince(page, since))) };
}

const port = await freePort();
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
const base = `http://127.0.0.1:${port}`;
const browser = await launchChromium();

try {
	for (const cpuRate of runs('load') ? [1, 4] : []) {
		console.log(
			`${cpuRate === 1 ? '' : '\n'}Playground pages on a phone-sized touch screen, before any intent (until 3 s without requests)${cpuRate === 1 ? '' : `, CPU throttled ${cpuRate}×`}\n`,
		);
		console.log(
			`${'page'.padEnd(34)}${'files'.padStart(6)}${'raw'.padStart(11)}${'gzip -9'.padStart(11)}${'longest task'.padStart(14)}${'TBT'.padStart(9)}${'CLS'.padStart(8)}  editor?     CIDR start() (its long task)`,
		);
		for (const path of PAGES) {
			const f = await step(path, 60_000, () => loadFigures(browser, base, path, cpuRate));
			const start = f?.cidrStart ? `${ms(f.cidrStart.start)} (${f.cidrStart.task ? ms(f.cidrStart.task) : 'none'})` : '';
			if (f)
				console.log(
					`${path.padEnd(34)}${String(f.files).padStart(6)}${kb(f.raw).padStart(11)}${kb(f.gzip).padStart(11)}${ms(f.longest).padStart(14)}${ms(f.tbt).padStart(9)}${f.cls.toFixed(3).padStart(8)}  ${(f.editorLoaded ? 'loaded' : 'not loaded').padEnd(12)}${start}`,
				);
		}
	}
	console.log('\nManifest playground, desktop (1280 × 900), Monaco\n');

	if (runs('typing')) {
		const page = await newPage(browser, DESKTOP);
		try {
			await step('3,000-line paste', 120_000, async () => {
				await openMonaco(page, base);
				const text = multiDocument(3000);
				await watchVerdicts(page);
				await pasteIntoMonaco(page, text);
				await page
					.locator('#mp-summary')
					.filter({ hasText: /documents|个文档/ })
					.waitFor({ timeout: 30_000 });
				await waitQuiet(page, 1000, 10_000);
				// Mid-file: line 1,500 lies inside one of the Deployments.
				const { toMarkers, toList, longest } = await keystrokes(page, 1500, 8, 600);
				const lines = text.split('\n').length - 1;
				const docs = text.split('\n---\n').length;
				const max = (values: number[]) => ms(values.length ? Math.max(...values) : undefined);
				console.log(
					`${lines.toLocaleString('en')} lines in ${docs} documents, single keystrokes in Monaco → markers (incl. ${DEBOUNCE_MS} ms debounce): median ${ms(median(toMarkers))}, max ${max(toMarkers)} (${toMarkers.length} keystrokes); → problems list drawn: median ${ms(median(toList))}, max ${max(toList)}; longest task while typing: ${longest ? ms(longest) : '< 50 ms'}`,
				);
			});
		} finally {
			await page.context().close();
		}
	}

	if (runs('paste')) {
		const page = await newPage(browser, DESKTOP, true);
		try {
			await step('12,000-line paste (textarea)', 120_000, async () => {
				await page.goto(`${base}${MANIFESTS}`);
				await page.locator('.mp-playground[data-ready]').waitFor({ state: 'attached' });
				await waitQuiet(page, 1000, 10_000);
				const text = multiDocument(12_000);
				const docs = text.split('\n---\n').length;
				await page.evaluate((t) => navigator.clipboard.writeText(t), text);
				await watchVerdicts(page);
				await page.locator('#mp-text').focus();
				await page.keyboard.press('ControlOrMeta+A');
				await page.waitForTimeout(500);
				const since = await now(page);
				await page.keyboard.press('ControlOrMeta+V');
				await page
					.locator('#mp-summary')
					.filter({ hasText: new RegExp(`in ${docs.toLocaleString('en')} documents|${docs.toLocaleString('en')} 个文档`) })
					.waitFor({ timeout: 60_000 });
				const verdict = (await verdicts(page)).find((t) => t > since);
				await page.waitForTimeout(1000);
				const tasks = await tasksSince(page, since);
				console.log(
					`12,000-line paste (${(text.split('\n').length - 1).toLocaleString('en')} lines, ${(text.length / 1e3).toFixed(0)} k characters, ${docs} documents) into the plain text area: verdict after ${ms(verdict === undefined ? undefined : verdict - since)}; longest task ${tasks.length ? ms(Math.max(...tasks)) : '< 50 ms'}, tasks over 200 ms: ${tasks.filter((t) => t > 200).length}`,
				);
			});
		} finally {
			await page.context().close();
		}
	}

	for (const into of runs('paste') ? (['textarea', 'monaco'] as const) : []) {
		const page = await newPage(browser, DESKTOP, into === 'textarea');
		try {
			await step(`5 MB paste (${into})`, 120_000, async () => {
				if (into === 'monaco') await openMonaco(page, base);
				else {
					await page.goto(`${base}${MANIFESTS}`);
					await page.locator('.mp-playground[data-ready]').waitFor({ state: 'attached' });
				}
				const { verdict, longest } = await hugePaste(page, into);
				console.log(
					`5 MB paste (${(HUGE.length / 1e6).toFixed(1)} M characters) into the ${into === 'textarea' ? 'plain text area' : 'Monaco editor'}: "too large" verdict after ${ms(verdict)}; longest task ${longest ? ms(longest) : '< 50 ms'}`,
				);
			});
		} finally {
			await page.context().close();
		}
	}

	if (runs('stall')) {
		const page = await newPage(browser, DESKTOP);
		try {
			await step('Monaco keystroke stall', 180_000, async () => {
				await openMonaco(page, base);
				const text = largeDocument(1_000_000);
				await watchVerdicts(page);
				await pasteIntoMonaco(page, text);
				await page
					.locator('#mp-summary')
					.filter({ hasText: /1 document|1 个文档/ })
					.waitFor({ timeout: 60_000 });
				await waitQuiet(page, 2000, 20_000);
				const stalls: number[] = [];
				for (let i = 0; i < 6; i++) {
					const since = await now(page);
					if (i % 2 === 0) await page.keyboard.type('x');
					else await page.keyboard.press('Backspace');
					await page.waitForTimeout(1500); // past the debounce, the verdict and the share link's pause
					stalls.push(Math.max(0, ...(await tasksSince(page, since))));
				}
				console.log(
					`Monaco with ${text.length.toLocaleString('en')} characters (${(text.split('\n').length - 1).toLocaleString('en')} lines): longest task per keystroke and its pause: median ${median(stalls) ? ms(median(stalls)) : '< 50 ms'}, max ${Math.max(...stalls) ? ms(Math.max(...stalls)) : '< 50 ms'} (6 keystrokes; tasks under 50 ms are not reported)`,
				);
			});
		} finally {
			await page.context().close();
		}
	}
} finally {
	await browser.close();
	await server.stop();
	clearTimeout(watchdog);
}
