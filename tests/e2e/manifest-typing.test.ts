// What keeps typing fast in the manifest playground without changing what the reader gets (issue 9 §4,
// docs/performance.md): the problems list is patched (a problem that did not change keeps its element, and
// the list stays one tab stop), and the share link, compressed off the page's thread while typing, is
// never stale when it is taken: a focus on the field or the copy button makes it for the current text.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedChromium, withPlaygroundPage } from './support/browser.ts';
import { EDITOR_PREF, EN, problem, ready } from './support/manifest-playground.ts';
import { encodeShareable } from '../../src/playgrounds/manifests/share.ts';

const baseURL = inject('baseURL');

/** Two Pods, each with an unknown field: two problems, one per document. */
const pods = (second: string) => `apiVersion: v1
kind: Pod
metadata:
  name: first
spec:
  containres: []
---
apiVersion: v1
kind: Pod
metadata:
  name: second
spec:
  ${second}: []
`;

describe.skipIf(!inject('browserAvailable'))('manifest playground while typing', () => {
	const browser = sharedChromium();
	const withPage = <T>(fn: (page: Page) => Promise<T>) =>
		withPlaygroundPage(browser(), baseURL, fn, { plainEditorKey: EDITOR_PREF, permissions: ['clipboard-read', 'clipboard-write'] });

	it('keeps the list items of problems that did not change, and one tab stop', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			const area = page.locator('#mp-text');
			await area.fill(pods('initContainres'));
			const options = problem(page, 'schema/unknown-field');
			await expect.poll(() => options.count()).toBe(2);
			await expect.poll(() => options.last().innerText()).toContain('initContainres');
			// Mark both elements, then change only the second document's problem.
			await page.evaluate(() => document.querySelectorAll('#mp-problems [data-rule="schema/unknown-field"]').forEach((li, i) => li.setAttribute('data-test-mark', String(i))));
			await area.fill(pods('volumez'));
			await expect.poll(() => options.last().innerText()).toContain('volumez');
			expect(await options.count()).toBe(2);
			expect(await options.first().getAttribute('data-test-mark')).toBe('0'); // kept
			expect(await options.last().getAttribute('data-test-mark')).toBeNull(); // drawn anew
			expect(await page.locator('#mp-problems [tabindex="0"]').count()).toBe(1);
			expect(await page.locator('#mp-problems [aria-selected="true"]').count()).toBe(1);
			// The kept element still jumps to its own place.
			await options.first().click();
			expect(await area.evaluate((a: HTMLTextAreaElement) => a.value.slice(a.selectionStart, a.selectionEnd))).toBe('containres');
		});
	});

	it('a focus on the share field or the copy button gives the link of the text as it is now', async () => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			const version = await page.locator('#mp-version').inputValue();
			const linkOf = (text: string) => `${baseURL}${EN}#${encodeShareable({ text, k8sVersion: version, disabledRules: [] })}`;
			const area = page.locator('#mp-text');
			const field = page.locator('#mp-share-url');
			// Taken at once after an edit: before the worker's link for it can have come (it waits for a pause).
			await area.fill(pods('first-edit'));
			await field.focus();
			expect(await field.inputValue()).toBe(linkOf(pods('first-edit')));
			await area.fill(pods('second-edit'));
			await page.getByRole('button', { name: 'Copy link' }).click();
			await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(linkOf(pods('second-edit')));
			// And after a pause the field follows typing by itself (the worker's link).
			await area.fill(pods('third-edit'));
			await expect.poll(() => field.inputValue()).toBe(linkOf(pods('third-edit')));
		});
	});
});
