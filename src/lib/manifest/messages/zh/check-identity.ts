// 简体中文 words of src/lib/manifest/check-identity.ts (same ids and params as the English file).
import { list } from '../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../en/check-identity.ts';

export const messages: CatalogueLike<typeof en> = {
	'identity/custom-resource': (p) => `${p.kind}（${p.apiVersion}）不是内置类型，不检查其字段。除非集群已安装对应的 CustomResourceDefinition，否则会被拒绝。`,
	'identity/not-an-object': () => `Kubernetes 清单必须是包含 apiVersion、kind 和 metadata 的映射，而不是列表或单个值。`,
	'identity/missing-api-version': () => `apiVersion 必须是非空字符串，例如“apps/v1”。`,
	'identity/missing-api-version:api-version-is-missing-every-object': () => `缺少 apiVersion：每个对象都要说明所属的 API，例如“apps/v1”。`,
	'identity/missing-kind': () => `kind 必须是非空字符串，例如“Deployment”。`,
	'identity/missing-kind:kind-is-missing-every-object': () => `缺少 kind：每个对象都要说明它是什么，例如“Deployment”。`,
	'fragment/hint': (p) => `${p.kind} 由 ${list('zh', p.servedBy)} 提供。`,
	'fragment/hint:did-you-mean': (p) => `你是想写“${p.suggestion}”吗？`,
	'identity/unknown-kind': (p) => `${p.apiVersion} 中没有类型“${p.kind}”。${p.hint}`,
	'identity/unknown-api-version': (p) => `未知的 apiVersion“${p.apiVersion}”。${p.hasSuggestion ? `你是想写“${p.suggestion}”吗？` : ``}`,
	'identity/missing-name': () => `缺少 metadata.name：API 服务器需要名称才能创建对象。`,
	'identity/invalid-name': (p) => `${p.kind} 名称“${p.name}”无效：${p.problem}。`,
	'identity/invalid-namespace': (p) => `命名空间“${p.namespace}”无效：${p.problem}。`,
	'identity/invalid-label-key': (p) => `标签键“${p.name}”无效：${p.keyProblem}。`,
	'identity/invalid-label-value': (p) => `标签值“${p.value}”无效：${p.valueProblem}。`,
	'identity/invalid-annotation-key': (p) => `注解键“${p.name}”无效：${p.problem}。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
