// 清单练习场自身的简体中文文字。诊断消息来自中文消息目录。中文页面的脚本只导入本模块，不导入其他语言。
import type { PlaygroundText } from './text.ts';
import { formatNumber } from '../../lib/i18n/index.ts';
import { editorWords } from '../monaco/words-zh.ts';
import { report } from '../../lib/manifest/messages/zh/report.ts';

export const zhText: PlaygroundText = {
	lang: 'zh',
	sentenceGap: '',
	exampleTitles: {
		pod: 'Pod',
		'deployment-service': 'Deployment + Service',
		'config-secret': '使用 ConfigMap 和 Secret',
		storage: 'PV 与 PVC',
		ingress: 'Ingress',
		cronjob: 'CronJob',
		'custom-resource': '自定义资源及其 CRD',
		broken: '每一层都有错',
	},
	linkProblems: {
		tooLong: '这个链接太长，不像是本页生成的。',
		encoding: '链接中的百分号编码已损坏。',
		unknown: '链接中有本页不认识的设置。',
		duplicate: '链接中有重复的设置。',
		missing: '链接中没有清单。',
		damaged: '链接中的清单已损坏（解压结果与分享时不一致）。',
		textTooLong: '链接中的清单太长。',
		version: '链接指定了本页不提供的 Kubernetes 版本。',
		rule: '链接关闭了本页不认识的规则。',
	},
	report,
	tooLarge: (length, limit) =>
		`未做任何检查：输入有 ${formatNumber('zh', length)} 个字符，本页最多检查 ${formatNumber('zh', limit)} 个。请拆分成较小的部分逐个检查，或用本项目的命令行工具检查整个文件（在本站代码仓库的克隆中运行：npm run cli -- lint 文件名）。`,
	pasteNotInserted: (length, limit) =>
		`粘贴的文本没有插入：加上它，清单会有 ${formatNumber('zh', length)} 个字符，而本页最多检查 ${formatNumber('zh', limit)} 个（这么长的文本还会让页面卡住好几秒）。你的清单没有改变，粘贴的文本仍在剪贴板中。`,
	checking: '正在检查……',
	cursor: (line, column) => `光标：第 ${line} 行第 ${column} 列`,
	textLabel: '清单（YAML）',
	textHint: '粘贴或输入一个或多个 Kubernetes 对象，用 --- 分隔。你输入的内容不会离开本页面。',
	...editorWords,
	version: 'Kubernetes 版本',
	examples: '示例',
	rules: '最佳实践规则',
	rulesHint: '关闭你不需要的建议。API 服务器自身检查产生的错误在这里不能关闭。',
	problems: '问题',
	reset: '恢复为示例',
	share: '分享链接',
	copyLink: '复制链接',
	copied: '链接已复制。',
	copyFailed: '无法复制；链接已选中，请按 Ctrl+C。',
	tooLongToShare: '这份清单太长，无法放进分享链接；链接中只保存了设置。',
	badLink: '这个链接中没有有效的清单，因此显示的是示例。',
	notKept: (reason, length, limit) =>
		reason === 'too-long'
			? `未保存在此浏览器中：这份清单有 ${formatNumber('zh', length)} 个字符，本页最多保存 ${formatNumber('zh', limit)} 个。重新加载后它将丢失，请另存为文件。`
			: '未保存在此浏览器中：浏览器存储已满或已关闭。重新加载后这份清单将丢失，请另存为文件。',
	notKeptOnLoad: (reason, length, limit) =>
		reason === 'too-long'
			? `你上次的清单未保存在此浏览器中（${formatNumber('zh', length)} 个字符，本页最多保存 ${formatNumber('zh', limit)} 个），因此显示的是示例。`
			: `你上次的清单（${formatNumber('zh', length)} 个字符）未能保存：此浏览器的存储已满或已关闭。现在显示的是示例。`,
	badLinkKept: '这个链接中没有有效的清单，因此保留了你原来的清单。',
	unrecognisedLink: '无法识别链接中的内容。',
	settingsOnlyLink: (appliedTo, version, rulesOff) => {
		const rules = rulesOff === 0 ? '所有最佳实践规则均已开启' : `关闭了 ${formatNumber('zh', rulesOff)} 条最佳实践规则`;
		const target = { example: '示例', stored: '你上次在此浏览器中的清单', current: '你原来的清单' }[appliedTo];
		return `这个链接只包含设置（Kubernetes ${version}，${rules}），没有清单：生成它的清单太长，放不进链接。这些设置现已应用于${target}；如需检查原来那份清单，请把它粘贴进来。`;
	},
	noscript: 'JavaScript 已关闭：这里显示的是示例及校验器对它的结论。开启 JavaScript 即可检查你自己的清单。',
	workerFailed: '校验器意外停止，已重新启动。',
	timedOut: '检查耗时过长，已被停止；请缩短输入。',
	exampleLoaded: (title) => `已载入示例“${title}”。`,
};
