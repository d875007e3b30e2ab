// 简体中文 words of src/lib/manifest/custom-resources/check-instance.ts (same ids and params as the English file).
import { formatNumber, list } from '../../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/custom-resources/check-instance.ts';

const n = (value: number) => formatNumber('zh', value);

export const messages: CatalogueLike<typeof en> = {
	'fragment/check-node': (p) => `YAML 会把未加引号的 ${p.written} 读成${p.hasValue ? `布尔值` : `数字`}；写成 "${p.written}" 才是字符串。`,
	'fragment/check-node:expected-found': (p) => `应为 ${p.expectedType}，实际为 ${p.typeName}。${p.hint}`,
	'fragment/check-node:the-value-matches-none-of': () => `该值不符合 anyOf 中的任何一个模式。`,
	'fragment/check-node:the-value-must-match-exactly': (p) => `该值必须恰好符合 oneOf 中的一个模式，实际符合 ${p.matching} 个。`,
	'fragment/check-node:the-value-must-not-match': () => `该值不能符合 not 中的模式。`,
	'custom-resources/check-instance': (p) => `此处不允许 ${p.value}。可选值：${list('zh', p.list, 'unit')}。`,
	'custom-resources/check-instance:at-most-characters-it-has': (p) => `最多 ${n(p.maxLength)} 个字符（现有 ${n(p.length)} 个）。`,
	'custom-resources/check-instance:at-least-characters-it-has': (p) => `至少 ${n(p.minLength)} 个字符（现有 ${n(p.length)} 个）。`,
	'custom-resources/check-instance:does-not-match-the-pattern': (p) => `${p.value} 不符合模式 ${p.pattern}。`,
	'custom-resources/check-instance:is-not-a-valid': (p) => `${p.value} 不是有效的 ${p.formatProblem}。`,
	'custom-resources/check-instance:must-be': (p) => `${p.value} 必须${p.hasExclusiveMaximum ? `小于` : `小于或等于`} ${p.maximum}。`,
	'custom-resources/check-instance:must-be-2': (p) => `${p.value} 必须${p.hasExclusiveMinimum ? `大于` : `大于或等于`} ${p.minimum}。`,
	'custom-resources/check-instance:must-be-a-multiple-of': (p) => `${p.value} 必须是 ${p.multipleOf} 的倍数。`,
	'custom-resources/check-instance:does-not-fit-in-a': (p) => `${p.value} 超出了 32 位整数的范围。`,
	'fragment/because': (p) => `${p.what} 没有这个字段，kustomize 会拒绝未知字段（构建失败）。`,
	'fragment/because:the-schema-does-not-declare': (p) => `${p.what} 的模式中没有声明它，严格字段校验时 API 服务器会拒绝它（否则会被裁剪掉）。`,
	'fragment/check-map': (p) => `未知字段“${p.name}”${p.hasSuggestion ? `——你是想写“${p.suggestion}”吗？` : `。`}${p.because}`,
	'fragment/check-map:required-field-is-missing': (p) => `缺少必填字段“${p.name}”${p.hasWhere ? `（位于 ${p.where}）` : ``}。`,
	'fragment/check-map:at-most-entries-it-has': (p) => `最多 ${n(p.maxProperties)} 项（现有 ${n(p.count)} 项）。`,
	'fragment/check-map:at-least-entries-it-has': (p) => `至少 ${n(p.minProperties)} 项（现有 ${n(p.count)} 项）。`,
	'fragment/check-list': (p) => `最多 ${n(p.maxItems)} 项（现有 ${n(p.itemsCount)} 项）。`,
	'fragment/check-list:at-least-items-it-has': (p) => `至少 ${n(p.minItems)} 项（现有 ${n(p.itemsCount)} 项）。`,
	'fragment/check-list:duplicate-value-this-list-is': (p) => `重复的值 ${p.identity}：此列表是集合（x-kubernetes-list-type: set）。`,
	'fragment/check-list:duplicate-entry-for-the-keys': (p) => `键 ${list('zh', p.keys, 'unit')} = ${p.identity} 的条目重复：此列表是映射（x-kubernetes-list-type: map）。`,
	'fragment/check-cel-rules': () => `它是转换规则（读取 oldSelf），API 服务器只在更新时求值`,
	'fragment/check-cel-rules:no-cel-engine-is-loaded': () => `未加载 CEL 引擎`,
	'fragment/check-cel-rules:it-uses-what-this-checker-s': (p) => `它用到了本检查器的 CEL 库不支持的功能（${p.firstLine}）`,
	'fragment/check-cel-rules:evaluating-it-failed-here': (p) => `在此处求值失败（${p.firstLine}）`,
	'fragment/check-cel-rules:it-did-not-return-a': () => `它没有返回布尔值`,
	'fragment/check-cel-rules:x-kubernetes-validations-rule': (p) => `${p.message}（x-kubernetes-validations 规则：${p.rule}）`,
	'fragment/check-cel-rules:failed-rule': (p) => `未通过规则：${p.rule}`,
	'fragment/skipped': (p) => `此处未检查 CEL 规则“${p.rule}”：${p.why}。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
