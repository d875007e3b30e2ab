// 简体中文 words of src/lib/manifest/cluster-network-rules.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../en/cluster-network-rules.ts';

export const messages: CatalogueLike<typeof en> = {
	'bridge/cidr-text': (p) => p.zh,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
};
