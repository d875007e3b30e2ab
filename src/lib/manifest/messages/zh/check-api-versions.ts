// 简体中文 words of src/lib/manifest/check-api-versions.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../en/check-api-versions.ts';

export const messages: CatalogueLike<typeof en> = {
	'api/not-yet-available': (p) => `${p.apiVersion} ${p.kind} 从 Kubernetes ${p.introducedIn} 起才提供；${p.target} 版本的集群不认识它。`,
	'api/removed': (p) => `${p.apiVersion} ${p.kind} 已在 Kubernetes ${p.removedIn} 中移除；${p.target} 版本的集群会拒绝它。${p.replacementZh}${p.noteZh}`,
	'fragment/until': (p) => `，将在 ${p.removedIn} 中移除。`,
	'fragment/until:other': () => `。`,
	'api/deprecated': (p) => `${p.apiVersion} ${p.kind} 自 Kubernetes ${p.deprecatedIn} 起已弃用${p.until}${p.replacementZh}${p.noteZh}`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
};
