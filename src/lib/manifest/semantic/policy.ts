// policy/v1 PodDisruptionBudget, as kube-apiserver validates it (pkg/apis/policy/validation/validation.go
// ValidatePodDisruptionBudgetSpec, with pkg/apis/apps/validation ValidatePositiveIntOrPercent and
// IsNotMoreThan100Percent). No defaults apply to these fields.
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { checkLabelSelectorAt } from './label-selector.ts';
import { child, isSet, reportAt, reportKey, rootLoc } from './net-values.ts';
import { isValidPercent, readIntOrString } from './values.ts';
import { message } from '../message.ts';

const FILE = 'pkg/apis/policy/validation/validation.go ValidatePodDisruptionBudgetSpec';

export const rules = [
	semanticRule('semantic/pdb-min-and-max', 'error', FILE),
	semanticRule('semantic/pdb-value', 'error', 'pkg/apis/apps/validation/validation.go ValidatePositiveIntOrPercent'),
];

function validatePdb(context: SemanticContext): void {
	const spec = child(rootLoc(context), 'spec');
	const min = child(spec, 'minAvailable');
	const max = child(spec, 'maxUnavailable');
	checkLabelSelectorAt(context, child(spec, 'selector'));
	if (isSet(min) && isSet(max)) {
		reportKey(context, 'semantic/pdb-min-and-max', message('semantic/pdb-min-and-max'), max);
	}
	for (const loc of [min, max]) {
		if (!isSet(loc)) continue;
		const value = readIntOrString(loc.node);
		if (!value) continue; // a float or a list is the schema layer's type error
		const name = String(loc.path.at(-1));
		if (value.type === 'int') {
			if (value.value < 0) reportAt(context, 'semantic/pdb-value', message('semantic/pdb-value', { name, value: value.value }), loc);
		} else if (!isValidPercent(value.value)) {
			const numeric = /^\d+$/.test(value.value);
			reportAt(context, 'semantic/pdb-value', message('semantic/pdb-value:must-be-an-integer-or', { name, value: value.value, hasNumeric: numeric }), loc);
		} else if (Number(value.value.slice(0, -1)) > 100) {
			reportAt(context, 'semantic/pdb-value', message('semantic/pdb-value:must-not-be-greater-than', { name, value: value.value }), loc);
		}
	}
}

export const validators: Record<string, SemanticValidator> = {
	'policy/PodDisruptionBudget': validatePdb,
};
