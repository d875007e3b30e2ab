// 简体中文 words of src/lib/manifest/semantic/metadata.ts (same ids and params as the English file).
import { formatNumber } from '../../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/metadata.ts';

export const messages: CatalogueLike<typeof en> = {
	'semantic/annotations-too-large': (p) => `注解共 ${formatNumber('zh', p.total)} 字节；键和值加起来不能超过 262,144 字节（256 KiB）。`,
	'semantic/owner-reference': (p) => `${p.hasValue ? `ownerReferences 的 apiVersion“${p.value}”没有版本。` : `ownerReferences 的 ${p.name} 不能为空。`}`,
	'semantic/owner-reference:an-event-v1-is-disallowed': () => `Event（v1）不能作为属主。`,
	'semantic/owner-reference:only-one-owner-reference-can': (p) => `只能有一个属主引用设置 controller: true；${p.controller} 和 ${p.current} 都设置了。`,
	'semantic/name-for-kind': (p) => `StatefulSet 名称“${p.name}”无效：${p.problem}（StatefulSet 名称必须是不含点的 DNS-1123 标签）。`,
	'semantic/name-for-kind:cron-job-name-has-characters-it': (p) =>
		`CronJob 名称“${p.name}”有 ${p.nameCount} 个字符；最多只能有 52 个，因为它创建的每个 Job 都会追加 11 个字符的后缀。`,
	'semantic/name-for-kind:job-name-has-characters-it': (p) => `Job 名称“${p.name}”有 ${p.nameCount} 个字符；最多只能有 63 个，因为它会成为该 Job 的 Pod 的 job-name 标签值。`,
	'semantic/generate-name': (p) => `generateName“${p.generateName}”无效：${p.problem}。`,
	'semantic/invalid-finalizer': (p) => `终结器“${p.finalizer}”无效：${p.problem}。`,
	'semantic/invalid-finalizer:finalizer-is-neither-a-standard': (p) =>
		`终结器“${p.finalizer}”既不是标准终结器名称（kubernetes、orphan、foregroundDeletion），也不是完整的限定名（例如 example.com/${p.finalizer}）。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/name-for-kind': {
		title: '名称不符合该类型的要求',
		explanation:
			'有些类型对名称有更多限制：StatefulSet 名称必须是 DNS-1123 标签（不含点，最多 63 个字符），因为它的 Pod 以它命名；CronJob 名称最多 52 个字符，因为每个 Job 会加上 11 个字符的后缀；Job 名称最多 63 个字符，因为它会成为其 Pod 的 job-name 标签值。',
	},
	'semantic/generate-name': { title: 'generateName 无效', explanation: 'generateName 是服务器会在其后补上五个随机字符的前缀；它遵循该类型的名称规则，只是允许以“-”结尾。' },
	'semantic/annotations-too-large': { title: '注解过大', explanation: '同一对象所有注解的键和值加起来不能超过 256 KiB（262,144 字节）。大量数据应放在 ConfigMap 中。' },
	'semantic/invalid-finalizer': {
		title: '终结器无效',
		explanation: '终结器必须是限定名；不带域名前缀时（如“example.com/cleanup”），只允许标准的 kubernetes、orphan 和 foregroundDeletion。',
	},
	'semantic/owner-reference': {
		title: '属主引用无效',
		explanation: 'ownerReferences 的每个条目都必须给出非空的 apiVersion（含版本）、kind、name 和 uid；最多只有一个条目可以设置 controller: true；Event 不能作为属主。',
	},
};
