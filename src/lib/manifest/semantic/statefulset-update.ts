// A StatefulSet's spec.updateStrategy.rollingUpdate.maxUnavailable as kube-apiserver validates it
// (pkg/apis/apps/validation/validation.go validateRollingUpdateStatefulSet). The field depends on the
// MaxUnavailableStatefulSet feature gate: alpha (off) from 1.24, beta and on by default since 1.35; before
// that the server drops the field, so earlier targets are not judged. partition is negative-count.
import { field, scalarValue, stringValue } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { isValidPercent, k8sMinor, readIntOrString } from './values.ts';
import { message } from '../message.ts';

export const rules = [
	semanticRule(
		'semantic/statefulset-max-unavailable',
		'error',
		'pkg/apis/apps/validation/validation.go validateRollingUpdateStatefulSet (ValidatePositiveIntOrPercent, IsNotMoreThan100Percent)',
	),
];

const GATE = message('fragment/gate:max-unavailable-stateful-set-feature-gat');

function validateMaxUnavailable(context: SemanticContext): void {
	if (k8sMinor(context.k8sVersion) < 35) return;
	const strategy = field(field(context.object.node, 'spec')?.value, 'updateStrategy')?.value;
	if ((stringValue(field(strategy, 'type')?.value) ?? 'RollingUpdate') !== 'RollingUpdate') return;
	const f = field(field(strategy, 'rollingUpdate')?.value, 'maxUnavailable');
	if (!f || scalarValue(f.value) === null) return;
	const value = readIntOrString(f.value);
	if (!value) return; // not an int or a string: the schema's type error
	const shown = JSON.stringify(value.value);
	let problem;
	if (value.type === 'int') {
		problem =
			value.value < 0
				? message('fragment/validate-max-unavailable', { shown })
				: value.value === 0
					? message('fragment/validate-max-unavailable:cannot-be-the-rollout-could')
					: undefined;
	} else if (!isValidPercent(value.value)) {
		problem = message('fragment/validate-max-unavailable:must-be-an-integer-or', { shown });
	} else {
		const percent = Number(value.value.slice(0, -1));
		problem =
			percent === 0
				? message('fragment/validate-max-unavailable:cannot-be-the-rollout-could-2')
				: percent > 100
					? message('fragment/validate-max-unavailable:must-not-be-greater-than', { shown })
					: undefined;
	}
	if (problem)
		context.report('semantic/statefulset-max-unavailable', message('semantic/statefulset-max-unavailable', { problem, GATE }), f.locator, [
			'spec',
			'updateStrategy',
			'rollingUpdate',
			'maxUnavailable',
		]);
}

export const validators: Record<string, SemanticValidator> = { 'apps/StatefulSet': validateMaxUnavailable };
