// 简体中文 words of src/lib/manifest/custom-resources/crd-definitions.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/custom-resources/crd-definitions.ts';

export const messages: CatalogueLike<typeof en> = {
	'crd/invalid-name': (p) => `CustomResourceDefinition 的名称必须是 spec.names.plural + "." + spec.group，这里应为“${p.plural}.${p.group}”，而不是“${p.name}”。`,
	'fragment/problem': () => `不能为空`,
	'crd/invalid-group': (p) => `spec.group“${p.group}”无效：${p.problem}。`,
	'crd/invalid-group:spec-group-should-be-a-domain': (p) => `spec.group“${p.group}”应是至少含一个点的域名，例如“${p.group}.example.com”。`,
	'crd/invalid-scope': (p) => `spec.scope 必须是“Namespaced”或“Cluster”，而不是“${p.scope}”。`,
	'crd/invalid-names': (p) => `spec.names.${p.key}“${p.value}”无效：${p.hasMixedCase ? `可以大小写混用，但除此之外` : ``}${p.problem}。`,
	'crd/invalid-names:spec-names-kind-and-list-kind-may-not': () => `spec.names.kind 与 listKind 不能相同。`,
	'crd/invalid-names:spec-names-is-invalid-it': (p) => `spec.names.${p.list}[${p.index}]“${p.value}”无效：${p.problem}。`,
	'crd/invalid-version': (p) => `版本名“${p.name}”无效：${p.problem}。`,
	'crd/invalid-version:version-is-listed-twice-spec-versions': (p) => `版本“${p.name}”出现了两次：spec.versions 中的版本名必须唯一。`,
	'crd/missing-schema': (p) => `版本“${p.name}”没有 schema.openAPIV3Schema；apiextensions.k8s.io/v1 要求每个版本都有模式。`,
	'crd/storage-version': (p) => `spec.versions 必须恰好有一个版本标记为存储版本（storage: true）；现有 ${p.storageCount} 个。`,
	'crd/no-served-version': () => `没有任何版本被提供（served: true），因此无法创建这种类型的对象。`,
	'crd/structural-schema': (p) => `不是结构化模式：${p.detail}`,
	'crd/structural-schema:the-root-must-have-type': () => `根节点必须是 type: object。`,
	'crd/structural-schema:type-must-not-be-empty': () => `已声明的字段或数组元素必须有 type（或设置 x-kubernetes-preserve-unknown-fields / x-kubernetes-int-or-string）。`,
	'crd/structural-schema:type-must-be-empty-when': () => `x-kubernetes-int-or-string 为 true 时 type 必须为空。`,
	'crd/structural-schema:an-array-must-specify-items': () => `数组必须指定 items。`,
	'crd/structural-schema:unique-items-cannot-be-set-to': () => `uniqueItems 不能设为 true（其代价是平方级的）；请改用 x-kubernetes-list-type: set。`,
	'crd/structural-schema:ref-is-not-allowed': () => `不允许使用 $ref。`,
	'crd/structural-schema:additional-properties-and-properties-are': () => `additionalProperties 与 properties 互斥。`,
	'crd/structural-schema:x-kubernetes-embedded-resource-requires': () => `x-kubernetes-embedded-resource 要求 type: object。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
