// A label selector (matchLabels, matchExpressions) as apimachinery validates it wherever an API object holds
// one: workloads, Jobs, PodDisruptionBudgets, NetworkPolicy pod and namespace selectors.
import { asMap, field, fields, items, scalarValue, stringValue } from '../yaml-access.ts';
import type { Field, PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import type { Loc } from './net-values.ts';
import { labelValueProblem, qualifiedNameProblem } from './values.ts';
import { message } from '../message.ts';

export const rules = [
	semanticRule(
		'semantic/label-selector',
		'error',
		'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabelSelector, ValidateLabelSelectorRequirement',
	),
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
			if (keyProblem)
				context.report('semantic/label-selector', message('semantic/label-selector', { name: entry.name, keyProblem }), entry.key, [...path, 'matchLabels', entry.name]);
			else if (valueProblem)
				context.report('semantic/label-selector', message('semantic/label-selector:match-labels-value-is-invalid-it', { value: String(value), valueProblem }), entry.locator, [
					...path,
					'matchLabels',
					entry.name,
				]);
		}
	}
	items(field(selector.value, 'matchExpressions')?.value).forEach((requirement, index) => {
		const at = [...path, 'matchExpressions', index];
		const keyField = field(requirement, 'key');
		const key = stringValue(keyField?.value);
		if (keyField && key !== undefined) {
			const problem = qualifiedNameProblem(key);
			if (problem)
				context.report('semantic/label-selector', message('semantic/label-selector:match-expressions-key-is-invalid', { key, problem }), keyField.locator, [...at, 'key']);
		}
		const operatorField = field(requirement, 'operator');
		const operator = stringValue(operatorField?.value);
		const valuesField = field(requirement, 'values');
		const values = items(valuesField?.value);
		if (operator === 'In' || operator === 'NotIn') {
			if (values.length === 0)
				context.report(
					'semantic/label-selector',
					message('semantic/label-selector:values-must-be-non-empty-when', { operator }),
					valuesField?.locator ?? operatorField!.locator,
					[...at, 'values'],
				);
		} else if (operator === 'Exists' || operator === 'DoesNotExist') {
			if (values.length > 0)
				context.report('semantic/label-selector', message('semantic/label-selector:values-must-be-empty-when', { operator }), valuesField!.key, [...at, 'values']);
		} else if (operatorField && operator !== undefined) {
			context.report('semantic/label-selector', message('semantic/label-selector:is-not-a-valid-selector', { operator }), operatorField.locator, [...at, 'operator']);
		}
		values.forEach((value, j) => {
			const v = scalarValue(value);
			const problem = typeof v === 'string' ? labelValueProblem(v) : undefined;
			if (problem)
				context.report('semantic/label-selector', message('semantic/label-selector:match-expressions-value-is-invalid-it', { v: String(v), problem }), value, [
					...at,
					'values',
					j,
				]);
		});
	});
}

/** The same check for a selector reached through a Loc (the networking and policy modules walk with those). */
export function checkLabelSelectorAt(context: SemanticContext, loc: Loc): void {
	if (!loc.present || !loc.key || !loc.at) return;
	checkLabelSelector(context, { name: String(loc.path.at(-1)), key: loc.key, value: loc.node, locator: loc.at }, loc.path);
}
