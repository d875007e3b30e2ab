// 清单检查器的简体中文文字：与英文目录相同的消息 id 和参数，以及每条规则的标题和说明。
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { en, enRules } from '../en/index.ts';
// codemod: imports

export const zh: CatalogueLike<typeof en> = {
	// codemod: messages
};

export const zhRules: Record<keyof typeof enRules, RuleText> = {
	// codemod: rules
};
