// 简体中文 words of src/lib/manifest/lint-manifests.ts (same ids and params as the English file).
import { formatNumber } from '../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../en/lint-manifests.ts';

export const messages: CatalogueLike<typeof en> = {
	'lint/internal-error': (p) => `检查器内部错误：${p.error}`,
	'lint/too-many-problems': (p) => `问题过多，只显示前 ${formatNumber('zh', p.maxDiagnostics)} 个。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
