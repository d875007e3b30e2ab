// 简体中文 words of src/lib/manifest/semantic/label-selector.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/label-selector.ts';

export const messages: CatalogueLike<typeof en> = {
	'semantic/label-selector': (p) => `matchLabels 键“${p.name}”无效：${p.keyProblem}。`,
	'semantic/label-selector:match-labels-value-is-invalid-it': (p) => `matchLabels 值“${p.value}”无效：${p.valueProblem}。`,
	'semantic/label-selector:match-expressions-key-is-invalid': (p) => `matchExpressions 键“${p.key}”无效：${p.problem}。`,
	'semantic/label-selector:values-must-be-non-empty-when': (p) => `operator 为 ${p.operator} 时 values 不能为空。`,
	'semantic/label-selector:values-must-be-empty-when': (p) => `operator 为 ${p.operator} 时 values 必须为空。`,
	'semantic/label-selector:is-not-a-valid-selector': (p) => `“${p.operator}”不是有效的选择器运算符：请使用 In、NotIn、Exists 或 DoesNotExist。`,
	'semantic/label-selector:match-expressions-value-is-invalid-it': (p) => `matchExpressions 值“${p.v}”无效：${p.problem}。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/label-selector': {
		title: '标签选择器无效',
		explanation: 'matchLabels 遵循标签语法；matchExpressions 中 In 和 NotIn 需要 values，Exists 和 DoesNotExist 不能带 values，operator 只能是这四种之一。',
	},
};
