// Benchmark of the manifest playground in Chromium against the built site (issue #5, section 4). Prints
// figures; asserts nothing.
//
// 1. Bytes the page loads before the editor starts (page ready, text area validated), after Monaco is up,
//    and after the first completion (the field docs arrive then): raw bytes and gzip -9 of each response.
// 2. Typing-to-markers latency: from the last keystroke of a burst in Monaco to the problems list and
//    markers being redrawn with the new result (includes the debounce), p50/p95 over bursts.
// 3. Longest main-thread task while typing (PerformanceObserver "longtask"; only tasks ≥ 50 ms are reported).
//
// Run: npm run build && node_modules/.bin/node scripts/bench-playground.ts
import { existsSync } from 'node:fs';
import { freePort } from './lib/free-port.ts';
import { preview } from 'astro';
import type { Page } from 'playwright-core';
import { findChromium, launchChromium } from './lib/chromium.ts';
import { distDir, gzipSize, pageFile } from './lib/built-site.ts';
import { DEBOUNCE_MS } from '../src/playgrounds/manifests/lint-client.ts';

const PATH = '/playgrounds/manifests/';

if (!existsSync(pageFile(PATH, distDir))) {
	console.error('No built manifest playground in dist/: run `npm run build` first.');
	process.exit(2);
}
if (!findChromium()) {
	console.log('Chromium not found: playground benchmark skipped.');
	process.exit(0);
}


const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

const port = await freePort();
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
const base = `http://127.0.0.1:${port}`;
const browser = await launchChromium();

try {
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	let phase: 'loading' | 'typing' = 'loading';
	const bytes: Record<string, { raw: number; gzip: number; files: number }> = {};
	const pending: Promise<void>[] = [];
	// Classified by file rather than by time: the editor starts loading as soon as the page is idle.
	const phaseOf = (url: string) => (/docs-bundle-/.test(url) ? 'docs' : /editor-bundle-|editor\.worker-|codicon-/.test(url) ? 'editor' : phase === 'typing' ? 'typing' : 'before');
	page.on('response', (response) => {
		const at = phaseOf(response.url());
		pending.push(
			response.body().then(
				(body) => {
					const b = (bytes[at] ??= { raw: 0, gzip: 0, files: 0 });
					b.raw += body.length;
					b.gzip += gzipSize(body);
					b.files += 1;
				},
				() => undefined,
			),
		);
	});

	await page.goto(`${base}${PATH}`, { waitUntil: 'load' });
	await page.locator('.mp-playground[data-ready]').waitFor({ state: 'attached' });
	await page.locator('#mp-problems button').first().waitFor();
	await page.waitForLoadState('networkidle');
	await page.locator('.mp-playground[data-editor="monaco"] .monaco-editor').waitFor({ state: 'visible', timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	await page.locator('.monaco-editor').click();
	await page.keyboard.press('ControlOrMeta+End');
	await page.keyboard.press('Control+Space');
	await page.waitForTimeout(1500);
	await page.keyboard.press('Escape');
	await page.waitForLoadState('networkidle');
	phase = 'typing';
	await Promise.all(pending);

	const line = (await page.locator('#mp-text').inputValue()).split('\n').findIndex((l) => l.trim() === 'containers:') + 1;
	await page.evaluate(() => {
		const w = window as unknown as { __bench: { longest: number; longTasks: number; lastKey: number; updates: number[] } };
		w.__bench = { longest: 0, longTasks: 0, lastKey: 0, updates: [] };
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				w.__bench.longTasks += 1;
				w.__bench.longest = Math.max(w.__bench.longest, entry.duration);
			}
		}).observe({ type: 'longtask', buffered: false });
		document.addEventListener('keydown', () => (w.__bench.lastKey = performance.now()), true);
		new MutationObserver(() => w.__bench.updates.push(performance.now())).observe(document.querySelector('#mp-problems')!, { childList: true });
	});

	const latencies: number[] = [];
	async function burst(p: Page, text: string): Promise<void> {
		await p.evaluate(() => ((window as unknown as { __bench: { updates: number[] } }).__bench.updates = []));
		await p.keyboard.press('ControlOrMeta+Home');
		for (let i = 1; i < line; i++) await p.keyboard.press('ArrowDown');
		await p.keyboard.press('End');
		await p.keyboard.press('Home');
		await p.keyboard.press('Shift+End');
		await p.keyboard.type(text, { delay: 40 });
		await p.waitForTimeout(600);
		const { lastKey, updates } = await p.evaluate(() => (window as unknown as { __bench: { lastKey: number; updates: number[] } }).__bench);
		const after = updates.filter((t) => t >= lastKey);
		if (after.length > 0) latencies.push(after[0]! - lastKey);
	}
	await page.locator('.monaco-editor').click();
	for (let i = 0; i < 12; i++) {
		await burst(page, i % 2 === 0 ? 'containres:' : 'containers:');
		await page.keyboard.press('Escape');
	}
	const { longest, longTasks } = await page.evaluate(() => (window as unknown as { __bench: { longest: number; longTasks: number } }).__bench);

	const row = (label: string, b: { raw: number; gzip: number; files: number } | undefined) =>
		console.log(`${label.padEnd(44)}${String(b?.files ?? 0).padStart(6)}${kb(b?.raw ?? 0).padStart(12)}${kb(b?.gzip ?? 0).padStart(12)}`);
	console.log(`${'Bytes loaded (playground page, English)'.padEnd(44)}${'files'.padStart(6)}${'raw'.padStart(12)}${'gzip -9'.padStart(12)}`);
	row('before the editor (page ready, validated)', bytes.before);
	row('+ editor (Monaco, its CSS and worker)', bytes.editor);
	row('+ first completion (field docs)', bytes.docs);
	const total = ['before', 'editor', 'docs'].reduce(
		(sum, k) => ({ raw: sum.raw + (bytes[k]?.raw ?? 0), gzip: sum.gzip + (bytes[k]?.gzip ?? 0), files: sum.files + (bytes[k]?.files ?? 0) }),
		{ raw: 0, gzip: 0, files: 0 },
	);
	row('total', total);
	console.log('');
	if (latencies.length > 0) {
		console.log(
			`Typing to markers, after the last keystroke (${latencies.length} bursts, incl. ${DEBOUNCE_MS} ms debounce): p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}`,
		);
	} else console.log('Typing to markers: no update observed');
	console.log(
		longTasks > 0
			? `Longest main-thread task while typing: ${ms(longest)} (${longTasks} tasks ≥ 50 ms)`
			: 'Longest main-thread task while typing: < 50 ms (no long task reported)',
	);
	await context.close();
} finally {
	await browser.close();
	await server.stop();
}
