import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../src/playgrounds/common/view-tree.ts';
import { exampleById } from '../../../src/playgrounds/manifests/examples.ts';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import { countsView, problemCounts, problemsView, summaryText } from '../../../src/playgrounds/manifests/problems-view.ts';
import { PLAYGROUND_TEXT } from '../../../src/playgrounds/manifests/texts.ts';
import { textIn } from '../../lib/manifest/words.ts';

describe('problems list view', () => {
	const result = lintManifests(exampleById('broken')!.text);

	it('counts by severity and says so in both languages', () => {
		const counts = problemCounts(result.diagnostics);
		expect(counts.error).toBeGreaterThan(3);
		expect(counts.error + counts.warning + counts.info).toBe(result.diagnostics.length);
		expect(summaryText(result, PLAYGROUND_TEXT.en)).toMatch(/^The API server would reject this: \d+ errors, \d+ warnings, \d+ notes in 3 documents for Kubernetes 1\.\d+\.$/);
		expect(summaryText(result, PLAYGROUND_TEXT.zh)).toMatch(/^API 服务器会拒绝它：Kubernetes 1\.\d+ 下 3 个文档中有 \d+ 个错误/);
		expect(toHtml(countsView(result, PLAYGROUND_TEXT.en))).toContain(`data-count="${counts.error}"`);
	});

	it('gives every problem a listbox option carrying its range, the first one the list’s only tab stop', () => {
		const items = problemsView(result, PLAYGROUND_TEXT.en, (d) => textIn('en', d.message));
		expect(items).toHaveLength(result.diagnostics.length);
		const typo = result.diagnostics.findIndex((d) => d.path.endsWith('containres'));
		const html = toHtml(items[typo]!);
		expect(html).toMatch(/^<li class="mp-problem mp-error" role="option" tabindex="-?[01]" aria-selected="(true|false)" data-rule="schema\/unknown-field"/);
		const stops = items.map((item) => toHtml(item)).filter((h) => h.includes('tabindex="0"'));
		expect(stops).toEqual([toHtml(items[0]!)]);
		expect(stops[0]).toContain('aria-selected="true"');
		expect(html).toContain('data-line="13" data-column="7"');
		expect(html).toContain('Line 13, column 7');
	});

	it('escapes manifest text in messages', () => {
		const hostile = lintManifests('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  "<img src=x onerror=alert(1)>": 1\n');
		const html = toHtml(problemsView(hostile, PLAYGROUND_TEXT.en, (d) => textIn('en', d.message)));
		expect(html).toContain('&lt;img');
		expect(html).not.toContain('<img');
	});

	it('says when there is nothing to report', () => {
		const clean = lintManifests('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
		expect(toHtml(problemsView(clean, PLAYGROUND_TEXT.zh, (d) => textIn('zh', d.message)))).toBe(
			'<li class="mp-no-problems" role="option" tabindex="0" aria-selected="true">没有发现问题。</li>',
		);
		expect(summaryText(clean, PLAYGROUND_TEXT.en)).toMatch(/^No problems in 1 document for Kubernetes/);
	});
});
