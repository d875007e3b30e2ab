// 简体中文 words of src/lib/manifest/check-api-versions.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../en/check-api-versions.ts';

export const messages: CatalogueLike<typeof en> = {
	'api/note:apps-v1-selector': () => 'apps/v1 要求填写 spec.selector，并且它必须与模板标签匹配。',
	'api/note:crd-v1-structural-schema': () => 'apiextensions.k8s.io/v1 要求每个版本都有结构化 schema（spec.versions[*].schema.openAPIV3Schema）。',
	'api/note:ingress-v1-backend': () => '在 networking.k8s.io/v1 中，backend.serviceName/servicePort 改为 backend.service.name/port，并且必须填写 pathType。',
	'api/note:pdb-v1-empty-selector': () => '在 policy/v1 中，空的 spec.selector 会选中命名空间内所有 Pod（v1beta1 中则一个都不选）。',
	'api/note:psp-no-replacement': () => 'PodSecurityPolicy 没有替代 API：请改用 Pod Security Admission（命名空间标签）或策略引擎。',
	'api/not-yet-available': (p) => `${p.apiVersion} ${p.kind} 从 Kubernetes ${p.introducedIn} 起才提供；${p.target} 版本的集群不认识它。`,
	'api/removed': (p) =>
		`${p.apiVersion} ${p.kind} 已在 Kubernetes ${p.removedIn} 中移除；${p.target} 版本的集群会拒绝它。${p.replacement ? `请改用 ${p.replacement}${p.replacementKind ? ` ${p.replacementKind}` : ''}。` : p.hasNote ? '' : '没有替代 API。'}${p.note}`,
	'fragment/until': (p) => `，将在 ${p.removedIn} 中移除。`,
	'fragment/until:other': () => `。`,
	'api/deprecated': (p) =>
		`${p.apiVersion} ${p.kind} 自 Kubernetes ${p.deprecatedIn} 起已弃用${p.until}${p.replacement ? `请改用 ${p.replacement}${p.replacementKind ? ` ${p.replacementKind}` : ''}。` : p.hasNote ? '' : '没有替代 API。'}${p.note}`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
