// 简体中文 words of src/lib/manifest/parse-documents.ts (same ids and params as the English file).
import { formatNumber } from '../../../i18n/index.ts';
import type { CatalogueLike, RuleText } from '../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../en/parse-documents.ts';

/** The yaml package's error codes in Chinese. */
const parserErrorsZh: Record<string, string> = {
	ALIAS_PROPS: '别名不能带锚点或标签',
	BAD_ALIAS: '无效的别名',
	BAD_DIRECTIVE: '无效的指令',
	BAD_DQ_ESCAPE: '双引号字符串中的转义序列无效',
	BAD_INDENT: '缩进错误',
	BAD_PROP_ORDER: '锚点和标签的位置不对',
	BAD_SCALAR_START: '标量的开头字符无效（可能需要加引号）',
	BLOCK_AS_IMPLICIT_KEY: '块结构不能用作隐式键',
	BLOCK_IN_FLOW: '流式集合中不能出现块结构',
	DUPLICATE_KEY: '映射中的键重复',
	IMPOSSIBLE: '内部解析错误',
	KEY_OVER_1024_CHARS: '隐式键超过 1024 个字符',
	MISSING_CHAR: '缺少字符（例如引号或括号未闭合）',
	MULTILINE_IMPLICIT_KEY: '隐式键不能跨行（可能缺少冒号或缩进不对）',
	MULTIPLE_ANCHORS: '一个节点只能有一个锚点',
	MULTIPLE_DOCS: '此处只能有一个文档',
	MULTIPLE_TAGS: '一个节点只能有一个标签',
	NON_STRING_KEY: '键必须是字符串',
	TAB_AS_INDENT: '不能用制表符（Tab）缩进，请改用空格',
	TAG_RESOLVE_FAILED: '无法解析标签',
	UNEXPECTED_TOKEN: '意外的内容',
	BAD_COLLECTION_TYPE: '集合类型与标签不符',
};

export const messages: CatalogueLike<typeof en> = {
	'yaml/invalid-character': (p) => `YAML 中不允许控制字符 U+${p.code}${p.hasValue ? `（这是二进制文件吗？）` : ``}。`,
	'yaml/invalid-character:control-characters-in-total-the': (p) => `共有 ${formatNumber('zh', p.count)} 个控制字符；输入看起来不是 YAML 文本。`,
	'fragment/too-deep-message': (p) => `嵌套超过 ${p.MAX_NESTING_DEPTH} 层；不再继续检查此文档。`,
	'yaml/input-too-large': (p) =>
		`未检查：输入有 ${formatNumber('zh', p.length)} 个字符，上限是 ${formatNumber('zh', p.limit)} 个，因此完全没有读取。请拆分成较小的文件（每个最多 ${formatNumber('zh', p.limit)} 个字符），逐个检查。`,
	'yaml/syntax-error': (p) => `YAML 解析器出错：${p.error}`,
	// The parser's messages are English; known error codes get our own words.
	'yaml/syntax-error:parser': (p) => (parserErrorsZh[p.code] ? `${parserErrorsZh[p.code]}。` : `YAML 语法错误：${p.detail}`),
	'yaml/syntax-warning': (p) => `YAML 警告：${p.message}`,
	'helm/unrendered-template': (p) =>
		`这是未渲染的 Helm 模板（${p.action} 是模板动作，不是 YAML）：API 服务器永远不会收到这种形式。请先渲染 chart——在 chart 所在位置的终端中执行 \`helm template <release> <chart 目录>\`——再粘贴输出结果。含 {{ … }} 的文档不做检查。`,
	'yaml/alias-limit': (p) => `别名 *${p.source} 引用了包含它自身的节点。`,
	'yaml/alias-limit:aliases-expand-to-more-than': (p) => `别名展开后超过 ${formatNumber('zh', p.MAX_ALIAS_EXPANSION)} 个节点（“别名炸弹”）；不再继续检查此文档。`,
	'yaml/duplicate-key': (p) => `重复的键“${p.name}”：Kubernetes 严格解码时会拒绝；其他 YAML 工具会悄悄只保留一个。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {};
