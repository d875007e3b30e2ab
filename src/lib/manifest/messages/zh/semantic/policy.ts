// 简体中文 words of src/lib/manifest/semantic/policy.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/policy.ts';

export const messages: CatalogueLike<typeof en> = {
	'semantic/pdb-min-and-max': () => `不能同时设置 minAvailable 和 maxUnavailable：请只保留一个。`,
	'semantic/pdb-value': (p) => `${p.name} ${p.value} 必须大于或等于 0。`,
	'semantic/pdb-value:must-be-an-integer-or': (p) =>
		`${p.name}“${p.value}”必须是整数或百分比，例如 "50%"。${p.hasNumeric ? `如果要写 Pod 数量，请去掉引号写成 ${p.value}。` : ``}`,
	'semantic/pdb-value:must-not-be-greater-than': (p) => `${p.name}“${p.value}”不能大于 100%。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/pdb-min-and-max': {
		title: '同时设置了 minAvailable 和 maxUnavailable',
		explanation: 'PodDisruptionBudget 只能设置 minAvailable 或 maxUnavailable 之一，不能同时设置。',
	},
	'semantic/pdb-value': {
		title: 'PodDisruptionBudget 取值无效',
		explanation: 'minAvailable 和 maxUnavailable 是非负整数，或 "0%" 到 "100%" 的百分比（数字加 %，需加引号）。',
	},
};
