// 简体中文 words of src/lib/manifest/semantic/values.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/values.ts';

export const messages: CatalogueLike<typeof en> = {
	'fragment/ch-dir-problem': () => `不能是“.”`,
	'fragment/ch-dir-problem:must-not-be': () => `不能是“..”`,
	'fragment/ch-dir-problem:must-not-start-with': () => `不能以“..”开头`,
	'fragment/env-var-name-problem': () => `只能包含字母、数字、“_”、“-”或“.”，且不能以数字开头`,
	'fragment/relaxed-env-var-name-problem': () => `不能为空`,
	'fragment/relaxed-env-var-name-problem:must-consist-of-printable-ascii': () => `只能包含除“=”以外的可打印 ASCII 字符`,
	'fragment/config-map-key-problem': (p) => `最多 253 个字符（现有 ${p.valueCount} 个）`,
	'fragment/config-map-key-problem:must-consist-of-letters-digits': () => `只能包含字母、数字、“-”、“_”或“.”`,
	'fragment/port-name-problem': (p) => `最多 15 个字符（现有 ${p.nameCount} 个）`,
	'fragment/port-name-problem:must-contain-only-lowercase-letters': () => `只能包含小写字母、数字和“-”`,
	'fragment/port-name-problem:must-contain-at-least-one': () => `必须至少包含一个字母（a-z）`,
	'fragment/port-name-problem:must-not-contain-consecutive-hyphens': () => `不能包含连续的连字符（“--”）`,
	'fragment/port-name-problem:must-not-begin-or-end': () => `不能以连字符开头或结尾`,
	'fragment/hint:is-read-as-a-decimal': (p) => `${p.source} 会被当作十进制数读取；八进制权限请写作带前导零的 0${p.source}，或写成十进制 ${p.parseInt}。`,
	'fragment/file-mode-problem': (p) => `必须是 0 到 0777（十进制 511）之间的文件权限；当前为 ${p.source}（八进制 ${p.formatOctal}）。${p.hint}`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
