// 简体中文 words of src/lib/manifest/custom-resources/check-custom-resources.ts (same ids and params as the English file).
import { list } from '../../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/custom-resources/check-custom-resources.ts';

export const messages: CatalogueLike<typeof en> = {
	'crd/version-not-served': (p) =>
		`在版本“${p.apiVersion}”中找不到类型“${p.kind}”：本次粘贴中的 CustomResourceDefinition ${p.hasVersion ? `没有提供此版本` : `没有这个版本`}。${p.hasServedCount ? `已提供：${list('zh', p.served)}。` : ``}`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
