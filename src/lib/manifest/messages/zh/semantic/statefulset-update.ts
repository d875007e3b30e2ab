// 简体中文 words of src/lib/manifest/semantic/statefulset-update.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/statefulset-update.ts';

export const messages: CatalogueLike<typeof en> = {
	'fragment/gate:max-unavailable-stateful-set-feature-gat': () => `（MaxUnavailableStatefulSet 特性门控，自 1.35 起默认启用。）`,
	'fragment/validate-max-unavailable': (p) => `必须大于或等于 0（当前为 ${p.shown}）`,
	'fragment/validate-max-unavailable:cannot-be-the-rollout-could': () => `不能为 0：滚动更新将无法替换任何 Pod`,
	'fragment/validate-max-unavailable:must-be-an-integer-or': (p) => `必须是整数或百分比，例如“25%”（当前为 ${p.shown}）`,
	'fragment/validate-max-unavailable:cannot-be-the-rollout-could-2': () => `不能为 0%：滚动更新将无法替换任何 Pod`,
	'fragment/validate-max-unavailable:must-not-be-greater-than': (p) => `不能大于 100%（当前为 ${p.shown}）`,
	'semantic/statefulset-max-unavailable': (p) => `maxUnavailable ${p.problem}。${p.GATE}`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/statefulset-max-unavailable': {
		title: 'StatefulSet 的 maxUnavailable 无效',
		explanation:
			'StatefulSet 的 rollingUpdate.maxUnavailable 必须是正整数或 1% 到 100% 之间的百分比（“0”和“0%”会被拒绝）。依赖 MaxUnavailableStatefulSet 特性门控，自 1.35 起默认启用。',
	},
};
