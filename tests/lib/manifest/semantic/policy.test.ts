// PodDisruptionBudget as kube-apiserver validates it (pkg/apis/policy/validation ValidatePodDisruptionBudgetSpec).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, located } from '../helpers.ts';
import { enText } from '../words.ts';

const text = readFileSync(new URL('./fixtures/pdb.yaml', import.meta.url), 'utf8');

describe('semantic: PodDisruptionBudget', () => {
	it('rejects minAvailable together with maxUnavailable, on the second key', () => {
		expect(located(text, 'semantic/pdb-min-and-max')).toEqual([{ line: 6, column: 3, endLine: 6, endColumn: 17, path: 'spec.maxUnavailable' }]);
	});

	it('checks ints and percentages: non-negative, at most 100%, a quoted number is not a percentage', () => {
		expect(located(text, 'semantic/pdb-value')).toEqual([
			{ line: 6, column: 19, endLine: 6, endColumn: 25, path: 'spec.maxUnavailable' },
			{ line: 13, column: 17, endLine: 13, endColumn: 20, path: 'spec.minAvailable' },
			{ line: 20, column: 19, endLine: 20, endColumn: 21, path: 'spec.maxUnavailable' },
		]);
		expect(enText(lint(text).find((d) => d.path === 'spec.minAvailable' && d.rule === 'semantic/pdb-value')!.message)).toContain('without quotes');
	});

	it('accepts valid budgets', () => {
		const valid = ['minAvailable: 0', 'minAvailable: "100%"', 'maxUnavailable: "0%"', 'maxUnavailable: 3', ''].map(
			(line, i) => `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: p${i} }\nspec:\n  ${line}\n  selector: { matchLabels: { app: web } }\n`,
		);
		for (const doc of valid) expect(lint(doc).filter((d) => d.rule.startsWith('semantic/'))).toEqual([]);
	});
});
