// Where a keystroke's main-thread time goes in the manifest playground with a 3,000-line paste, in CPU time
// (a Chromium trace's thread time), so the figures hold on a loaded machine where wall-clock times (what
// scripts/bench-playground.ts reports) mostly measure waiting for a core. Prints figures; asserts nothing.
// Per keystroke, on the page's main thread: the longest task's wall and CPU time, and the CPU time of all
// tasks split into script, style, layout and paint; on the validation worker: its CPU time.
//
// With --functions, also a V8 CPU profile of the main thread: the functions with the most self time.
//
// Run: npm run build && node_modules/.bin/node scripts/profile-playground-typing.ts [keystrokes] [--functions]
import { preview } from 'astro';
import type { CDPSession, Page } from 'playwright-core';
import { freePort } from './lib/free-port.ts';
import { launchChromium } from './lib/chromium.ts';
import { multiDocument } from './lib/bench-texts.ts';

const FUNCTIONS = process.argv.includes('--functions');
const KEYSTROKES = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10);
const PAUSE_MS = 700;

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	tdur?: number;
	args?: { name?: string; elementCount?: number; beginData?: unknown; data?: unknown };
}

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
	const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
	await cdp.send('Tracing.end');
	const stream = await done;
	let text = '';
	for (;;) {
		const chunk = await cdp.send('IO.read', { handle: stream });
		text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
		if (chunk.eof) break;
	}
	await cdp.send('IO.close', { handle: stream });
	const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
	return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

async function openWithPaste(page: Page, base: string): Promise<void> {
	await page.goto(`${base}/playgrounds/manifests/`);
	await page.locator('.mp-playground[data-ready]').waitFor({ state: 'attached' });
	const editor = page.locator('.mp-playground[data-editor="monaco"] .monaco-editor');
	await editor.waitFor({ state: 'visible', timeout: 15_000 }).catch(async () => {
		await page.locator('#mp-editor-toggle:not([disabled])').click();
		await editor.waitFor({ state: 'visible' });
	});
	await page.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.evaluate((t) => {
		const data = new DataTransfer();
		data.setData('text/plain', t);
		document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	}, multiDocument(3000));
	await page
		.locator('#mp-summary')
		.filter({ hasText: /documents/ })
		.waitFor({ timeout: 60_000 });
	await page.waitForTimeout(3000);
	await page.keyboard.press('ControlOrMeta+Home');
	for (let i = 1; i < 1500; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('End');
	await page.waitForTimeout(1500);
}

const port = await freePort();
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
const browser = await launchChromium();
try {
	const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	page.setDefaultTimeout(60_000);
	await openWithPaste(page, `http://127.0.0.1:${port}`);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Tracing.start', {
		transferMode: 'ReturnAsStream',
		traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] },
	});
	if (FUNCTIONS) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
	}
	for (let i = 0; i < KEYSTROKES; i++) {
		if (i % 2 === 0) await page.keyboard.type('x');
		else await page.keyboard.press('Backspace');
		await page.waitForTimeout(PAUSE_MS);
	}
	const profile = FUNCTIONS ? (await cdp.send('Profiler.stop')).profile : undefined;
	const events = await readTrace(cdp);
	const threads = new Map<string, string>();
	for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
	// The page's renderer: the process whose main thread made the playground's marks.
	const marked = events.find((e) => e.name === 'mp-markers' || e.name === 'mp-list');
	const mainOf = (e: TraceEvent) => threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && (!marked || e.pid === marked.pid);
	const workerOf = (e: TraceEvent) => /DedicatedWorker/.test(threads.get(`${e.pid}:${e.tid}`) ?? '') && (!marked || e.pid === marked.pid);
	const complete = events.filter((e) => e.ph === 'X');
	// One event per task (Chromium nests ThreadControllerImpl::RunTask and RunTask around the same task).
	const taskName = complete.some((e) => e.name === 'RunTask') ? 'RunTask' : 'ThreadControllerImpl::RunTask';
	const tasks = complete.filter((e) => e.name === taskName);
	const mainTasks = tasks.filter(mainOf);
	const cpu = (list: TraceEvent[]) => list.reduce((n, e) => n + (e.tdur ?? 0), 0) / 1000;
	const per = (n: number) => `${(n / KEYSTROKES).toFixed(1)} ms`;
	const byName = (names: string[]) => cpu(complete.filter((e) => mainOf(e) && names.includes(e.name)));
	const longest = [...mainTasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
	console.log(`${KEYSTROKES} keystrokes (x, Backspace) at the end of line 1,500 of 3,080 (158 documents), ${PAUSE_MS} ms apart`);
	console.log(`Main thread CPU per keystroke: all tasks ${per(cpu(mainTasks))}`);
	console.log(
		`  script ${per(byName(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.callFunction']) /* nested: an upper bound */)}, style ${per(byName(['UpdateLayoutTree']))}, layout ${per(byName(['Layout']))}, paint ${per(byName(['Paint', 'PrePaint', 'Layerize']))}`,
	);
	console.log(`Worker CPU per keystroke: ${per(cpu(tasks.filter(workerOf)))}`);
	console.log(
		`Longest main-thread tasks (wall / CPU): ${longest
			.slice(0, 5)
			.map((t) => `${((t.dur ?? 0) / 1000).toFixed(0)}/${((t.tdur ?? 0) / 1000).toFixed(0)} ms`)
			.join(', ')}`,
	);
	// What the three longest tasks (by CPU) were made of: the events inside each, by name, in CPU time.
	for (const task of [...mainTasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 3)) {
		const inside = new Map<string, number>();
		for (const e of complete) {
			if (e === task || e.pid !== task.pid || e.tid !== task.tid || e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + (task.dur ?? 0)) continue;
			inside.set(e.name, (inside.get(e.name) ?? 0) + (e.tdur ?? 0));
		}
		const parts = [...inside]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 8)
			.map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`)
			.join(', ');
		const styled = complete
			.filter((e) => e.name === 'UpdateLayoutTree' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0))
			.reduce((n, e) => n + (e.args?.elementCount ?? 0), 0);
		console.log(`  task of ${((task.tdur ?? 0) / 1000).toFixed(0)} ms CPU (nested, ms): ${parts}; elements restyled: ${styled}`);
	}
	const overCpu = mainTasks.filter((t) => (t.tdur ?? 0) > 50_000).length;
	console.log(`Main-thread tasks over 50 ms of CPU: ${overCpu}`);
	if (profile) {
		// Self time per function from the samples (each sample's time is the gap to the next one).
		const self = new Map<number, number>();
		const deltas = profile.timeDeltas ?? [];
		(profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0)));
		const byFunction = new Map<string, number>();
		for (const node of profile.nodes) {
			const f = node.callFrame;
			const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
			byFunction.set(name, (byFunction.get(name) ?? 0) + (self.get(node.id) ?? 0));
		}
		console.log('Main thread, self time per keystroke, top 25:');
		for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(us / 1000 / KEYSTROKES).toFixed(1).padStart(6)} ms  ${name}`);
	}
} finally {
	await browser.close();
	await server.stop();
}
