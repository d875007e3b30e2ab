// A StatefulSet's spec.updateStrategy.rollingUpdate.maxUnavailable as kube-apiserver validates it
// (pkg/apis/apps/validation/validation.go validateRollingUpdateStatefulSet). The field depends on the
// MaxUnavailableStatefulSet feature gate: alpha (off) from 1.24, beta and on by default since 1.35; before
// that the server drops the field, so earlier targets are not judged. partition is negative-count.
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import { field, scalarValue, stringValue } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { isValidPercent, k8sMinor, readIntOrString } from './values.ts';

export const rules: RuleInfo[] = [
	semanticRule('semantic/statefulset-max-unavailable', 'error', ['Invalid StatefulSet maxUnavailable', 'StatefulSet 的 maxUnavailable 无效'], [
		'A StatefulSet\'s rollingUpdate.maxUnavailable is a positive integer or a percentage from 1% to 100% ("0" and "0%" are refused). Depends on the MaxUnavailableStatefulSet feature gate, on by default since 1.35.',
		'StatefulSet 的 rollingUpdate.maxUnavailable 必须是正整数或 1% 到 100% 之间的百分比（“0”和“0%”会被拒绝）。依赖 MaxUnavailableStatefulSet 特性门控，自 1.35 起默认启用。',
	], 'pkg/apis/apps/validation/validation.go validateRollingUpdateStatefulSet (ValidatePositiveIntOrPercent, IsNotMoreThan100Percent)'),
];

const GATE = text(' (MaxUnavailableStatefulSet feature gate, on by default since 1.35.)', '（MaxUnavailableStatefulSet 特性门控，自 1.35 起默认启用。）');

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
		problem = value.value < 0 ? text(`must be greater than or equal to 0 (it is ${shown})`, `必须大于或等于 0（当前为 ${shown}）`) : value.value === 0 ? text('cannot be 0: the rollout could never replace a Pod', '不能为 0：滚动更新将无法替换任何 Pod') : undefined;
	} else if (!isValidPercent(value.value)) {
		problem = text(`must be an integer or a percentage such as "25%" (it is ${shown})`, `必须是整数或百分比，例如“25%”（当前为 ${shown}）`);
	} else {
		const percent = Number(value.value.slice(0, -1));
		problem = percent === 0 ? text('cannot be 0%: the rollout could never replace a Pod', '不能为 0%：滚动更新将无法替换任何 Pod') : percent > 100 ? text(`must not be greater than 100% (it is ${shown})`, `不能大于 100%（当前为 ${shown}）`) : undefined;
	}
	if (problem) context.report('semantic/statefulset-max-unavailable', text(`maxUnavailable ${problem.en}.${GATE.en}`, `maxUnavailable ${problem.zh}。${GATE.zh}`), f.locator, ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable']);
}

export const validators: Record<string, SemanticValidator> = { 'apps/StatefulSet': validateMaxUnavailable };
