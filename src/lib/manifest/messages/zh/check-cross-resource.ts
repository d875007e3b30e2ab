// 简体中文 words of src/lib/manifest/check-cross-resource.ts (same ids and params as the English file).
import { list } from '../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../en/check-cross-resource.ts';

export const messages: CatalogueLike<typeof en> = {
	'cross/duplicate-object': (p) => `${p.kind}“${p.name}”在本次粘贴中出现了两次（第一次在第 ${p.value} 个文档）；后者会悄悄覆盖前者。`,
	'cross/selector-mismatch': (p) => `${p.kind} 的选择器不能为空：那样会选中命名空间内的所有 Pod。`,
	'cross/selector-mismatch:spec-selector-does-not-match-the': (p) =>
		`spec.selector（${p.formatSelector}）与 Pod 模板标签（${p.labels.join(', ') || '无'}）不匹配；API 服务器会拒绝此 ${p.kind}。`,
	'cross/volume-not-found': (p) => `volumeMount“${p.name}”引用的卷不在 Pod 规约的 volumes 中；API 服务器会拒绝它。`,
	'cross/reference-not-in-paste': (p) => `${p.kind}“${p.name}”不在本次粘贴中；请确认集群中${p.hasNamespace ? `（命名空间 ${p.namespace}）` : ``}已有它，否则 Pod 无法启动。`,
	'cross/key-not-found': (p) => `${p.kind}“${p.name}”中没有键“${p.keyName}”。`,
	'cross/service-selects-nothing': (p) => `Service 选择器（${p.formatSelector}）不匹配此处粘贴的任何 Pod（${list('zh', p.sameNamespace, 'unit')}）；该 Service 将没有端点。`,
	'cross/target-port-not-found': (p) =>
		`targetPort“${p.name}”不是所选 Pod 中任何容器端口的名称${p.hasPortNamesCount ? `（已命名端口：${list('zh', p.value, 'unit')}）` : ``}；流量将无法到达。`,
	'cross/ingress-backend-not-found': (p) => `后端 Service“${p.name}”不在本次粘贴中；请确认集群中已有它。`,
	'cross/ingress-backend-not-found:service-has-no-port': (p) => `Service“${p.name}”没有${p.hasValue ? `端口 ${p.port}` : `名为“${p.port2}”的端口`}。`,
	'cross/hpa-target-not-found': (p) => `扩缩目标 ${p.kind}“${p.name}”不在本次粘贴中；请确认集群中已有它。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
