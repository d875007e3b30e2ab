// The semantic layer in the page: what the API server's own validation refuses is listed at its line and
// field, in the page's language, and the verdict no longer says the server would accept it.
import { describe, expect, inject, it } from 'vitest';
import { sharedChromium, withPlaygroundPage } from './support/browser.ts';
import { EDITOR_PREF, problem, ready } from './support/manifest-playground.ts';

const baseURL = inject('baseURL');

// Schema-valid, so only the semantic layer can object: a Job's Pod template may not restart Always, and a
// port name is at most 15 characters.
const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Always
      containers:
        - name: migrate
          image: registry.example.com/migrate:1.0.0
          ports:
            - name: metrics-endpoint
              containerPort: 9090
`;

describe.skipIf(!inject('browserAvailable'))('manifest playground: API-server validation', () => {
	const browser = sharedChromium();

	it.each([
		['/playgrounds/manifests/', /would reject this/, 'Line 8, column 22', 'Always'],
		['/zh-cn/playgrounds/manifests/', /拒绝/, '第 8 行', 'Always'],
	])('%s lists what the API server refuses, located, and the verdict says it is rejected', async (path, verdict, where, value) => {
		await withPlaygroundPage(
			browser(),
			baseURL,
			async (page) => {
				await page.goto(`${baseURL}${path}`);
				await ready(page);
				await page.locator('#mp-text').fill(JOB);
				await expect.poll(() => problem(page, 'semantic/job-restart-policy').count()).toBe(1);
				const restart = problem(page, 'semantic/job-restart-policy');
				expect(await restart.getAttribute('data-line')).toBe('8');
				expect(await restart.innerText()).toContain(where);
				expect(await restart.innerText()).toContain(value);
				expect(await problem(page, 'semantic/port-name').getAttribute('data-line')).toBe('13');
				expect(await page.locator('#mp-summary').innerText()).toMatch(verdict);
				expect(await page.locator('#mp-summary').innerText()).not.toMatch(/would accept|会接受/);
			},
			{ plainEditorKey: EDITOR_PREF },
		);
	});
});
