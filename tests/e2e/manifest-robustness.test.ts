// The manifest playground under the conditions issue 14 measured: links applied while the page is open,
// inputs over the length limit, reloads with long manifests, layout before the script runs, and what the
// page downloads before the reader asks for the code editor. Same harness as manifest-playground.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedChromium, withPlaygroundPage } from './support/browser.ts';
import type { PlaygroundPageOptions } from './support/browser.ts';
import { EDITOR_PREF, EN, TYPO, ZH, problem, ready } from './support/manifest-playground.ts';

const baseURL = inject('baseURL');

/** Puts text into the text area the way a paste does (one input event). */
async function paste(page: Page, text: string): Promise<void> {
	await page.locator('#mp-text').evaluate((a: HTMLTextAreaElement, t) => {
		a.value = t;
		a.dispatchEvent(new Event('input', { bubbles: true }));
	}, text);
}

describe.skipIf(!inject('browserAvailable'))('manifest playground robustness', () => {
	const browser = sharedChromium();
	const withPage = <T>(fn: (page: Page) => Promise<T>, { plain, ...options }: PlaygroundPageOptions & { plain?: boolean } = {}) =>
		withPlaygroundPage(browser(), baseURL, fn, { ...options, plainEditorKey: plain ? EDITOR_PREF : undefined });

	describe('a link applied while the page is open (hashchange)', () => {
		const bad = ['#yaml=MYGwhgzhAEBmD2AnA7gU2gbwL4G4BQA&sum=zzzz', '#yaml=N4Ig&k8s=9.99&sum=1', '#qwpoeiru%3D%3D%3Dzx!!~~'];
		it.each(bad)('%s shows the notice and keeps the reader’s manifest', async (hash) => {
			await withPage(
				async (page) => {
					await page.goto(`${baseURL}${EN}`);
					await ready(page);
					await page.locator('#mp-text').fill(TYPO);
					await expect.poll(() => problem(page, 'schema/unknown-field').count()).toBe(1);
					await page.evaluate((h) => (location.hash = h), hash);
					const notice = page.locator('#mp-notice');
					await expect.poll(() => notice.isVisible()).toBe(true);
					expect(await notice.innerText()).toContain('so the manifest you had is kept');
					expect(await page.locator('#mp-text').inputValue()).toBe(TYPO);
					expect(await problem(page, 'schema/unknown-field').count()).toBe(1);
				},
				{ plain: true },
			);
		});

		it('a good link replaces the text and clears the notice; a heading anchor changes nothing (Chinese page)', async () => {
			await withPage(
				async (page) => {
					// Make a real share link on one page, then apply it to an open page by changing the hash.
					await page.goto(`${baseURL}${ZH}`);
					await ready(page);
					const before = await page.locator('#mp-share-url').inputValue();
					await page.locator('#mp-text').fill(TYPO);
					await expect.poll(() => page.locator('#mp-share-url').inputValue()).not.toBe(before);
					const link = await page.locator('#mp-share-url').inputValue();
					await page.getByRole('button', { name: '恢复为示例' }).click();
					await page.evaluate(() => (location.hash = '#not-a-link-%%'));
					await expect.poll(() => page.locator('#mp-notice').innerText()).toContain('保留了你原来的清单');
					expect(await page.locator('#mp-text').inputValue()).toContain('kind: Deployment');
					await page.evaluate((h) => (location.hash = h), new URL(link).hash);
					await expect.poll(() => page.locator('#mp-text').inputValue()).toBe(TYPO);
					expect(await page.locator('#mp-notice').isVisible()).toBe(false);
					const anchor = await page.locator('main h2[id]').last().getAttribute('id');
					await page.evaluate((h) => (location.hash = h), `#${anchor}`);
					await page.waitForTimeout(200);
					expect(await page.locator('#mp-notice').isVisible()).toBe(false);
					expect(await page.locator('#mp-text').inputValue()).toBe(TYPO);
				},
				{ plain: true },
			);
		});
	});

	it('an over-limit manifest says nothing was checked, its length, the limit and what to do (both languages)', async () => {
		const text = `apiVersion: v1\nkind: ConfigMap\ndata:\n${'  key: value-value-value\n'.repeat(50_000)}`;
		const length = text.length.toLocaleString('en');
		for (const [path, words] of [
			[EN, ['Nothing was checked', `${length} characters`, 'at most 1,048,576', 'npm run cli -- lint']],
			[ZH, ['未做任何检查', length, '1,048,576', '命令行工具']],
		] as const) {
			await withPage(
				async (page) => {
					await page.goto(`${baseURL}${path}`);
					await ready(page);
					await paste(page, text);
					await expect.poll(() => problem(page, 'yaml/input-too-large').count(), { timeout: 20_000 }).toBe(1);
					const summary = await page.locator('#mp-summary').innerText();
					for (const w of words) expect(summary).toContain(w);
					expect(summary).not.toMatch(/would reject|会拒绝/);
					const message = await problem(page, 'yaml/input-too-large').innerText();
					expect(message).toContain(length);
					expect(message).not.toContain('are checked');
				},
				{ plain: true },
			);
		}
	});

	describe('nothing lost on reload', () => {
		const STATE_KEY = 'kprimer:manifest-playground:v1:state';
		/** A valid manifest of about `size` characters: one ConfigMap with many keys. */
		const configMap = (size: number) => {
			const head = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n';
			const lines: string[] = [];
			for (let i = 0, n = head.length; n < size; i++) {
				const line = `  key-${i}: value-${i}\n`;
				lines.push(line);
				n += line.length;
			}
			return head + lines.join('');
		};

		it('a manifest far over a share link’s size comes back after a reload, and its settings-only link opens', async () => {
			const text = configMap(300_000);
			await withPage(
				async (page) => {
					await page.goto(`${baseURL}${EN}`);
					await ready(page);
					await page.locator('#mp-version').selectOption('1.30');
					await paste(page, text);
					await expect.poll(() => page.locator('.mp-copy-status').innerText(), { timeout: 5_000 }).toContain('too long for a share link');
					// A long draft is written after a few seconds without an edit (not at every pause: see docs/performance.md).
					await expect.poll(() => page.evaluate((k) => localStorage.getItem(k)?.length ?? 0, STATE_KEY), { timeout: 10_000 }).toBeGreaterThan(300_000);
					expect(await page.locator('#mp-kept').isVisible()).toBe(false);
					const link = await page.locator('#mp-share-url').inputValue();
					await page.reload();
					await ready(page);
					expect(await page.locator('#mp-text').inputValue()).toBe(text);
					expect(await page.locator('#mp-version').inputValue()).toBe('1.30');
					expect(await page.locator('#mp-notice').isVisible()).toBe(false);
					// The link the page made for it holds the settings only; a fresh page opens it and says so.
					await page.evaluate((k) => localStorage.removeItem(k), STATE_KEY);
					await page.goto(`${baseURL}/`);
					await page.goto(link);
					await ready(page);
					expect(await page.locator('#mp-notice').innerText()).toContain('This link holds settings only (Kubernetes 1.30');
					expect(await page.locator('#mp-version').inputValue()).toBe('1.30');
				},
				{ plain: true },
			);
		});

		it('beyond the kept size it says so at once and after the reload, never restoring an older manifest (both languages)', async () => {
			const text = configMap(1_100_000);
			for (const [path, cronJob, nowWords, laterWords] of [
				[EN, 'CronJob', ['Not kept in this browser', text.length.toLocaleString('en'), '1,048,576'], ['was not kept', '1,048,576']],
				[ZH, 'CronJob', ['未保存在此浏览器中', text.length.toLocaleString('en'), '1,048,576'], ['未保存', '1,048,576']],
			] as const) {
				await withPage(
					async (page) => {
						await page.goto(`${baseURL}${path}`);
						await ready(page);
						// An older, small manifest is kept first ...
						await page.getByRole('button', { name: cronJob }).click();
						await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), STATE_KEY)).not.toBeNull();
						// ... then one over the limit replaces it.
						await paste(page, text);
						const kept = page.locator('#mp-kept');
						await expect.poll(() => kept.isVisible(), { timeout: 20_000 }).toBe(true);
						for (const w of nowWords) expect(await kept.innerText()).toContain(w);
						await page.reload();
						await ready(page);
						expect(await page.locator('#mp-text').inputValue()).not.toContain('kind: CronJob');
						expect(await page.locator('#mp-text').inputValue()).toContain('kind: Deployment');
						const notice = page.locator('#mp-notice');
						expect(await notice.isVisible()).toBe(true);
						for (const w of laterWords) expect(await notice.innerText()).toContain(w);
					},
					{ plain: true },
				);
			}
		});

		it('when the browser refuses to store it, the page says so and a reload does not bring back an older manifest', async () => {
			await withPage(
				async (page) => {
					// A storage quota of 100,000 characters per entry, as a full or restricted store would behave.
					await page.context().addInitScript(() => {
						const setItem = Storage.prototype.setItem;
						Storage.prototype.setItem = function (key: string, value: string) {
							if (String(value).length > 100_000) throw new DOMException('quota', 'QuotaExceededError');
							return setItem.call(this, key, value);
						};
					});
					await page.goto(`${baseURL}${EN}`);
					await ready(page);
					await page.getByRole('button', { name: 'CronJob' }).click();
					await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), STATE_KEY)).not.toBeNull();
					await paste(page, configMap(200_000));
					await expect.poll(() => page.locator('#mp-kept').innerText(), { timeout: 10_000 }).toContain('storage is full or switched off');
					await page.reload();
					await ready(page);
					expect(await page.locator('#mp-text').inputValue()).toContain('kind: Deployment');
					expect(await page.locator('#mp-notice').innerText()).toContain('storage was full or switched off');
				},
				{ plain: true },
			);
		});
	});

	describe('layout before and after the script', () => {
		const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

		it.each([EN, ZH])('%s: the example buttons are there from the first paint and nothing moves when the script starts (phone)', async (path) => {
			await withPage(
				async (page) => {
					// Record layout shifts from the first paint; hold the page's script back to see the HTML alone.
					await page.addInitScript(() => {
						const w = window as unknown as { __cls: number };
						w.__cls = 0;
						new PerformanceObserver((list) => {
							for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__cls += e.value;
						}).observe({ type: 'layout-shift', buffered: true });
					});
					let release!: () => void;
					const held = new Promise<void>((resolve) => (release = resolve));
					await page.route(/\/_astro\/.*\.js$/, async (route) => {
						if (route.request().resourceType() === 'script') await held;
						await route.continue();
					});
					// Module scripts hold DOMContentLoaded back, so wait for the painted HTML instead.
					await page.goto(`${baseURL}${path}`, { waitUntil: 'commit' });
					const buttons = page.locator('.mp-examples button[data-example]');
					await page.locator('#mp-share-url').waitFor({ state: 'visible' });
					await page.waitForTimeout(300);
					expect(await page.locator('.mp-playground[data-ready]').count()).toBe(0);
					expect(await buttons.count()).toBeGreaterThan(2);
					expect(await buttons.first().isVisible()).toBe(true);
					const before = await page.locator('#mp-text').boundingBox();
					release();
					await ready(page);
					await page.waitForTimeout(1000);
					const after = await page.locator('#mp-text').boundingBox();
					expect(after!.y).toBe(before!.y);
					expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThanOrEqual(0.01);
				},
				{ plain: true, ...phone },
			);
		});

		it('without JavaScript the controls that need it are left out', async () => {
			await withPage(
				async (page) => {
					await page.goto(`${baseURL}${EN}`);
					expect(await page.locator('.mp-noscript').isVisible()).toBe(true);
					expect(await page.locator('.mp-examples').isVisible()).toBe(false);
					expect(await page.locator('#mp-editor-toggle').isVisible()).toBe(false);
					expect(await page.locator('#mp-text').isVisible()).toBe(true);
				},
				{ javaScriptEnabled: false },
			);
		});
	});

	describe('the code editor loads on intent', () => {
		const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
		const EDITOR = /editor-bundle|monaco|codicon|\.ttf(\?|$)/;

		/** Every response the page gets, with its size (bodies as served, uncompressed by the preview server). */
		function recordResponses(page: Page): { url: string; type: string; bytes: number }[] {
			const seen: { url: string; type: string; bytes: number }[] = [];
			page.on('response', async (response) => {
				const body = await response.body().catch(() => Buffer.alloc(0));
				seen.push({ url: response.url(), type: response.request().resourceType(), bytes: body.length });
			});
			return seen;
		}

		it.each([EN, ZH])('%s on a phone: the page, its own scripts and the worker only, until the reader asks', async (path) => {
			await withPage(async (page) => {
				const seen = recordResponses(page);
				await page.goto(`${baseURL}${path}`);
				await ready(page);
				await expect.poll(() => page.locator('#mp-summary').getAttribute('data-errors')).toBe('0');
				await page.waitForTimeout(3000); // long past the idle callback's 2 s timeout
				expect(seen.filter((r) => EDITOR.test(r.url))).toEqual([]);
				expect(await page.locator('.monaco-editor').count()).toBe(0);
				const scripts = seen.filter((r) => r.type === 'script' || r.type === 'other' || /\.js(\?|$)/.test(r.url));
				const bytes = scripts.reduce((n, r) => n + r.bytes, 0);
				console.info(`before intent (${path}, phone): ${scripts.length} script responses, ${bytes} bytes of JavaScript; all: ${seen.reduce((n, r) => n + r.bytes, 0)} bytes`);
				// The text area validates by itself.
				await paste(page, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containres: []\n');
				await expect.poll(() => problem(page, 'schema/unknown-field').count()).toBe(1);
				expect(seen.filter((r) => EDITOR.test(r.url))).toEqual([]);
				// The editor button is intent.
				await page.locator('#mp-editor-toggle').tap();
				await page.locator('.mp-playground[data-editor="monaco"] .monaco-editor').waitFor({ state: 'visible', timeout: 30_000 });
				expect(seen.some((r) => EDITOR.test(r.url))).toBe(true);
				expect(await page.locator('.monaco-editor .view-lines').innerText()).toContain('containres');
			}, phone);
		});

		it('on a phone, touching the text area loads the editor, which takes over only when the reader leaves it', async () => {
			await withPage(async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				await page.locator('#mp-text').tap();
				await page.locator('.monaco-editor').waitFor({ state: 'attached', timeout: 30_000 });
				await page.keyboard.type('# typed while it loaded\n');
				await page.waitForTimeout(300);
				expect(await page.locator('.mp-playground').getAttribute('data-editor')).toBe('textarea');
				expect(await page.evaluate(() => document.activeElement?.id)).toBe('mp-text');
				await page.locator('#mp-version').focus();
				await expect.poll(() => page.locator('.mp-playground').getAttribute('data-editor')).toBe('monaco');
				expect(await page.locator('.monaco-editor .view-lines').innerText()).toMatch(/typed.while.it.loaded/);
			}, phone);
		});

		it('on a narrow desktop window, focusing the text area brings the editor in at once with the caret where it was', async () => {
			await withPage(
				async (page) => {
					const seen = recordResponses(page);
					await page.goto(`${baseURL}${EN}`);
					await ready(page);
					await page.waitForTimeout(3000);
					expect(seen.filter((r) => EDITOR.test(r.url))).toEqual([]);
					// Focus with the caret at the start of line 3, by keyboard (Tab from the control before it).
					await page.locator('#mp-text').evaluate((a: HTMLTextAreaElement) => {
						const at = a.value.split('\n').slice(0, 2).join('\n').length + 1;
						a.setSelectionRange(at, at);
					});
					await page.locator('#mp-text').focus();
					await expect.poll(() => page.locator('.mp-playground').getAttribute('data-editor'), { timeout: 30_000 }).toBe('monaco');
					await expect.poll(() => page.locator('.mp-playground').getAttribute('data-cursor-line')).toBe('3');
					expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
				},
				{ viewport: { width: 800, height: 900 } },
			);
		});
	});
});
