// The manifest playground in a real browser: validation in a worker follows typing in the text area and in
// Monaco (problems list and markers), problems jump to their place, share links round-trip, tampered links
// fall back safely, the version picker changes the verdict, hostile input keeps the page responsive, and the
// page works without JavaScript, in both languages, both themes, with nothing fetched from another host.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations, sharedChromium, withPlaygroundPage } from './support/browser.ts';
import type { PlaygroundPageOptions } from './support/browser.ts';
import { EDITOR_PREF, EN, TYPO, ZH, problem, ready, monacoReady } from './support/manifest-playground.ts';

const baseURL = inject('baseURL');

describe.skipIf(!inject('browserAvailable'))('manifest playground', () => {
	const browser = sharedChromium();

	// `plain`: the text area on its own, Monaco never loads.
	const withPage = <T>(fn: (page: Page) => Promise<T>, { plain, ...options }: PlaygroundPageOptions & { plain?: boolean } = {}) =>
		withPlaygroundPage(browser(), baseURL, fn, { ...options, plainEditorKey: plain ? EDITOR_PREF : undefined });

	it('a chapter’s "try it" link opens the playground with that manifest', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}/zh-cn/introduction/what-kubernetes-does/`);
				const shown = (await page.locator('pre[data-language="yaml"]').first().innerText()).trim();
				await page.locator('.try-in-playground a').first().click();
				await page.waitForURL(/\/zh-cn\/playgrounds\/manifests\/#yaml=/);
				await ready(page);
				await expect.poll(async () => (await page.locator('#mp-text').inputValue()).trim()).toBe(shown);
			},
			{ plain: true },
		);
	});

	it('validates the text area before any editor loads, and a problem button selects its range', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				const area = page.locator('#mp-text');
				await area.fill(TYPO);
				await expect.poll(() => problem(page, 'schema/unknown-field').count()).toBe(1);
				const button = problem(page, 'schema/unknown-field');
				expect(await button.innerText()).toContain('Line 6, column 3');
				expect(await button.innerText()).toContain('containres');
				expect(await page.locator('#mp-summary').innerText()).toMatch(/would reject this: \d+ errors?/);
				expect(await page.locator('#mp-counts [data-severity="error"]').getAttribute('data-count')).not.toBe('0');
				// Keyboard: focus the button, press Enter, and the text area selects the unknown key.
				await button.focus();
				await page.keyboard.press('Enter');
				expect(await page.evaluate(() => document.activeElement?.id)).toBe('mp-text');
				const selected = await area.evaluate((a: HTMLTextAreaElement) => a.value.slice(a.selectionStart, a.selectionEnd));
				expect(selected).toBe('containres');
				expect(await page.locator('#mp-cursor').innerText()).toContain('line 6');
				expect(await page.locator('.monaco-editor').count()).toBe(0);
			},
			{ plain: true },
		);
	});

	it('shows a typed typo as a Monaco marker and jumps to it from the problems list', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			const example = await page.locator('#mp-text').inputValue();
			const line = example.split('\n').findIndex((l) => l.trim() === 'containers:') + 1;
			// Walk to the key with the keyboard, select it and type the typo over it.
			await page.locator('.monaco-editor').click();
			await page.keyboard.press('ControlOrMeta+Home');
			for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
			await page.keyboard.press('End');
			await page.keyboard.press('Home');
			await page.keyboard.press('Shift+End');
			await page.keyboard.type('containres:');
			await page.keyboard.press('Escape');
			await expect.poll(() => problem(page, 'schema/unknown-field').count()).toBe(1);
			expect(await problem(page, 'schema/unknown-field').getAttribute('data-line')).toBe(String(line));
			await expect.poll(() => page.locator('.monaco-editor .squiggly-error').count()).toBeGreaterThan(0);
			// The text area behind the editor is not rewritten per keystroke (manifest-huge-input.test.ts); switching back brings the text.
			const typed = example.replace('containers:', 'containres:');
			await page.keyboard.press('ControlOrMeta+Home');
			await expect.poll(() => page.locator('.mp-playground').getAttribute('data-cursor-line')).toBe('1');
			await problem(page, 'schema/unknown-field').click();
			await expect.poll(() => page.locator('.mp-playground').getAttribute('data-cursor-line')).toBe(String(line));
			expect(await page.locator('#mp-cursor').innerText()).toContain(`line ${line}`);
			// Back to the plain text area, with the text.
			await page.locator('#mp-editor-toggle').click();
			expect(await page.locator('#mp-text').isVisible()).toBe(true);
			expect(await page.locator('#mp-text').inputValue()).toBe(typed);
		});
	});

	it('offers schema completions in Monaco', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			await page.locator('.monaco-editor').click();
			await page.keyboard.press('ControlOrMeta+A');
			await page.keyboard.insertText('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      ima');
			await page.keyboard.press('Control+Space');
			await expect.poll(() => page.locator('.monaco-editor .suggest-widget').innerText()).toContain('image');
		});
	});

	it('Ctrl+M lets Tab leave the editor (no keyboard trap)', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			expect(await page.locator('#mp-editor-hint').innerText()).toContain('Ctrl+M');
			await page.locator('.monaco-editor').click();
			await page.keyboard.press('Control+M');
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('mp-editor-toggle');
		});
	});

	it('shows schema docs when hovering a key in Monaco', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			await page.locator('.monaco-editor .view-line span span', { hasText: /^replicas$/ }).hover();
			await expect.poll(() => page.locator('.monaco-hover').first().innerText(), { timeout: 10_000 }).toContain('spec.replicas: integer');
		});
	});

	it('round-trips a share link (text, version, rules) into a fresh page', async () => {
		const link = await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				await page.locator('#mp-text').fill(TYPO);
				await page.locator('#mp-version').selectOption('1.23');
				await page.locator('#mp-rules-toggle').click();
				expect(await page.locator('#mp-rules-toggle').getAttribute('aria-expanded')).toBe('true');
				await page.locator('input[data-rule="bp/image-tag"]').uncheck();
				await expect.poll(() => page.locator('#mp-share-url').inputValue()).toContain('off=bp%2Fimage-tag');
				expect(await page.locator('#mp-share-url').inputValue()).toContain('k8s=1.23');
				return page.locator('#mp-share-url').inputValue();
			},
			{ plain: true },
		);
		await withPage(
			async (page) => {
				await page.goto(link);
				await ready(page);
				expect(await page.locator('#mp-text').inputValue()).toBe(TYPO);
				expect(await page.locator('#mp-version').inputValue()).toBe('1.23');
				expect(await page.locator('input[data-rule="bp/image-tag"]').isChecked()).toBe(false);
				expect(await page.locator('#mp-notice').isVisible()).toBe(false);
				await expect.poll(() => page.locator('#mp-summary').innerText()).toContain('Kubernetes 1.23');
			},
			{ plain: true },
		);
	});

	it('remembers the manifest across reloads and resets to the example', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				const example = await page.locator('#mp-text').inputValue();
				await page.getByRole('button', { name: 'CronJob' }).click();
				expect(await page.locator('#mp-text').inputValue()).toContain('kind: CronJob');
				await page.waitForTimeout(100);
				await page.reload();
				await ready(page);
				expect(await page.locator('#mp-text').inputValue()).toContain('kind: CronJob');
				await page.getByRole('button', { name: 'Reset to the example' }).click();
				expect(await page.locator('#mp-text').inputValue()).toBe(example);
				await page.reload();
				await ready(page);
				expect(await page.locator('#mp-text').inputValue()).toBe(example);
			},
			{ plain: true },
		);
	});

	const tampered = [
		'#yaml=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&sum=1',
		'#yaml=N4Ig&k8s=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E&sum=1',
		'#%E0%A4%A',
		'#qwpoeiru%3D%3D%3Dzx!!~~',
		'#yaml=MYGwhgzhAEBmD2AnA7gU2gbwL4G4BQA&sum=zzzz',
	];
	it.each(tampered)('a tampered hash %s shows the message and the default example, injecting nothing', async (hash) => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}${hash}`);
				await ready(page);
				const notice = page.locator('#mp-notice');
				expect(await notice.isVisible()).toBe(true);
				expect(await notice.innerText()).toContain('does not hold a valid manifest');
				expect(await page.locator('#mp-text').inputValue()).toContain('kind: Deployment');
				expect(await page.locator('.mp-playground script, .mp-playground img').count()).toBe(0);
				expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
			},
			{ plain: true },
		);
	});

	it('a heading anchor in the hash is not mistaken for a tampered link', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}#how-to-read-the-results`);
				await ready(page);
				expect(await page.locator('#mp-notice').isVisible()).toBe(false);
			},
			{ plain: true },
		);
	});

	it('the version picker changes which APIs exist', async () => {
		const psp =
			'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\nspec:\n  privileged: false\n  seLinux:\n    rule: RunAsAny\n  runAsUser:\n    rule: MustRunAsNonRoot\n  supplementalGroups:\n    rule: RunAsAny\n  fsGroup:\n    rule: RunAsAny\n';
		const cronJob =
			'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 2 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: job\n              image: busybox:1.37\n';
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				for (const text of [psp, cronJob]) {
					await page.locator('#mp-version').selectOption('1.36');
					await page.locator('#mp-text').fill(text);
					await expect.poll(() => problem(page, 'api/removed').count()).toBe(1);
					expect(await problem(page, 'api/removed').innerText()).toContain('removed in Kubernetes 1.25');
					await page.locator('#mp-version').selectOption('1.23');
					await expect.poll(() => page.locator('#mp-summary').innerText()).toContain('Kubernetes 1.23');
					expect(await problem(page, 'api/removed').count()).toBe(0);
					await page.locator('#mp-version').selectOption('1.25');
					await expect.poll(() => problem(page, 'api/removed').count()).toBe(1);
				}
			},
			{ plain: true },
		);
	});

	async function countFramesWhile(page: Page, action: () => Promise<void>): Promise<number> {
		await page.evaluate(() => {
			const w = window as unknown as { __frames: number };
			w.__frames = 0;
			const tick = () => {
				w.__frames++;
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
		await action();
		return page.evaluate(() => (window as unknown as { __frames: number }).__frames);
	}

	it('a 5 MB paste gets a located error from the worker while the page keeps drawing frames', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				const frames = await countFramesWhile(page, async () => {
					await page.locator('#mp-text').evaluate((a: HTMLTextAreaElement) => {
						a.value = `apiVersion: v1\nkind: ConfigMap\ndata:\n${'  key: value-value-value-value\n'.repeat((5 * 1024 * 1024) / 30)}`;
						a.dispatchEvent(new Event('input', { bubbles: true }));
					});
					await expect.poll(() => problem(page, 'yaml/input-too-large').count(), { timeout: 20_000 }).toBe(1);
					await page.waitForTimeout(500);
				});
				expect(Number(await problem(page, 'yaml/input-too-large').getAttribute('data-line'))).toBeGreaterThan(0);
				expect(frames).toBeGreaterThan(5);
				expect(await page.locator('#mp-copy-status, .mp-copy-status').innerText()).toContain('too long for a share link');
			},
			{ plain: true },
		);
	});

	it('an alias bomb gets a located error while the page keeps drawing frames (in Monaco)', async () => {
		const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
			.concat('bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`))
			.join('\n');
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			const frames = await countFramesWhile(page, async () => {
				await page.locator('.monaco-editor').click();
				await page.keyboard.press('ControlOrMeta+A');
				await page.keyboard.insertText(bomb);
				await expect.poll(() => problem(page, 'yaml/alias-limit').count(), { timeout: 20_000 }).toBeGreaterThan(0);
				await page.waitForTimeout(500);
			});
			expect(Number(await problem(page, 'yaml/alias-limit').first().getAttribute('data-line'))).toBeGreaterThan(0);
			expect(frames).toBeGreaterThan(5);
		});
	});

	it.each([
		[EN, 'The API server would accept this: 0 errors', 'kind: Deployment'],
		[ZH, 'API 服务器会接受它', 'kind: Deployment'],
	])('%s shows the example and its verdict without JavaScript', async (path, summary, text) => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${path}`);
				expect(await page.locator('#mp-text').inputValue()).toContain(text);
				expect(await page.locator('#mp-summary').innerText()).toContain(summary);
				expect(await page.locator('#mp-problems li').count()).toBeGreaterThan(0);
				expect(await page.locator('.mp-examples').isVisible()).toBe(false);
				expect(await page.locator('.mp-noscript').isVisible()).toBe(true);
			},
			{ javaScriptEnabled: false },
		);
	});

	it('the Chinese page speaks Chinese as you type', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${ZH}`);
				await ready(page);
				await page.getByRole('button', { name: '每一层都有错' }).click();
				await expect.poll(() => page.locator('#mp-summary').innerText()).toContain('API 服务器会拒绝它');
				expect(await problem(page, 'schema/unknown-field').first().innerText()).toMatch(/错误：.*第 \d+ 行第 \d+ 列/);
			},
			{ plain: true },
		);
	});

	for (const theme of ['light', 'dark'] as const) {
		it(`with Monaco loaded (${theme}), the editor follows the theme and axe finds nothing serious`, async () => {
			await withPage(
				async (page) => {
					await page.goto(`${baseURL}${EN}`);
					await ready(page);
					await monacoReady(page);
					const vsDark = () => page.locator('.monaco-editor.vs-dark').count();
					expect(await vsDark()).toBe(theme === 'dark' ? 1 : 0);
					const violations = await seriousAxeViolations(page);
					expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
					// Starlight's theme picker flips data-theme; the editor follows.
					await page.evaluate((t) => (document.documentElement.dataset.theme = t === 'dark' ? 'light' : 'dark'), theme);
					await expect.poll(vsDark).toBe(theme === 'dark' ? 0 : 1);
				},
				{ theme },
			);
		});
	}
});
