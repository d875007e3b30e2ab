// 简体中文 words of src/lib/manifest/semantic/resource-claims.ts (same ids and params as the English file).
import { list } from '../../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/resource-claims.ts';

export const messages: CatalogueLike<typeof en> = {
	'fragment/gate': () => `（DynamicResourceAllocation 特性门控，自 1.34 起默认启用。）`,
	'semantic/pod-resource-claim': () => `资源申领需要 name。`,
	'semantic/pod-resource-claim:resource-claim-name-is-used': (p) => `资源申领名称“${p.name}”重复使用。`,
	'semantic/pod-resource-claim:resource-claim-name-is-invalid': (p) => `资源申领名称“${p.name}”无效：${p.nameProblem}。`,
	'semantic/pod-resource-claim:set-only-one-of-resource-claim-name': () => `resourceClaimName 与 resourceClaimTemplateName 只能设置其一。`,
	'semantic/pod-resource-claim:a-resource-claim-must-name': () => `资源申领必须指定 resourceClaimName 或 resourceClaimTemplateName。`,
	'fragment/problem:must-not-be-empty': () => `不能为空`,
	'semantic/pod-resource-claim:is-not-a-valid-object': (p) => `${p.key}“${p.value}”不是有效的对象名称：${p.problem}。`,
	'semantic/container-resource-claim': (p) => `request“${p.request}”无效：${p.nameProblem}。`,
	'semantic/container-resource-claim:a-container-claim-needs-the': () => `容器申领需要给出 spec.resourceClaims 中某个条目的名称。`,
	'semantic/container-resource-claim:claim-is-listed-twice-in': (p) => `申领“${p.key}”在该容器中重复列出。`,
	'semantic/container-resource-claim:claim-is-not-in-spec-resource-claims': (p) => `申领“${p.name}”不在 spec.resourceClaims 中；必须是 ${list('zh', p.listed, 'unit')} 之一。`,
	'semantic/container-resource-claim:claim-is-not-in-spec-resource-claims-2': (p) => `申领“${p.name}”不在 spec.resourceClaims 中（该列表为空）；请先在那里声明该申领。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/pod-resource-claim': {
		title: 'Pod 资源申领无效',
		explanation:
			'spec.resourceClaims 的每个条目都要有唯一的、符合 DNS-1123 标签的 name，并且必须且只能指定 resourceClaimName 或 resourceClaimTemplateName 之一，其值是对象名称（DNS-1123 子域名）。依赖 DynamicResourceAllocation 特性门控，自 1.34 起默认启用。',
	},
	'semantic/container-resource-claim': {
		title: '容器申领不在 Pod 中',
		explanation:
			'容器的 resources.claims 必须引用 spec.resourceClaims 中的条目，且（按 request 区分）只能引用一次；若设置了 request，它必须是 DNS-1123 标签。依赖 DynamicResourceAllocation 特性门控，自 1.34 起默认启用。',
	},
};
