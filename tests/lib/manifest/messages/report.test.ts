// The words around findings (src/lib/manifest/messages/{en,zh}/report.ts): counts through Intl's plural
// rules and number format, and the coverage turned into "not checked" phrases the same way for every front end.
import { describe, expect, it } from 'vitest';
import { report as en } from '../../../../src/lib/manifest/messages/en/report.ts';
import { report as zh } from '../../../../src/lib/manifest/messages/zh/report.ts';
import { uncheckedCount, uncheckedPhrases, verdict } from '../../../../src/lib/manifest/messages/report-words.ts';

const coverage = (noSchema: number[], kustomizations: number[] = []) => ({ noSchema, celNotEvaluated: [], helmTemplates: [], kustomizations });

describe('report words', () => {
	it('count by the language’s plural rules, with grouped numbers', () => {
		expect(en.count({ severity: 'error', count: 1 })).toBe('1 error');
		expect(en.count({ severity: 'error', count: 0 })).toBe('0 errors');
		expect(en.count({ severity: 'info', count: 1048576 })).toBe('1,048,576 notes');
		expect(zh.count({ severity: 'warning', count: 1 })).toBe('1 个警告');
		expect(zh.count({ severity: 'info', count: 12345 })).toBe('12,345 条提示');
	});

	it('say what was not checked, one phrase per reason, in the singular or plural', () => {
		expect(uncheckedPhrases(en, coverage([0]))).toEqual(['1 custom resource: no schema (include its CustomResourceDefinition)']);
		expect(uncheckedPhrases(en, coverage([0, 2], [3]))).toEqual([
			'2 custom resources: no schema (include their CustomResourceDefinitions)',
			"1 kustomization file: kustomize's input, not sent to the API server",
		]);
		expect(uncheckedPhrases(zh, coverage([0, 2]))).toEqual(['2 个自定义资源没有模式（请一并提供其 CustomResourceDefinition）']);
		expect(uncheckedPhrases(en, undefined)).toEqual([]);
		expect(uncheckedCount(coverage([0, 2], [3]))).toBe(3);
	});

	it('claim acceptance only for what every layer checked', () => {
		const counts = { error: 0, warning: 1, info: 0 };
		expect(verdict(en, counts, 1, '1.37', coverage([]))).toBe('The API server would accept this: 0 errors, 1 warning, 0 notes in 1 document for Kubernetes 1.37.');
		expect(verdict(en, counts, 3, '1.37', coverage([1]))).toMatch(/^No errors in the 2 checked documents: .* in 3 documents .* Not checked: 1 custom resource: no schema/);
		expect(verdict(en, counts, 1, '1.37', coverage([0]))).toMatch(/^Nothing here could be checked against the API server/);
		expect(verdict(zh, { error: 2, warning: 0, info: 0 }, 1, '1.37', coverage([]))).toBe('API 服务器会拒绝它：Kubernetes 1.37 下 1 个文档中有 2 个错误、0 个警告、0 条提示。');
	});

	it('give the CLI its summary line in each language', () => {
		const counts = { error: 1, warning: 0, info: 2 };
		expect(en.filesSummary({ files: 1, counts, version: '1.37' })).toBe('1 file: 1 error, 0 warnings, 2 notes (Kubernetes 1.37)');
		expect(en.filesSummary({ files: 2, counts, version: '1.37' })).toBe('2 files: 1 error, 0 warnings, 2 notes (Kubernetes 1.37)');
		expect(zh.filesSummary({ files: 2, counts, version: '1.37' })).toBe('2 个文件：1 个错误，0 个警告，2 条提示（Kubernetes 1.37）');
	});

	it('have the same keys in both languages', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
	});
});
