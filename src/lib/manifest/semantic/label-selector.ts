// A label selector (matchLabels, matchExpressions) as apimachinery validates it wherever an API object holds
// one: workloads, Jobs, PodDisruptionBudgets, NetworkPolicy pod and namespace selectors.
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import { asMap, field, fields, items, scalarValue, stringValue } from '../yaml-access.ts';
import type { Field, PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import type { Loc } from './net-values.ts';
import { labelValueProblem, qualifiedNameProblem } from './values.ts';

export const rules: RuleInfo[] = [
	semanticRule('semantic/label-selector', 'error', ['Invalid label selector', '标签选择器无效'], [
		'matchLabels follow the label syntax; in matchExpressions, In and NotIn need values, Exists and DoesNotExist take none, and the operator is one of these four.',
		'matchLabels 遵循标签语法；matchExpressions 中 In 和 NotIn 需要 values，Exists 和 DoesNotExist 不能带 values，operator 只能是这四种之一。',
	], 'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabelSelector, ValidateLabelSelectorRequirement'),
];

export const validators: Record<string, SemanticValidator> = {};

export function checkLabelSelector(context: SemanticContext, selector: Field | undefined, path: PathSegment[]): void {
	if (!selector?.value || !asMap(selector.value)) return;
	const matchLabels = asMap(field(selector.value, 'matchLabels')?.value);
	if (matchLabels) {
		for (const entry of fields(matchLabels)) {
			const keyProblem = qualifiedNameProblem(entry.name);
			const value = scalarValue(entry.value);
			const valueProblem = typeof value === 'string' ? labelValueProblem(value) : undefined;
			if (keyProblem) context.report('semantic/label-selector', text(`matchLabels key "${entry.name}" is invalid: ${keyProblem.en}.`, `matchLabels 键“${entry.name}”无效：${keyProblem.zh}。`), entry.key, [...path, 'matchLabels', entry.name]);
			else if (valueProblem) context.report('semantic/label-selector', text(`matchLabels value "${String(value)}" is invalid: it ${valueProblem.en}.`, `matchLabels 值“${String(value)}”无效：${valueProblem.zh}。`), entry.locator, [...path, 'matchLabels', entry.name]);
		}
	}
	items(field(selector.value, 'matchExpressions')?.value).forEach((requirement, index) => {
		const at = [...path, 'matchExpressions', index];
		const keyField = field(requirement, 'key');
		const key = stringValue(keyField?.value);
		if (keyField && key !== undefined) {
			const problem = qualifiedNameProblem(key);
			if (problem) context.report('semantic/label-selector', text(`matchExpressions key "${key}" is invalid: ${problem.en}.`, `matchExpressions 键“${key}”无效：${problem.zh}。`), keyField.locator, [...at, 'key']);
		}
		const operatorField = field(requirement, 'operator');
		const operator = stringValue(operatorField?.value);
		const valuesField = field(requirement, 'values');
		const values = items(valuesField?.value);
		if (operator === 'In' || operator === 'NotIn') {
			if (values.length === 0) context.report('semantic/label-selector', text(`values must be non-empty when operator is ${operator}.`, `operator 为 ${operator} 时 values 不能为空。`), valuesField?.locator ?? operatorField!.locator, [...at, 'values']);
		} else if (operator === 'Exists' || operator === 'DoesNotExist') {
			if (values.length > 0) context.report('semantic/label-selector', text(`values must be empty when operator is ${operator}.`, `operator 为 ${operator} 时 values 必须为空。`), valuesField!.key, [...at, 'values']);
		} else if (operatorField && operator !== undefined) {
			context.report('semantic/label-selector', text(`"${operator}" is not a valid selector operator: use In, NotIn, Exists or DoesNotExist.`, `“${operator}”不是有效的选择器运算符：请使用 In、NotIn、Exists 或 DoesNotExist。`), operatorField.locator, [...at, 'operator']);
		}
		values.forEach((value, j) => {
			const v = scalarValue(value);
			const problem = typeof v === 'string' ? labelValueProblem(v) : undefined;
			if (problem) context.report('semantic/label-selector', text(`matchExpressions value "${String(v)}" is invalid: it ${problem.en}.`, `matchExpressions 值“${String(v)}”无效：${problem.zh}。`), value, [...at, 'values', j]);
		});
	});
}

/** The same check for a selector reached through a Loc (the networking and policy modules walk with those). */
export function checkLabelSelectorAt(context: SemanticContext, loc: Loc): void {
	if (!loc.present || !loc.key || !loc.at) return;
	checkLabelSelector(context, { name: String(loc.path.at(-1)), key: loc.key, value: loc.node, locator: loc.at }, loc.path);
}
