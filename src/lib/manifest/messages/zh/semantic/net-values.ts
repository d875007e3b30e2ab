// 简体中文 words of src/lib/manifest/semantic/net-values.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/net-values.ts';

export const messages: CatalogueLike<typeof en> = {
	'fragment/special-ipproblem': () => `不能是未指定地址（0.0.0.0）`,
	'fragment/special-ipproblem:may-not-be-in-the': () => `不能位于环回地址段（127.0.0.0/8）`,
	'fragment/special-ipproblem:may-not-be-in-the-2': () => `不能位于链路本地地址段（169.254.0.0/16）`,
	'fragment/special-ipproblem:may-not-be-in-the-3': () => `不能位于链路本地组播地址段（224.0.0.0/24）`,
	'fragment/special-ipproblem:may-not-be-unspecified': () => `不能是未指定地址（::）`,
	'fragment/special-ipproblem:may-not-be-the-loopback': () => `不能是环回地址（::1）`,
	'fragment/special-ipproblem:may-not-be-in-the-4': () => `不能位于链路本地地址段（fe80::/10）`,
	'fragment/special-ipproblem:may-not-be-in-the-5': () => `不能位于链路本地组播地址段（ff02::/16）`,
	'fragment/path-segment-problem': (p) => `不能是“${p.value}”`,
	'fragment/path-segment-problem:may-not-contain': () => `不能包含“/”`,
	'fragment/path-segment-problem:may-not-contain-2': () => `不能包含“%”`,
	'fragment/dns1123-subdomain-text': () => `必须是 DNS-1123 子域名：只能包含小写字母、数字、“-”和“.”，以字母或数字开头和结尾，最多 253 个字符`,
	'fragment/dns1123-label-text': () => `必须是 DNS-1123 标签：只能包含小写字母、数字和“-”，以字母或数字开头和结尾，最多 63 个字符`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
