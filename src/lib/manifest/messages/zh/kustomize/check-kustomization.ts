// 简体中文 words of src/lib/manifest/kustomize/check-kustomization.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/kustomize/check-kustomization.ts';

export const messages: CatalogueLike<typeof en> = {
	'kustomize/kustomization': (p) =>
		`这是 kustomization 文件（${p.kind}）：它是 kustomize 的输入，而不是交给 API 服务器的对象。请用 \`kubectl apply -k <目录>\` 应用，或用 \`kustomize build <目录>\` 渲染（在终端中、于该文件所在目录执行）。其字段按 kustomize 的类型检查；它引用的文件不在粘贴内容中。`,
	'kustomize/invalid-kind': (p) => `kind 应为 Kustomization 或 Component，而不是“${p.kind}”。`,
	'kustomize/invalid-api-version': (p) => `${p.kind} 的 apiVersion 应为 ${p.required}，而不是“${p.apiVersion}”。`,
	'kustomize/deprecated-field': (p) => `“${p.name}”已弃用；请改用“${p.replacement}”（\`kustomize edit fix\` 可自动改写）。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
