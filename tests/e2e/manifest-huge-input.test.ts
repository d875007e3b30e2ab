// The manifest playground under a huge paste and a large document in the code editor (issue 14, "Huge
// inputs"). Pastes go through the real clipboard and Ctrl+V, as a reader's do. Timing goals live in
// `npm run bench`; these tests hold the behaviour: the located verdict, the text area left usable, and no
// copy of the whole text into the hidden text area per keystroke.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedChromium, withPlaygroundPage } from './support/browser.ts';
import type { PlaygroundPageOptions } from './support/browser.ts';
import { monacoReady, problem, ready } from './support/manifest-playground.ts';

const baseURL = inject('baseURL');
const EN = '/playgrounds/manifests/';
const ZH = '/zh-cn/playgrounds/manifests/';
const EDITOR_PREF = 'kprimer:manifest-playground:v1:editor';
/** What the page checks (the validator's DEFAULT_MAX_INPUT_LENGTH). */
const LIMIT = 1024 * 1024;

/** About 5 MB of YAML: one ConfigMap with 175,000 keys. */
const HUGE = `apiVersion: v1\nkind: ConfigMap\ndata:\n${'  key: value-value-value-value\n'.repeat((5 * 1024 * 1024) / 30)}`;
/** The 1-based line and column of a 0-based offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const lineStart = before.lastIndexOf('\n') + 1;
	return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Puts `text` on the clipboard (the page's origin may write it) and pastes it with Ctrl+V. */
async function paste(page: Page, text: string): Promise<void> {
	await page.evaluate((t) => navigator.clipboard.writeText(t), text);
	await page.keyboard.press('ControlOrMeta+V');
}

describe.skipIf(!inject('browserAvailable'))('manifest playground: huge inputs', () => {
	const browser = sharedChromium();
	const withPage = <T>(fn: (page: Page) => Promise<T>, { plain, ...options }: PlaygroundPageOptions & { plain?: boolean } = {}) =>
		withPlaygroundPage(
			browser(),
			baseURL,
			async (page) => {
				await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
				return fn(page);
			},
			{ ...options, plainEditorKey: plain ? EDITOR_PREF : undefined },
		);

	it.each([
		[EN, 'The pasted text was not inserted', 'Nothing was checked'],
		[ZH, '粘贴的文本没有插入', '未做任何检查'],
	])('%s: a 5 MB paste into the text area gets the located "too large" verdict and leaves the text area as it was', async (path, notice, verdict) => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${path}`);
				await ready(page);
				const area = page.locator('#mp-text');
				const before = await area.inputValue();
				await area.focus();
				await page.keyboard.press('ControlOrMeta+End'); // the paste goes after the example
				await paste(page, HUGE);
				await expect.poll(() => problem(page, 'yaml/input-too-large').count(), { timeout: 20_000 }).toBe(1);
				// Located at the first character past the limit, in the text as the paste would have made it.
				const at = lineColumn(before + HUGE, LIMIT);
				const item = problem(page, 'yaml/input-too-large');
				expect(await item.getAttribute('data-line')).toBe(String(at.line));
				expect(await item.getAttribute('data-column')).toBe(String(at.column));
				const summary = await page.locator('#mp-summary').innerText();
				expect(summary).toContain(verdict);
				expect(summary).toContain((before.length + HUGE.length).toLocaleString('en'));
				expect(await page.locator('#mp-notice').innerText()).toContain(notice);
				expect(await area.inputValue()).toBe(before);
				// The next edit is checked as usual and the notice goes.
				await page.keyboard.type('\n');
				await expect.poll(() => problem(page, 'yaml/input-too-large').count()).toBe(0);
				expect(await page.locator('#mp-notice').isVisible()).toBe(false);
			},
			{ plain: true },
		);
	});

	it('a paste that fits is put into the text area and checked as usual', async () => {
		const fits = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${'  key: value-value-value-value\n'.repeat(3_000)}`;
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				await page.locator('#mp-text').focus();
				await page.keyboard.press('ControlOrMeta+A');
				await paste(page, fits);
				await expect.poll(() => page.locator('#mp-summary').innerText(), { timeout: 20_000 }).toContain('in 1 document');
				expect((await page.locator('#mp-text').inputValue()).length).toBe(fits.length);
				expect(await problem(page, 'yaml/input-too-large').count()).toBe(0);
				expect(await page.locator('#mp-notice').isVisible()).toBe(false);
			},
			{ plain: true },
		);
	});

	// Large pastes are inserted by the page in one step (src/playgrounds/common/large-paste.ts): Chromium's own
	// paste lays the text out line by line (0.7–2.9 s for 12,000 lines). Undo and redo must still work.
	it('a 12,000-line paste goes in at the caret in one step, is checked, and Ctrl+Z / Ctrl+Shift+Z undo and redo it', async () => {
		const docs = Array.from({ length: 1500 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  a: "1"\n  b: "2"\n`);
		const large = `---\n${docs.join('---\n')}`;
		expect(large.split('\n').length - 1).toBeGreaterThanOrEqual(12_000);
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				// Whether the browser was left to insert each paste (a listener that runs after the page's).
				await page.evaluate(() => {
					const w = window as unknown as { __pastes: boolean[] };
					w.__pastes = [];
					window.addEventListener('paste', (e) => w.__pastes.push(e.defaultPrevented));
				});
				const area = page.locator('#mp-text');
				const before = await area.inputValue();
				await area.focus();
				await page.keyboard.press('ControlOrMeta+End');
				await paste(page, large);
				const after = before + large;
				expect(await area.inputValue()).toBe(after);
				expect(await area.evaluate((a: HTMLTextAreaElement) => [a.selectionStart, a.selectionEnd])).toEqual([after.length, after.length]);
				// The caret's line is in view, as after a native paste.
				expect(await area.evaluate((a) => a.scrollTop + a.clientHeight >= a.scrollHeight - 40)).toBe(true);
				await expect.poll(() => page.locator('#mp-summary').innerText(), { timeout: 30_000 }).toContain('in 1,502 documents');

				await page.keyboard.press('ControlOrMeta+Z');
				expect(await area.inputValue()).toBe(before);
				await expect.poll(() => page.locator('#mp-summary').innerText(), { timeout: 20_000 }).toContain('in 2 documents');
				await page.keyboard.press('ControlOrMeta+Shift+Z');
				expect(await area.inputValue()).toBe(after);
				// An edit typed after the paste is undone by the browser; the next undo takes the paste back.
				await page.keyboard.type('x');
				await page.keyboard.press('ControlOrMeta+Z');
				expect(await area.inputValue()).toBe(after);
				await page.keyboard.press('ControlOrMeta+Z');
				expect(await area.inputValue()).toBe(before);

				// A small paste is left to the browser.
				await paste(page, 'a: 1\n');
				expect(await page.evaluate(() => (window as unknown as { __pastes: boolean[] }).__pastes)).toEqual([true, false]);
			},
			{ plain: true },
		);
	});

	it('a 5 MB paste into Monaco gets the located "too large" verdict and leaves the editor as it was', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			const exampleLines = (await page.locator('#mp-text').inputValue()).split('\n').length;
			await page.locator('.monaco-editor .view-lines').click();
			await page.keyboard.press('ControlOrMeta+A');
			await paste(page, HUGE);
			await expect.poll(() => problem(page, 'yaml/input-too-large').count(), { timeout: 30_000 }).toBe(1);
			// The paste would have replaced everything: located in the pasted text.
			const at = lineColumn(HUGE, LIMIT);
			expect(await problem(page, 'yaml/input-too-large').getAttribute('data-line')).toBe(String(at.line));
			expect(await problem(page, 'yaml/input-too-large').getAttribute('data-column')).toBe(String(at.column));
			expect(await page.locator('#mp-summary').innerText()).toContain(`Nothing was checked: the input is ${HUGE.length.toLocaleString('en')} characters long`);
			expect(await page.locator('#mp-notice').innerText()).toContain('The pasted text was not inserted');
			// The editor still holds the example: its last line is the example's.
			await page.keyboard.press('ControlOrMeta+End');
			await expect.poll(() => page.locator('.mp-playground').getAttribute('data-cursor-line')).toBe(String(exampleLines));
			// A paste that fits goes in.
			await paste(page, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fits\n');
			await expect.poll(() => problem(page, 'yaml/input-too-large').count()).toBe(0);
			expect(await page.locator('#mp-notice').isVisible()).toBe(false);
		});
	});

	it('typing in Monaco does not rewrite the hidden text area; it gets the text when the reader switches back or leaves', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			const example = await page.locator('#mp-text').inputValue();
			const line = example.split('\n').findIndex((l) => l.trim() === 'containers:') + 1;
			const shareBefore = await page.locator('#mp-share-url').inputValue();
			// Count every write to the text area's value from here on (the page sets it only through .value).
			await page.evaluate(() => {
				const w = window as unknown as { __areaWrites: number };
				w.__areaWrites = 0;
				const area = document.querySelector<HTMLTextAreaElement>('#mp-text')!;
				const own = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
				Object.defineProperty(area, 'value', {
					get: () => own.get!.call(area),
					set: (v: string) => {
						w.__areaWrites++;
						own.set!.call(area, v);
					},
				});
			});
			await page.locator('.monaco-editor .view-lines').click();
			await page.keyboard.press('ControlOrMeta+Home');
			for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
			await page.keyboard.press('End');
			await page.keyboard.press('Home');
			await page.keyboard.press('Shift+End');
			await page.keyboard.type('containres:', { delay: 30 });
			await page.keyboard.press('Escape');
			// The verdict follows the editor, and the share link (written after a pause) has the new text…
			await expect.poll(() => problem(page, 'schema/unknown-field').count()).toBe(1);
			await expect.poll(() => page.locator('#mp-share-url').inputValue()).not.toBe(shareBefore);
			await page.waitForTimeout(1000);
			// …but nothing copied the text into the hidden text area, per keystroke or per pause.
			expect(await page.evaluate(() => (window as unknown as { __areaWrites: number }).__areaWrites)).toBe(0);
			expect(await page.locator('#mp-text').inputValue()).toBe(example);
			// Leaving the page (pagehide) and switching back both bring the text across.
			const typed = example.replace('containers:', 'containres:');
			await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
			expect(await page.locator('#mp-text').inputValue()).toBe(typed);
			await page.locator('#mp-editor-toggle').click();
			expect(await page.locator('#mp-text').isVisible()).toBe(true);
			expect(await page.locator('#mp-text').inputValue()).toBe(typed);
		});
	});
});
