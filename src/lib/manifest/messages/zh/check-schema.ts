// 简体中文 words of src/lib/manifest/check-schema.ts (same ids and params as the English file).
import { list } from '../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../en/check-schema.ts';

export const messages: CatalogueLike<typeof en> = {
	'schema/unknown-field': (p) => `未知字段“${p.name}”${p.hasSuggestion ? `——你是想写“${p.suggestion}”吗？` : `。`}严格校验时 API 服务器会拒绝未知字段。`,
	'schema/missing-required': (p) => `缺少必填字段“${p.name}”${p.hasWhere ? `（位于 ${p.where}）` : ``}。`,
	'schema/type-mismatch': (p) =>
		`应为 ${p.describeType}，实际为 ${p.actual}。${p.written !== undefined ? `YAML 会把未加引号的 ${p.written} 读成 ${p.readAs === 'boolean' ? '布尔值' : '数字'}；写成 "${p.written}" 才是字符串。` : ''}`,
	'fragment/invalid-base64': () => `该值必须是 base64 编码。若是明文：Secret 请用 stringData 代替 data，ConfigMap 请用 data 代替 binaryData。`,
	'fragment/invalid-date-time': (p) => `“${p.value}”不是 RFC 3339 日期时间，例如 2024-05-01T12:00:00Z。`,
	'fragment/out-of-int32': (p) => `${p.value} 超出了 32 位整数的范围。`,
	'fragment/invalid-quantity': (p) =>
		`“${p.value}”不是合法的资源数量。${p.hasSuggestion ? `你是想写“${p.suggestion}”吗？` : ``}请使用数字加可选后缀：m（千分之一）、k/M/G/T（1000 的幂）或 Ki/Mi/Gi/Ti（1024 的幂），例如 500m 或 128Mi。`,
	'fragment/invalid-enum': (p) => `此处不允许“${p.value}”${p.hasSuggestion ? `——你是想写“${p.suggestion}”吗？` : `。`}可选值：${list('zh', p.shown, 'unit')}。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
