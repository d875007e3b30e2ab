// 简体中文 words of src/lib/manifest/semantic/pod-overhead.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/pod-overhead.ts';

export const messages: CatalogueLike<typeof en> = {
	'fragment/note:the-api-server-accepts-the': (p) => `API 服务器会接受该 ${p.kind} 本身，但会拒绝由此模板创建的每个 Pod。`,
	'semantic/pod-overhead': (p) =>
		`设置了 spec.overhead，但 Pod 没有 runtimeClassName：RuntimeClass 准入插件会拒绝没有 RuntimeClass 定义的 Pod 开销。请删除 overhead（它由 RuntimeClass 填入）。${p.note}`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/pod-overhead': {
		title: 'Pod 开销没有对应的 RuntimeClass',
		explanation:
			'spec.overhead 在创建 Pod 时由其 RuntimeClass 填入；没有 runtimeClassName 却设置了 overhead 的 Pod 会被 RuntimeClass 准入插件（默认启用）拒绝。若写在工作负载的模板中，工作负载本身会被接受，但它的每个 Pod 都会被拒绝。请不要设置 overhead，改为设置 runtimeClassName。',
	},
};
