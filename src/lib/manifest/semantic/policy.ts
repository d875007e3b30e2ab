// policy/v1 PodDisruptionBudget, as kube-apiserver validates it (pkg/apis/policy/validation/validation.go
// ValidatePodDisruptionBudgetSpec, with pkg/apis/apps/validation ValidatePositiveIntOrPercent and
// IsNotMoreThan100Percent). No defaults apply to these fields.
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { checkLabelSelectorAt } from './label-selector.ts';
import { child, isSet, reportAt, reportKey, rootLoc } from './net-values.ts';
import { isValidPercent, readIntOrString } from './values.ts';

const FILE = 'pkg/apis/policy/validation/validation.go ValidatePodDisruptionBudgetSpec';

export const rules: RuleInfo[] = [
	semanticRule('semantic/pdb-min-and-max', 'error', ['minAvailable and maxUnavailable together', '同时设置了 minAvailable 和 maxUnavailable'], [
		'A PodDisruptionBudget sets minAvailable or maxUnavailable, not both.',
		'PodDisruptionBudget 只能设置 minAvailable 或 maxUnavailable 之一，不能同时设置。',
	], FILE),
	semanticRule('semantic/pdb-value', 'error', ['Invalid PodDisruptionBudget value', 'PodDisruptionBudget 取值无效'], [
		'minAvailable and maxUnavailable are a non-negative integer or a percentage from "0%" to "100%" (digits followed by %, quoted).',
		'minAvailable 和 maxUnavailable 是非负整数，或 "0%" 到 "100%" 的百分比（数字加 %，需加引号）。',
	], 'pkg/apis/apps/validation/validation.go ValidatePositiveIntOrPercent'),
];

function validatePdb(context: SemanticContext): void {
	const spec = child(rootLoc(context), 'spec');
	const min = child(spec, 'minAvailable');
	const max = child(spec, 'maxUnavailable');
	checkLabelSelectorAt(context, child(spec, 'selector'));
	if (isSet(min) && isSet(max)) {
		reportKey(context, 'semantic/pdb-min-and-max', text('minAvailable and maxUnavailable cannot both be set: keep one of them.', '不能同时设置 minAvailable 和 maxUnavailable：请只保留一个。'), max);
	}
	for (const loc of [min, max]) {
		if (!isSet(loc)) continue;
		const value = readIntOrString(loc.node);
		if (!value) continue; // a float or a list is the schema layer's type error
		const name = String(loc.path.at(-1));
		if (value.type === 'int') {
			if (value.value < 0) reportAt(context, 'semantic/pdb-value', text(`${name} ${value.value} must be greater than or equal to 0.`, `${name} ${value.value} 必须大于或等于 0。`), loc);
		} else if (!isValidPercent(value.value)) {
			const numeric = /^\d+$/.test(value.value);
			reportAt(context, 'semantic/pdb-value', text(`${name} "${value.value}" must be an integer or a percentage such as "50%".${numeric ? ` Write ${value.value} without quotes for a number of Pods.` : ''}`, `${name}“${value.value}”必须是整数或百分比，例如 "50%"。${numeric ? `如果要写 Pod 数量，请去掉引号写成 ${value.value}。` : ''}`), loc);
		} else if (Number(value.value.slice(0, -1)) > 100) {
			reportAt(context, 'semantic/pdb-value', text(`${name} "${value.value}" must not be greater than 100%.`, `${name}“${value.value}”不能大于 100%。`), loc);
		}
	}
}

export const validators: Record<string, SemanticValidator> = {
	'policy/PodDisruptionBudget': validatePdb,
};
