// Cold-load layout shifts of content pages at a 1280 px viewport (issue 14): every load gets a new
// context (empty cache, cache disabled through CDP), optionally a CPU slowed down through CDP, and a
// layout-shift observer installed before any page script. Prints how often a load shifted, CLS over
// all loads and the elements that moved. Figures, not pass/fail.
//
// Run: npm run build && node_modules/.bin/node scripts/bench-layout.ts [loads per page] [CPU slowdown]
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from './lib/chromium.ts';
import { distDir, pageFile } from './lib/built-site.ts';
import { freePort } from './lib/free-port.ts';

const PAGES = ['/architecture/container-runtimes/', '/zh-cn/networking/three-networks/', '/workloads/workload-resources/', '/playgrounds/manifests/'];
const loads = Number(process.argv[2] ?? 8);
const slowdown = Number(process.argv[3] ?? 4);

if (!PAGES.every((p) => existsSync(pageFile(p, distDir)))) {
	console.error('No build in dist/: run `npm run build` first.');
	process.exit(2);
}
if (!findChromium()) {
	console.log('Chromium not found: layout benchmark skipped.');
	process.exit(0);
}
const watchdog = setTimeout(() => {
	console.error('bench-layout: gave up after 10 minutes');
	process.exit(3);
}, 10 * 60_000);

/** Installed before any page script: every layout shift with the elements that moved. */
function observeShifts(): void {
	const w = window as unknown as { __shifts: { value: number; at: number; sources: string[] }[] };
	w.__shifts = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as unknown as Array<
			PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> }
		>) {
			if (entry.hadRecentInput) continue;
			const rect = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
			const sources = (entry.sources ?? []).map((s) => {
				const node = s.node as Element | undefined;
				const name = node?.className ? `.${String(node.className).split(' ')[0]}` : (node?.nodeName ?? '?');
				return `${name} ${rect(s.previousRect)} → ${rect(s.currentRect)}`;
			});
			w.__shifts.push({ value: entry.value, at: entry.startTime, sources });
		}
	}).observe({ type: 'layout-shift', buffered: true });
}

interface Shift {
	value: number;
	at: number;
	sources: string[];
}
async function coldLoad(browser: Browser, url: string): Promise<Shift[]> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
	try {
		await context.addInitScript(observeShifts);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
		await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		await page.waitForTimeout(500);
		return await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
	} finally {
		await context.close();
	}
}

const port = await freePort();
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
const browser = await launchChromium();
try {
	console.log(`Cold loads at 1280 × 800, cache disabled, CPU slowed ${slowdown}×, ${loads} per page\n`);
	let all = 0;
	let total = 0;
	let worst = 0;
	let sidebarMoved = 0;
	const movers = new Map<string, number>();
	for (const path of PAGES) {
		let pageCls = 0;
		let pageSidebar = 0;
		for (let i = 0; i < loads; i++) {
			const shifts = await coldLoad(browser, `http://127.0.0.1:${port}${path}`);
			const cls = shifts.reduce((n, s) => n + s.value, 0);
			all++;
			total += cls;
			pageCls += cls;
			worst = Math.max(worst, cls);
			if (shifts.some((s) => s.value > 0 && s.sources.some((source) => source.startsWith('.right-sidebar')))) pageSidebar++;
			const names = new Set<string>();
			for (const s of shifts) {
				if (s.value === 0) continue;
				if (process.env.VERBOSE) console.log(`  ${path} #${i}: ${s.value.toFixed(3)} at ${s.at.toFixed(0)} ms: ${s.sources.join('; ')}`);
				for (const source of s.sources) names.add(source.split(' ')[0]!);
			}
			for (const name of names) movers.set(name, (movers.get(name) ?? 0) + 1);
		}
		sidebarMoved += pageSidebar;
		console.log(`${path.padEnd(36)} CLS mean ${(pageCls / loads).toFixed(3)}; right sidebar moved in ${pageSidebar}/${loads} loads`);
	}
	console.log(`\nAll pages: CLS mean ${(total / all).toFixed(3)}, worst load ${worst.toFixed(3)}; right sidebar moved in ${sidebarMoved}/${all} loads`);
	if (movers.size) console.log(`Elements that moved (loads with a shift > 0): ${[...movers].map(([k, v]) => `${k} (${v})`).join(', ')}`);
} finally {
	await browser.close();
	await server.stop();
	clearTimeout(watchdog);
}
