// 简体中文 words of src/lib/manifest/semantic/downward-api.ts (same ids and params as the English file).
import { list } from '../../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/downward-api.ts';

export const messages: CatalogueLike<typeof en> = {
	'fragment/field-path-problem': (p) => `${p.path} 不支持下标；只有 metadata.labels['键'] 和 metadata.annotations['键'] 支持`,
	'fragment/field-path-problem:the-key-is-not-a': (p) => `键“${p.key}”不是有效的${p.hasValue ? `标签` : `注解`}键：${p.problem}`,
	'fragment/field-path-problem:it-is-not-supported-here': (p) =>
		`此处不支持该字段；请使用 ${list('zh', p.allowed, 'unit')} 之一，或 metadata.labels['键'] / metadata.annotations['键']`,
	'semantic/downward-api-field': (p) => `不支持 fieldRef.apiVersion“${p.apiVersion}”：Downward API 读取的是 v1 Pod，请使用 v1（默认值）。`,
	'fragment/problem:it-must-not-be-empty': () => `不能为空`,
	'semantic/downward-api-field:field-ref-field-path-is-invalid-for': (p) => `fieldRef.fieldPath“${p.fieldPath}”不适用于${p.where}：${p.problem}。`,
	'semantic/downward-api-resource': () => `Downward API 卷中的 resourceFieldRef 必须设置 containerName：卷文件没有可作为默认值的所属容器。`,
	'semantic/downward-api-resource:resource-field-ref-resource-must-not-be': () => `resourceFieldRef.resource 不能为空。`,
	'semantic/downward-api-resource:resource-field-ref-resource-is-not-suppo': (p) =>
		`不支持 resourceFieldRef.resource“${p.resource}”：请使用 limits. 或 requests. 加上 cpu、memory、ephemeral-storage 或 hugepages-<大小>。`,
	'semantic/downward-api-resource:divisor-is-not-supported-for': (p) => `${p.resource} 不支持 divisor ${p.written}：请使用 ${list('zh', p.allowed, 'unit')} 之一。`,
	'fragment/check-volume-items': () => `Downward API 卷文件`,
	'semantic/downward-api-item': () => `同一个Downward API 文件不能同时设置 fieldRef 和 resourceFieldRef；请分别写成两个条目。`,
	'semantic/downward-api-item:a-downward-api-file-needs': () => `Downward API 文件需要 fieldRef 或 resourceFieldRef 之一。`,
	'fragment/note': () => ``,
	'fragment/validate-downward-api': () => `环境变量`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/downward-api-field': {
		title: 'Downward API 字段无效',
		explanation:
			"fieldRef.apiVersion 只能是 v1（默认值）；fieldPath 必须是 API 能提供的字段：环境变量可用 metadata.name、metadata.namespace、metadata.uid、spec.nodeName、spec.serviceAccountName、status.hostIP(s)、status.podIP(s)；卷文件可用 metadata.name、metadata.namespace、metadata.uid、metadata.labels、metadata.annotations；两者都可使用键有效的 metadata.labels['键'] 和 metadata.annotations['键']。",
	},
	'semantic/downward-api-resource': {
		title: 'Downward API 资源无效',
		explanation:
			'resourceFieldRef.resource 必须是 limits. 或 requests. 加上 cpu、memory、ephemeral-storage 或 hugepages-<大小>；卷文件还必须给出 containerName；divisor 对 cpu 只能是 1m 或 1，对内存、临时存储和大页只能是 1、1k … 1E 或 1Ki … 1Ei。',
	},
	'semantic/downward-api-item': {
		title: 'Downward API 文件的来源不是恰好一个',
		explanation: 'downwardAPI 卷（或投射卷中 downwardAPI 来源）的每个条目必须且只能指定 fieldRef 和 resourceFieldRef 之一。',
	},
};
