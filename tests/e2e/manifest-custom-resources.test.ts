// Custom resources in the manifest playground: a CRD and its object pasted together are checked against
// the CRD's schema and CEL rules (the CEL engine fetched only then), Gateway API objects against the bundled
// schema (fetched only then), a Monaco marker on a CEL failure, and a verdict that says what was not checked,
// in both languages.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { LATEST_K8S_VERSION } from '../../src/lib/manifest/k8s-versions.ts';
import { encodeState } from '../../src/playgrounds/manifests/share.ts';
import { sharedChromium, withPlaygroundPage } from './support/browser.ts';
import { EDITOR_PREF, EN, ZH, problem, ready } from './support/manifest-playground.ts';

const baseURL = inject('baseURL');

const CRD_AND_WIDGET = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: { plural: widgets, kind: Widget }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              x-kubernetes-validations:
                - rule: self.min <= self.max
                  message: min must not exceed max
              properties:
                min: { type: integer }
                max: { type: integer }
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  min: 5
  max: 1
`;
const CEL_LINE = CRD_AND_WIDGET.split('\n').indexOf('spec:', 5) + 1; // the Widget's spec

const UNCHECKED = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: prod
---
apiVersion: example.org/v1
kind: Thing
metadata:
  name: t
`;

const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs:
    - name: gateway
      sectionNme: http
`;

/** URLs the page and its worker fetched whose path contains `part`. */
function requestsFor(page: Page, part: string): string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes(part)) seen.push(request.url());
	});
	return seen;
}

describe.skipIf(!inject('browserAvailable'))('manifest playground: custom resources', () => {
	const browser = sharedChromium();
	const withPage = <T>(fn: (page: Page) => Promise<T>, plain = true) => withPlaygroundPage(browser(), baseURL, fn, { plainEditorKey: plain ? EDITOR_PREF : undefined });

	it('checks an object against its pasted CRD, CEL rule included, fetching the CEL engine only then', async () => {
		await withPage(async (page) => {
			const cel = requestsFor(page, 'cel-bundle');
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			await expect.poll(() => page.locator('#mp-summary').innerText()).toMatch(/Kubernetes/);
			expect(cel).toEqual([]);
			await page.locator('#mp-text').fill(CRD_AND_WIDGET);
			await expect.poll(() => problem(page, 'crd/cel-rule').count()).toBe(1);
			const button = problem(page, 'crd/cel-rule');
			expect(await button.getAttribute('data-line')).toBe(String(CEL_LINE));
			expect(await button.getAttribute('data-column')).toBe('1');
			expect(await button.innerText()).toContain('min must not exceed max');
			expect(cel.length).toBe(1);
			expect(await page.locator('#mp-summary').innerText()).toMatch(/^The API server would reject this: 1 error/);
		});
	});

	it('marks a failed CEL rule in Monaco', async () => {
		await withPage(async (page) => {
			// A share link brings the text in as is (typing into Monaco would auto-indent it).
			await page.goto(`${baseURL}${EN}#${encodeState({ text: CRD_AND_WIDGET, k8sVersion: LATEST_K8S_VERSION, disabledRules: [] })}`);
			await ready(page);
			await page.locator('.mp-playground[data-editor="monaco"] .monaco-editor').waitFor({ state: 'visible' });
			await expect.poll(() => problem(page, 'crd/cel-rule').count()).toBe(1);
			// Monaco draws decorations for visible lines only: jump to the problem first.
			await problem(page, 'crd/cel-rule').click();
			await expect.poll(() => page.locator('.mp-playground').getAttribute('data-cursor-line')).toBe(String(CEL_LINE));
			await expect.poll(() => page.locator('.monaco-editor .squiggly-error').count()).toBe(1);
		}, false);
	});

	it('checks Gateway API objects against the bundled schema, fetched only for them', async () => {
		await withPage(async (page) => {
			const gateway = requestsFor(page, 'gateway-api-bundle');
			await page.goto(`${baseURL}${EN}`);
			await ready(page);
			expect(gateway).toEqual([]);
			await page.locator('#mp-text').fill(ROUTE);
			await expect.poll(() => problem(page, 'schema/unknown-field').count()).toBe(1);
			expect(await problem(page, 'schema/unknown-field').getAttribute('data-line')).toBe('8');
			expect(await problem(page, 'identity/custom-resource').count()).toBe(0);
			expect(gateway.length).toBe(1);
		});
	});

	it.each([
		[EN, 'No errors in the 1 checked document', 'Not checked: 1 custom resource: no schema'],
		[ZH, '已检查的 1 个文档中没有错误', '未检查：1 个自定义资源没有模式'],
	])('%s: the verdict does not claim acceptance for what was not checked', async (path, lead, unchecked) => {
		await withPage(async (page) => {
			await page.goto(`${baseURL}${path}`);
			await ready(page);
			await page.locator('#mp-text').fill(UNCHECKED);
			await expect.poll(() => page.locator('#mp-summary').innerText()).toContain(lead);
			const summary = await page.locator('#mp-summary').innerText();
			expect(summary).toContain(unchecked);
			expect(summary).not.toMatch(/would accept|会接受/);
		});
	});
});
