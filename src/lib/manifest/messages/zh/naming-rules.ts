// 简体中文 words of src/lib/manifest/naming-rules.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../en/naming-rules.ts';

export const messages: CatalogueLike<typeof en> = {
	'fragment/what': () => `必须是 DNS-1123 标签：只能包含小写字母、数字和“-”，并以字母或数字开头和结尾`,
	'fragment/what:must-be-a-dns-1035-label': () => `必须是 DNS-1035 标签：只能包含小写字母、数字和“-”，以字母开头，以字母或数字结尾`,
	'fragment/what:must-be-a-dns-1123-subdomain': () => `必须是 DNS-1123 子域名：只能包含小写字母、数字、“-”和“.”，并以字母或数字开头和结尾`,
	'fragment/name-problem': (p) => `最多 ${p.max} 个字符（现有 ${p.nameCount} 个）`,
	'fragment/name-problem:may-not-be-or': () => `不能是“.”或“..”`,
	'fragment/name-problem:may-not-contain-or': () => `不能包含“/”或“%”`,
	'fragment/name-problem:must-be-an-ip-address': () => `必须是 IP 地址`,
	'fragment/name-problem:must-be-the-ip-address': (p) => `必须是规范形式的 IP 地址“${p.canonical}”`,
	'fragment/qualified-name-problem': () => `“/”前的前缀为空`,
	'fragment/qualified-name-problem:prefix': (p) => `前缀“${p.prefix}”${p.problem}`,
	'fragment/qualified-name-problem:the-name-part-is-empty': () => `名称部分为空`,
	'fragment/qualified-name-problem:the-name-part-must-be': (p) => `名称部分最多 63 个字符（现有 ${p.nameCount} 个）`,
	'fragment/qualified-name-problem:the-name-part-may-contain': () => `名称部分只能包含字母、数字、“-”、“_”和“.”，并以字母或数字开头和结尾`,
	'fragment/label-value-problem': (p) => `最多 63 个字符（现有 ${p.valueCount} 个）`,
	'fragment/label-value-problem:may-contain-only-letters-digits': () => `只能包含字母、数字、“-”、“_”和“.”，并以字母或数字开头和结尾（也可以为空）`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
