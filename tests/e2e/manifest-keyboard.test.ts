// The manifest playground with the keyboard only, and the editor's arrival (issue 14): the way out of Monaco
// is announced before it is entered and works with Esc then Tab / Shift+Tab, tabbing through the page never
// types into the text, the focused editor has a visible ring in both themes, the problems lists (here and on
// the CIDR page) are one tab stop with the arrow keys inside, Monaco swapped in on idle moves nothing
// (cumulative layout shift measured with a PerformanceObserver at 1280 px), and a share link with settings
// only says so instead of showing an empty editor.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedChromium, withPlaygroundPage } from './support/browser.ts';
import type { PlaygroundPageOptions, Theme } from './support/browser.ts';
import { EDITOR_PREF, EN, TYPO, ZH, problem, ready, monacoReady } from './support/manifest-playground.ts';
import { accessibleDescription, contrast } from './support/focus-and-description.ts';

const baseURL = inject('baseURL');

/** The focused element's id, or the id of the playground box it sits in (Monaco's own input has none). */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		return el?.closest('#mp-monaco') ? 'mp-monaco' : (el?.id ?? '');
	});

/** The text as the page holds it: switching to the plain text area copies the editor's text into it. */
async function textViaPlainArea(page: Page): Promise<string> {
	await page.locator('#mp-editor-toggle').click();
	await page.locator('#mp-text').waitFor({ state: 'visible' });
	return page.locator('#mp-text').inputValue();
}

describe.skipIf(!inject('browserAvailable'))('manifest playground: keyboard and the editor’s arrival', () => {
	const browser = sharedChromium();
	const withPage = <T>(fn: (page: Page) => Promise<T>, { plain, ...options }: PlaygroundPageOptions & { plain?: boolean } = {}) =>
		withPlaygroundPage(browser(), baseURL, fn, { ...options, plainEditorKey: plain ? EDITOR_PREF : undefined });

	it.each([
		[EN, 'Esc, then Tab'],
		[ZH, '先按 Esc，再按 Tab'],
	])('%s announces the way out above the editor, before it is entered', async (path, words) => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${path}`);
			await ready(page);
			// Before Monaco: the hint is shown above the text area and read with it.
			const hint = page.locator('#mp-editor-hint');
			expect(await hint.isVisible()).toBe(true);
			expect(await hint.innerText()).toContain(words);
			expect(await hint.innerText()).toContain('Ctrl+M');
			await monacoReady(page);
			const hintBox = (await hint.boundingBox())!;
			const editorBox = (await page.locator('#mp-monaco').boundingBox())!;
			expect(hintBox.y + hintBox.height).toBeLessThanOrEqual(editorBox.y);
			// The editor's own input names the hint in aria-describedby, and Chromium reads it as its description.
			const input = '#mp-monaco textarea, #mp-monaco [role="textbox"]';
			expect((await page.locator(input).first().getAttribute('aria-describedby'))?.split(' ')).toContain('mp-editor-hint');
			expect(await accessibleDescription(page, input)).toContain(words);
		});
	});

	it('Esc then Tab leaves Monaco for the next control, Esc then Shift+Tab for the one before, and the text is unchanged', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			const before = await page.locator('#mp-text').inputValue();
			await page.locator('.monaco-editor .view-lines').click();
			await page.keyboard.press('ControlOrMeta+Home');
			await page.keyboard.press('Escape');
			await page.keyboard.press('Tab');
			expect(await focused(page)).toBe('mp-editor-toggle');
			await page.locator('.monaco-editor .view-lines').click();
			await page.keyboard.press('Escape');
			await page.keyboard.press('Shift+Tab');
			expect(await focused(page)).toBe('mp-version');
			expect(await textViaPlainArea(page)).toBe(before);
		});
	});

	it('in the text, Tab still indents (only Esc or arriving by keyboard lets it leave)', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			const before = await page.locator('#mp-text').inputValue();
			await page.locator('.monaco-editor .view-lines').click();
			await page.keyboard.press('ControlOrMeta+Home');
			await page.keyboard.press('Tab');
			expect(await focused(page)).toBe('mp-monaco');
			expect(await textViaPlainArea(page)).toBe(`  ${before}`);
		});
	});

	it('tabbing through the page passes through the editor without typing into the example', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			const before = await page.locator('#mp-text').inputValue();
			await page.locator('#mp-version').focus();
			await page.keyboard.press('Tab');
			expect(await focused(page)).toBe('mp-monaco');
			await page.keyboard.press('Tab');
			expect(await focused(page)).toBe('mp-editor-toggle');
			await page.keyboard.press('Shift+Tab');
			expect(await focused(page)).toBe('mp-monaco');
			await page.keyboard.press('Shift+Tab');
			expect(await focused(page)).toBe('mp-version');
			await page.waitForTimeout(500); // a change would have reached the problems list and the text area by now
			expect(await textViaPlainArea(page)).toBe(before);
		});
	});

	for (const theme of ['light', 'dark'] as Theme[]) {
		it(`the focused editor has a visible ring with at least 3:1 contrast (${theme})`, async () => {
			await withPage(
				async (page) => {
					await page.goto(`${baseURL}${EN}`);
					await ready(page);
					await monacoReady(page);
					const ring = () =>
						page.locator('#mp-monaco').evaluate((box) => {
							const style = getComputedStyle(box);
							const opaque = (c: string) => c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
							const page = [document.body, document.documentElement].map((e) => getComputedStyle(e).backgroundColor).find(opaque) ?? 'rgb(255, 255, 255)';
							return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor, shadow: style.boxShadow, page };
						});
					expect((await ring()).style).toBe('none');
					await page.locator('#mp-version').focus();
					await page.keyboard.press('Tab');
					const shown = await ring();
					expect(shown.style).toBe('solid');
					expect(shown.width).toBeGreaterThanOrEqual(2);
					expect(contrast(shown.colour, shown.page), JSON.stringify(shown)).toBeGreaterThanOrEqual(3);
				},
				{ theme },
			);
		});
	}

	it('the problems list is one tab stop; the arrow keys, Home and End move inside it, Enter jumps to the text', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				await page.locator('button[data-example="broken"]').click();
				const options = page.locator('#mp-problems [role="option"]');
				await expect.poll(() => options.count()).toBeGreaterThan(3);
				const count = await options.count();
				expect(await page.locator('#mp-problems').getAttribute('role')).toBe('listbox');
				expect(await page.locator('#mp-problems [tabindex="0"]').count()).toBe(1);
				const at = () => page.evaluate(() => [...document.querySelectorAll('#mp-problems [role="option"]')].indexOf(document.activeElement!));
				// Tab from the control before the list lands on its first problem, the next Tab leaves it.
				await page.locator('#mp-editor-toggle').focus();
				await page.keyboard.press('Tab');
				expect(await at()).toBe(0);
				await page.keyboard.press('ArrowDown');
				await page.keyboard.press('ArrowDown');
				expect(await at()).toBe(2);
				expect(await options.nth(2).getAttribute('aria-selected')).toBe('true');
				expect(await page.locator('#mp-problems [tabindex="0"]').count()).toBe(1);
				await page.keyboard.press('ArrowUp');
				expect(await at()).toBe(1);
				await page.keyboard.press('End');
				expect(await at()).toBe(count - 1);
				await page.keyboard.press('ArrowDown');
				expect(await at()).toBe(count - 1);
				await page.keyboard.press('Home');
				expect(await at()).toBe(0);
				await page.keyboard.press('ArrowDown');
				await page.keyboard.press('Tab');
				expect(await at()).toBe(-1);
				expect(await page.evaluate(() => document.activeElement?.closest('#mp-problems'))).toBeNull();
				// Back with Shift+Tab: the problem last visited, not the first.
				await page.keyboard.press('Shift+Tab');
				expect(await at()).toBe(1);
				const line = await options.nth(1).getAttribute('data-line');
				await page.keyboard.press('Enter');
				expect(await focused(page)).toBe('mp-text');
				expect(await page.locator('#mp-cursor').innerText()).toContain(`line ${line}`);
			},
			{ plain: true },
		);
	});

	it('a redraw of the list keeps its single tab stop, and the focus when it was in the list', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				await page.locator('#mp-text').fill(`${TYPO}---\n${TYPO.replace('name: typo', 'name: typo2')}`);
				await expect.poll(() => problem(page, 'schema/unknown-field').count()).toBe(2);
				await problem(page, 'schema/unknown-field').first().focus();
				await page.keyboard.press('ArrowDown');
				// The version picker redraws the list while the focus stays in it (changed by script, as a link would).
				await page.locator('#mp-version').evaluate((s: HTMLSelectElement) => {
					s.value = '1.30';
					s.dispatchEvent(new Event('change'));
				});
				await expect.poll(() => page.locator('#mp-summary').innerText()).toContain('Kubernetes 1.30');
				expect(await page.locator('#mp-problems [tabindex="0"]').count()).toBe(1);
				expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('option');
			},
			{ plain: true },
		);
	});

	it('the CIDR page’s kubeadm problems list behaves the same', async () => {
		await withPlaygroundPage(
			browser(),
			baseURL,
			async (page) => {
				await page.goto(`${baseURL}/playgrounds/cidr/`);
				// The kubeadm view loads when its section nears the screen.
				await page.locator('.cidr-config').scrollIntoViewIfNeeded();
				await page.locator('.cidr-config[data-ready]').waitFor({ state: 'attached' });
				const area = page.locator('#cidr-config-text');
				// The Service range now overlaps the Pod range: a finding on each value.
				await area.fill((await area.inputValue()).replace('"10.200.0.0/16"', '"10.96.0.0/12"'));
				const options = page.locator('#cidr-config-problems [role="option"]');
				await expect.poll(() => options.count()).toBeGreaterThan(1);
				expect(await page.locator('#cidr-config-problems').getAttribute('role')).toBe('listbox');
				expect(await page.locator('#cidr-config-problems [tabindex="0"]').count()).toBe(1);
				const at = () => page.evaluate(() => [...document.querySelectorAll('#cidr-config-problems [role="option"]')].indexOf(document.activeElement!));
				await options.first().focus();
				await page.keyboard.press('End');
				expect(await at()).toBe((await options.count()) - 1);
				await page.keyboard.press('Home');
				await page.keyboard.press('ArrowDown');
				expect(await at()).toBe(1);
				expect(await page.locator('#cidr-config-problems [tabindex="0"]').count()).toBe(1);
				await page.keyboard.press('Enter');
				expect(await page.evaluate(() => document.activeElement?.id)).toBe('cidr-config-text');
			},
			{ plainEditorKey: 'kprimer:cidr-config-editor:v1' },
		);
	});

	it.each([EN, ZH])('%s: Monaco swapped in on idle at 1280 px moves nothing (CLS ≤ 0.01) and takes the text area’s box', async (path) => {
		await withPage(
			async (page) => {
				await page.addInitScript(() => {
					const w = window as unknown as { __cls: number; __shifts: string[]; __areaBox?: number[] };
					w.__cls = 0; // shifts from the start of the editor's load on (all shifts are listed in __shifts)
					w.__shifts = [];
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as unknown as Array<{
							value: number;
							hadRecentInput: boolean;
							sources?: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
						}>) {
							if (entry.hadRecentInput) continue;
							// The swap's window: from the start of the editor's load. Earlier shifts belong to the page's load
							// (they had a cold-start shift of Starlight's right sidebar, 0.41, fixed in src/styles/page-layout.css and tested in page-layout.test.ts).
							const loading = performance.getEntriesByName('mp-editor-loading')[0]?.startTime;
							if (loading !== undefined && (entry as unknown as PerformanceEntry).startTime >= loading) w.__cls += entry.value;
							const where = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
							const sources = (entry.sources ?? []).map(
								(s) => `${(s.node as Element | undefined)?.className ?? s.node?.nodeName} ${where(s.previousRect)} → ${where(s.currentRect)}`,
							);
							w.__shifts.push(
								`${entry.value.toFixed(4)} at ${(entry as unknown as PerformanceEntry).startTime.toFixed(0)} ms (editor loading from ${(performance.getEntriesByName('mp-editor-loading')[0]?.startTime ?? NaN).toFixed(0)} ms, shown at ${(performance.getEntriesByName('mp-editor-shown')[0]?.startTime ?? NaN).toFixed(0)} ms): ${sources.join('; ')}`,
							);
						}
					}).observe({ type: 'layout-shift', buffered: true });
					// When the editor starts loading (its button is disabled meanwhile) and when it is shown.
					const mark = (name: string) => performance.getEntriesByName(name).length || performance.mark(name);
					new MutationObserver(() => {
						if (document.querySelector('#mp-editor-toggle[disabled]')) mark('mp-editor-loading');
						if (document.querySelector('.mp-playground[data-editor="monaco"]')) mark('mp-editor-shown');
					}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-editor', 'disabled'] });
					document.addEventListener('DOMContentLoaded', () => {
						const r = document.querySelector('#mp-text')!.getBoundingClientRect();
						w.__areaBox = [r.x, r.y + scrollY, r.width, r.height];
					});
				});
				await page.goto(`${baseURL}${path}`);
				await ready(page);
				await monacoReady(page);
				await page.waitForTimeout(1000); // Monaco lays itself out after it is shown
				const { cls, shifts, area } = await page.evaluate(() => {
					const w = window as unknown as { __cls: number; __shifts: string[]; __areaBox: number[] };
					return { cls: w.__cls, shifts: w.__shifts, area: w.__areaBox };
				});
				const r = (await page.locator('#mp-monaco').boundingBox())!;
				const scroll = await page.evaluate(() => scrollY);
				const editor = [r.x, r.y + scroll, r.width, r.height];
				editor.forEach((v, i) => expect(Math.abs(v - area[i]!), `editor ${editor} vs text area ${area}`).toBeLessThanOrEqual(1));
				expect(await page.evaluate(() => performance.getEntriesByName('mp-editor-loading').length)).toBe(1);
				expect(cls, shifts.join('\n')).toBeLessThanOrEqual(0.01);
			},
			{ viewport: { width: 1280, height: 900 } },
		);
	});

	describe('a share link with settings only (its manifest was too long for a link)', () => {
		/** Makes the link the way a reader does: a manifest too long to share, version 1.23, one rule off. */
		async function settingsLink(): Promise<string> {
			return withPage(
				async (page) => {
					await page.goto(`${baseURL}${EN}`);
					await ready(page);
					await page.locator('#mp-version').selectOption('1.23');
					await page.locator('#mp-rules-toggle').click();
					await page.locator('input[data-rule="bp/image-tag"]').uncheck();
					await page.locator('#mp-text').fill(`${TYPO}# ${'x'.repeat(70_000)}\n`);
					await expect.poll(() => page.locator('.mp-copy-status').innerText()).toContain('too long for a share link');
					const link = await page.locator('#mp-share-url').inputValue();
					expect(link).not.toContain('yaml=');
					return link;
				},
				{ plain: true },
			);
		}

		it('says so in both languages and applies the settings to the example', async () => {
			const link = await settingsLink();
			for (const [path, words] of [
				[EN, /settings only \(Kubernetes 1\.23, 1 best-practice rule switched off\), no manifest.*apply to the example/],
				[ZH, /只包含设置（Kubernetes 1\.23，关闭了 1 条最佳实践规则），没有清单.*应用于示例/],
			] as const) {
				await withPage(
					async (page) => {
						await page.goto(`${baseURL}${path}${new URL(link).hash}`);
						await ready(page);
						expect(await page.locator('#mp-notice').innerText()).toMatch(words);
						expect(await page.locator('#mp-text').inputValue()).toContain('kind: Deployment');
						expect(await page.locator('#mp-version').inputValue()).toBe('1.23');
						expect(await page.locator('input[data-rule="bp/image-tag"]').isChecked()).toBe(false);
						await expect.poll(() => page.locator('#mp-summary').innerText()).toContain('Kubernetes 1.23');
					},
					{ plain: true },
				);
			}
		});

		it('keeps the reader’s own manifest, at load and when followed while the page is open', async () => {
			const hash = new URL(await settingsLink()).hash;
			await withPage(
				async (page) => {
					await page.goto(`${baseURL}${EN}`);
					await ready(page);
					await page.locator('#mp-text').fill(TYPO);
					await page.waitForTimeout(600); // stored
					await page.goto(`${baseURL}/`); // away, so the link below is a fresh load, not a hashchange
					await page.goto(`${baseURL}${EN}${hash}`);
					await ready(page);
					expect(await page.locator('#mp-text').inputValue()).toBe(TYPO);
					expect(await page.locator('#mp-notice').innerText()).toContain('apply to your last manifest from this browser');
					expect(await page.locator('#mp-version').inputValue()).toBe('1.23');
					// Followed while open: the manifest on screen stays and the settings apply to it.
					await page.locator('#mp-version').selectOption('1.36');
					await page.locator('#mp-text').fill(`${TYPO}# mine\n`);
					await page.evaluate((h) => (location.hash = h), hash.replace('k8s=1.23', 'k8s=1.25'));
					await expect.poll(() => page.locator('#mp-notice').innerText()).toContain('apply to the manifest you had');
					expect(await page.locator('#mp-text').inputValue()).toBe(`${TYPO}# mine\n`);
					expect(await page.locator('#mp-version').inputValue()).toBe('1.25');
				},
				{ plain: true },
			);
		});
	});
});
