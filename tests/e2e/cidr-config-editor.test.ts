// The CIDR playground's kubeadm view in a real browser: the form and the configuration text follow each other
// both ways (in the plain text area and in Monaco), values change in place so the reader's own lines survive,
// the CIDR rules' findings sit on the exact characters, broken YAML leaves the form alone, the text survives a
// reload, the way out of the code editor is announced from the first paint, the focused text area and editor
// show a 2 px ring with at least 3:1 contrast in both themes, and axe finds nothing serious with the editor loaded.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations, sharedChromium, withPlaygroundPage } from './support/browser.ts';
import type { PlaygroundPageOptions, Theme } from './support/browser.ts';
import { accessibleDescription, contrast, ringOf } from './support/focus-and-description.ts';

const baseURL = inject('baseURL');
const EN = '/playgrounds/cidr/';
const ZH = '/zh-cn/playgrounds/cidr/';
const EDITOR_PREF = 'kprimer:cidr-config-editor:v1';

/** The kubeadm view loads when its section nears the screen (its chunk brings the YAML parser). */
async function ready(page: Page): Promise<void> {
	await page.locator('.cidr-playground[data-ready]').waitFor({ state: 'attached' });
	await page.locator('.cidr-config').scrollIntoViewIfNeeded();
	await page.locator('.cidr-config[data-ready]').waitFor({ state: 'attached' });
}
async function monacoReady(page: Page): Promise<void> {
	await page.locator('.cidr-config').scrollIntoViewIfNeeded();
	await page.locator('.cidr-config[data-editor="monaco"] .monaco-editor').waitFor({ state: 'visible' });
}
const configText = (page: Page) => page.locator('#cidr-config-text').inputValue();
const problem = (page: Page, rule: string) => page.locator(`#cidr-config-problems [role="option"][data-rule="${rule}"]`);

describe.skipIf(!inject('browserAvailable'))('CIDR playground: kubeadm configuration view', () => {
	const browser = sharedChromium();

	// `plain`: the text area on its own, Monaco never loads.
	const withPage = <T>(fn: (page: Page) => Promise<T>, { plain, ...options }: PlaygroundPageOptions & { plain?: boolean } = {}) =>
		withPlaygroundPage(browser(), baseURL, fn, { ...options, plainEditorKey: plain ? EDITOR_PREF : undefined });

	it('the kubeadm view’s chunk is fetched only when its section nears the screen', async () => {
		await withPage(
			async (page) => {
				const fetched: string[] = [];
				page.on('request', (r) => {
					if (/\/config-editor\.[^/]+\.js$/.test(r.url())) fetched.push(r.url());
				});
				await page.goto(`${baseURL}${EN}`);
				await page.locator('.cidr-playground[data-ready]').waitFor({ state: 'attached' });
				await page.waitForTimeout(500);
				expect(fetched).toEqual([]);
				await ready(page);
				expect(fetched.length).toBe(1);
			},
			{ plain: true },
		);
	});

	it('text area: the form writes its values in place, and keeps the reader’s own lines', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				const area = page.locator('#cidr-config-text');
				const before = await configText(page);
				expect(before).toContain('podSubnet: "10.100.0.0/16"');
				// The reader adds a line of their own …
				await area.fill(before.replace('networking:\n', 'networking:\n  dnsDomain: lab.local # ours\n'));
				// … then uses the form: the value changes where it stands, their line stays.
				await page.locator('#cidr-pod').fill('10.244.0.0/16');
				await expect.poll(() => configText(page)).toContain('podSubnet: "10.244.0.0/16"');
				expect(await configText(page)).toContain('  dnsDomain: lab.local # ours\n');
				await page.locator('#cidr-maxPods').fill('');
				await expect.poll(() => configText(page)).not.toContain('maxPods');
			},
			{ plain: true },
		);
	});

	it('text area: a value typed in the text goes into the form and its results; broken YAML leaves the form alone', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				const area = page.locator('#cidr-config-text');
				await area.fill((await configText(page)).replace('"10.200.0.0/16"', '"10.96.0.0/12"'));
				await expect.poll(() => page.locator('#cidr-service').inputValue()).toBe('10.96.0.0/12');
				await expect.poll(() => page.locator('.cidr-capacity').innerText()).toContain('10.96.0.1');
				// The new Service range overlaps the Pod range: the finding is on the value in the text too.
				await expect.poll(() => problem(page, 'cidr/overlap').count()).toBe(2);

				await area.fill((await configText(page)).replace('serviceSubnet: "10.96.0.0/12"', 'serviceSubnet: "10.50.0.0/16'));
				await expect.poll(() => problem(page, 'yaml/syntax-error').count()).toBeGreaterThan(0);
				expect(await page.locator('#cidr-service').inputValue()).toBe('10.96.0.0/12');
				// A problem button selects its place in the text area.
				await problem(page, 'yaml/syntax-error').first().click();
				expect(await page.evaluate(() => document.activeElement?.id)).toBe('cidr-config-text');
			},
			{ plain: true },
		);
	});

	it('an edit in the text and one in the form close together both survive', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				// The text changes first, the form 80 ms later: the text's reaction (after 150 ms) comes
				// before the form's (100 ms after its edit), while the form already holds the new value.
				await page.evaluate(() => {
					const area = document.querySelector<HTMLTextAreaElement>('#cidr-config-text')!;
					area.value = area.value.replace('"10.200.0.0/16"', '"10.96.0.0/16"');
					area.dispatchEvent(new Event('input', { bubbles: true }));
					setTimeout(() => {
						const pod = document.querySelector<HTMLInputElement>('#cidr-pod')!;
						pod.value = '10.244.0.0/16';
						pod.dispatchEvent(new Event('input', { bubbles: true }));
					}, 80);
				});
				await expect.poll(() => configText(page)).toContain('podSubnet: "10.244.0.0/16"');
				expect(await configText(page)).toContain('serviceSubnet: "10.96.0.0/16"');
				expect(await page.locator('#cidr-pod').inputValue()).toBe('10.244.0.0/16');
				expect(await page.locator('#cidr-service').inputValue()).toBe('10.96.0.0/16');
			},
			{ plain: true },
		);
	});

	it('Monaco: a typed mistake becomes a marker on the exact CIDR, the form follows, and the form writes back in place', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			const line = (await configText(page)).split('\n').findIndex((l) => l.trim().startsWith('podSubnet:')) + 1;
			await page.locator('.cidr-config .monaco-editor').click();
			await page.keyboard.press('ControlOrMeta+Home');
			for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
			await page.keyboard.press('End');
			await page.keyboard.press('Shift+Home');
			await page.keyboard.type('podSubnet: "10.244.0.0/16,10.96/12" # pods');
			await page.keyboard.press('Escape');
			await expect.poll(() => page.locator('#cidr-pod').inputValue()).toBe('10.244.0.0/16,10.96/12');
			const parse = problem(page, 'cidr/parse');
			await expect.poll(() => parse.count()).toBe(1);
			// Underlined from the second entry's first character to its last.
			const column = '  podSubnet: "10.244.0.0/16,'.length + 1;
			expect(await parse.getAttribute('data-line')).toBe(String(line));
			expect(await parse.getAttribute('data-column')).toBe(String(column));
			expect(await parse.getAttribute('data-end-column')).toBe(String(column + '10.96/12'.length));
			await expect.poll(() => page.locator('.cidr-config .monaco-editor .squiggly-error').count()).toBeGreaterThan(0);

			await page.locator('#cidr-pod').fill('10.244.0.0/16');
			// Monaco draws spaces as no-break spaces.
			const editorText = async () => (await page.locator('.cidr-config .monaco-editor .view-lines').textContent())?.replace(/\u00a0/g, ' ');
			await expect.poll(editorText).toContain('podSubnet: "10.244.0.0/16" # pods');
			await expect.poll(() => parse.count()).toBe(0);

			// The shaped text, comment included, is still there after a reload.
			await page.reload();
			await ready(page);
			expect(await configText(page)).toContain('podSubnet: "10.244.0.0/16" # pods');
		});
	});

	it('Reset writes the configuration afresh', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${EN}`);
				await ready(page);
				const fresh = await configText(page);
				await page.locator('#cidr-config-text').fill(`# mine\n${fresh}`);
				await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), 'kprimer:cidr-config:v1')).toContain('# mine');
				await page.getByRole('button', { name: 'Reset to the example' }).click();
				await expect.poll(() => configText(page)).toBe(fresh);
			},
			{ plain: true },
		);
	});

	it('the Chinese page writes its comments in Chinese', async () => {
		await withPage(
			async (page) => {
				await page.goto(`${baseURL}${ZH}`);
				await ready(page);
				expect(await configText(page)).toContain('# 这里不设置节点网络');
				expect(await page.locator('#cidr-config-problems').innerText()).not.toMatch(/Line \d/);
			},
			{ plain: true },
		);
	});

	it.each([
		[EN, 'Esc, then Tab'],
		[ZH, '先按 Esc，再按 Tab'],
	])('%s announces the way out of the code editor from the first paint, above it, and names it in aria-describedby', async (path, words) => {
		await withPage(async (page) => {
			// As the page is drawn, before its script has run: the playground's script is held back.
			const script = /\/_astro\/CidrPlaygroundScript(?:En|Zh)[^/]*\.js$/;
			await page.route(script, (route) => route.abort());
			await page.goto(`${baseURL}${path}`);
			const hint = page.locator('#cidr-config-editor-hint');
			expect(await page.locator('.cidr-playground[data-ready]').count()).toBe(0);
			expect(await hint.isVisible()).toBe(true);
			expect(await hint.innerText()).toContain(words);
			expect(await hint.innerText()).toContain('Ctrl+M');
			expect((await page.locator('#cidr-config-text').getAttribute('aria-describedby'))?.split(' ')).toContain('cidr-config-editor-hint');
			expect(await accessibleDescription(page, '#cidr-config-text')).toContain(words);
			// With Monaco: still shown, above the editor, and the editor's own input is described by it.
			await page.unroute(script);
			await page.reload();
			await ready(page);
			await monacoReady(page);
			expect(await hint.isVisible()).toBe(true);
			const hintBox = (await hint.boundingBox())!;
			const editorBox = (await page.locator('#cidr-config-monaco').boundingBox())!;
			expect(hintBox.y + hintBox.height).toBeLessThanOrEqual(editorBox.y);
			const input = '#cidr-config-monaco textarea, #cidr-config-monaco [role="textbox"]';
			expect((await page.locator(input).first().getAttribute('aria-describedby'))?.split(' ')).toContain('cidr-config-editor-hint');
			expect(await accessibleDescription(page, input)).toContain(words);
		});
	});

	for (const theme of ['light', 'dark'] as Theme[]) {
		it(`the focused text area has a 2 px ring with at least 3:1 contrast (${theme})`, async () => {
			await withPage(
				async (page) => {
					await page.goto(`${baseURL}${EN}`);
					await ready(page);
					const area = page.locator('#cidr-config-text');
					expect((await ringOf(area)).style).toBe('none');
					await page.locator('#cidr-config-toggle').focus();
					await page.keyboard.press('Shift+Tab');
					expect(await page.evaluate(() => document.activeElement?.id)).toBe('cidr-config-text');
					const shown = await ringOf(area);
					expect(shown.style).toBe('solid');
					expect(shown.width).toBeGreaterThanOrEqual(2);
					expect(contrast(shown.colour, shown.page), JSON.stringify(shown)).toBeGreaterThanOrEqual(3);
				},
				{ theme, plain: true },
			);
		});

		it(`the focused code editor has a 2 px ring with at least 3:1 contrast (${theme})`, async () => {
			await withPage(
				async (page) => {
					await page.goto(`${baseURL}${EN}`);
					await ready(page);
					await monacoReady(page);
					const box = page.locator('#cidr-config-monaco');
					expect((await ringOf(box)).style).toBe('none');
					await page.locator('#cidr-config-toggle').focus();
					await page.keyboard.press('Shift+Tab');
					expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#cidr-config-monaco')))).toBe(true);
					const shown = await ringOf(box);
					expect(shown.style).toBe('solid');
					expect(shown.width).toBeGreaterThanOrEqual(2);
					expect(contrast(shown.colour, shown.page), JSON.stringify(shown)).toBeGreaterThanOrEqual(3);
				},
				{ theme },
			);
		});
	}

	it('with Monaco loaded, axe finds nothing serious', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await monacoReady(page);
			const violations = await seriousAxeViolations(page);
			expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
		});
	});
});
