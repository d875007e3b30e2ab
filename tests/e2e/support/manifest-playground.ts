// What the manifest playground's browser tests share: its addresses, the editor preference key, a typo fixture, waiting for
// the script (and for Monaco), and finding a problem in the list by its rule.
import type { Locator, Page } from 'playwright-core';

export const EN = '/playgrounds/manifests/';
export const ZH = '/zh-cn/playgrounds/manifests/';
/** localStorage key that keeps the plain text area (Monaco never loads) when set to "plain". */
export const EDITOR_PREF = 'kprimer:manifest-playground:v1:editor';

/** A Pod with a misspelt field (`containres`, line 6). */
export const TYPO = `apiVersion: v1
kind: Pod
metadata:
  name: typo
spec:
  containres:
    - name: app
      image: nginx:1.27
`;

/** The page's script has run: the playground is validating. */
export async function ready(page: Page): Promise<void> {
	await page.locator('.mp-playground[data-ready]').waitFor({ state: 'attached' });
}

/** Monaco has been swapped in and is visible. */
export async function monacoReady(page: Page): Promise<void> {
	await page.locator('.mp-playground[data-editor="monaco"] .monaco-editor').waitFor({ state: 'visible' });
}

/** The problems list's entries for a rule (options of the listbox; Enter or a click jumps to the place). */
export const problem = (page: Page, rule: string): Locator => page.locator(`#mp-problems [role="option"][data-rule="${rule}"]`);
