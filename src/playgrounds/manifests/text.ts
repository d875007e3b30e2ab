// The manifest playground's own words, in both languages of the site. Diagnostics bring their own messages.
import type { LintCoverage, Severity } from '../../lib/manifest/types.ts';

export type Lang = 'en' | 'zh';

export function langOf(locale: string | undefined): Lang {
	return locale !== undefined && locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export interface PlaygroundText {
	severity: Record<Severity, string>;
	severityPlural: Record<Severity, (n: number) => string>;
	summary: (counts: Record<Severity, number>, documents: number, version: string, coverage?: LintCoverage) => string;
	/** What was not checked, one phrase per reason (empty when everything was). */
	unchecked: (coverage: LintCoverage | undefined) => string[];
	/** The verdict for an input over the length limit: nothing was checked, and what to do instead. */
	tooLarge: (length: number, limit: number) => string;
	checking: string;
	location: (line: number, column: number) => string;
	cursor: (line: number, column: number) => string;
	textLabel: string;
	textHint: string;
	editorHint: string;
	version: string;
	examples: string;
	rules: string;
	rulesHint: string;
	problems: string;
	noProblems: string;
	reset: string;
	share: string;
	copyLink: string;
	copied: string;
	copyFailed: string;
	tooLongToShare: string;
	badLink: string;
	/** Next to the editor: this text will not survive a reload, and why. */
	notKept: (reason: 'too-long' | 'refused', length: number, limit: number) => string;
	/** At load: the text of the last visit was not kept, and why. */
	notKeptOnLoad: (reason: 'too-long' | 'refused', length: number, limit: number) => string;
	/** A bad link followed while the page is open: the reader's text stays. Followed by the reason. */
	badLinkKept: string;
	/**
	 * A link with settings but no manifest (the page that made it had one too long for a link): which
	 * manifest they now apply to — the example, the reader's last one in this browser, or the one on screen.
	 */
	settingsOnlyLink: (appliedTo: 'example' | 'stored' | 'current', version: string, rulesOff: number) => string;
	/** The hash is neither a share link nor an anchor on the page. */
	unrecognisedLink: string;
	openEditor: string;
	loadingEditor: string;
	editorFailed: string;
	plainText: string;
	noscript: string;
	workerFailed: string;
	timedOut: string;
	exampleLoaded: (title: string) => string;
}

/** Documents some layer could not check (each document is listed under one reason only). */
export function uncheckedCount(coverage: LintCoverage | undefined): number {
	if (!coverage) return 0;
	return coverage.noSchema.length + coverage.celNotEvaluated.length + coverage.helmTemplates.length + coverage.kustomizations.length;
}

export const PLAYGROUND_TEXT: Record<Lang, PlaygroundText> = {
	en: {
		severity: { error: 'Error', warning: 'Warning', info: 'Note' },
		severityPlural: {
			error: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
			warning: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
			info: (n) => `${n} ${n === 1 ? 'note' : 'notes'}`,
		},
		summary: (c, documents, version, coverage) => {
			const docs = `${documents} ${documents === 1 ? 'document' : 'documents'}`;
			const total = c.error + c.warning + c.info;
			const counts = `${c.error} ${c.error === 1 ? 'error' : 'errors'}, ${c.warning} ${c.warning === 1 ? 'warning' : 'warnings'}, ${c.info} ${c.info === 1 ? 'note' : 'notes'}`;
			const unchecked = PLAYGROUND_TEXT.en.unchecked(coverage);
			if (c.error === 0 && unchecked.length > 0) {
				// Acceptance is claimed only for what every layer could check.
				const checked = documents - uncheckedCount(coverage);
				const lead = checked > 0 ? `No errors in the ${checked} checked ${checked === 1 ? 'document' : 'documents'}` : 'Nothing here could be checked against the API server';
				return `${lead}: ${counts} in ${docs} for Kubernetes ${version}. Not checked: ${unchecked.join('; ')}.`;
			}
			if (total === 0) return `No problems in ${docs} for Kubernetes ${version}.`;
			const verdict = c.error > 0 ? 'The API server would reject this' : 'The API server would accept this';
			return `${verdict}: ${counts} in ${docs} for Kubernetes ${version}.`;
		},
		unchecked: (coverage) => {
			if (!coverage) return [];
			const out: string[] = [];
			const n = (list: number[], one: string, many: string) => `${list.length} ${list.length === 1 ? one : many}`;
			if (coverage.noSchema.length) out.push(`${n(coverage.noSchema, 'custom resource', 'custom resources')}: no schema (include its CustomResourceDefinition)`);
			if (coverage.celNotEvaluated.length) out.push(`${n(coverage.celNotEvaluated, 'custom resource', 'custom resources')}: CEL rules not evaluated`);
			if (coverage.helmTemplates.length) out.push(`${n(coverage.helmTemplates, 'Helm template', 'Helm templates')}: render with helm template first`);
			if (coverage.kustomizations.length) out.push(`${n(coverage.kustomizations, 'kustomization file', 'kustomization files')}: kustomize's input, not sent to the API server`);
			return out;
		},
		tooLarge: (length, limit) =>
			`Nothing was checked: the input is ${length.toLocaleString('en')} characters long and this page checks at most ${limit.toLocaleString('en')}. Split it into smaller pieces and check them one by one, or check the whole file with the project’s command-line tool (in a clone of the site’s repository: npm run cli -- lint FILE).`,
		checking: 'Checking…',
		location: (line, column) => `Line ${line}, column ${column}`,
		cursor: (line, column) => `Cursor: line ${line}, column ${column}`,
		textLabel: 'Manifests (YAML)',
		textHint: 'Paste or type one or more Kubernetes objects, separated by ---. Nothing you type leaves the page.',
		editorHint: 'Keyboard: in the code editor, Tab indents. To leave the editor, press Esc, then Tab (or Shift+Tab); a Tab pressed as soon as you arrive also moves on, so tabbing through the page never types into the text. Ctrl+M (Ctrl+Shift+M on macOS) makes Tab always move the focus; press it again to go back.',
		version: 'Kubernetes version',
		examples: 'Examples',
		rules: 'Best-practice rules',
		rulesHint: 'Switch off the advice you do not need. Errors from the API server’s own checks cannot be switched off here.',
		problems: 'Problems',
		noProblems: 'No problems found.',
		reset: 'Reset to the example',
		share: 'Share link',
		copyLink: 'Copy link',
		copied: 'Link copied.',
		copyFailed: 'Could not copy; the link is selected, press Ctrl+C.',
		tooLongToShare: 'This manifest is too long for a share link; the link holds only the settings.',
		badLink: 'This link does not hold a valid manifest, so the example is shown instead.',
		notKept: (reason, length, limit) =>
			reason === 'too-long'
				? `Not kept in this browser: this manifest is ${length.toLocaleString('en')} characters long and the page keeps at most ${limit.toLocaleString('en')}. After a reload it will be gone; save it to a file.`
				: 'Not kept in this browser: its storage is full or switched off. After a reload this manifest will be gone; save it to a file.',
		notKeptOnLoad: (reason, length, limit) =>
			reason === 'too-long'
				? `Your last manifest was not kept in this browser (${length.toLocaleString('en')} characters; the page keeps at most ${limit.toLocaleString('en')}), so the example is shown.`
				: `Your last manifest (${length.toLocaleString('en')} characters) was not kept: this browser’s storage was full or switched off. The example is shown.`,
		badLinkKept: 'This link does not hold a valid manifest, so the manifest you had is kept.',
		unrecognisedLink: 'The link’s contents are not recognised.',
		settingsOnlyLink: (appliedTo, version, rulesOff) => {
			const rules = rulesOff === 0 ? 'all best-practice rules on' : `${rulesOff} best-practice ${rulesOff === 1 ? 'rule' : 'rules'} switched off`;
			const target = { example: 'the example', stored: 'your last manifest from this browser', current: 'the manifest you had' }[appliedTo];
			return `This link holds settings only (Kubernetes ${version}, ${rules}), no manifest: the manifest it was made from was too long for a link. The settings now apply to ${target}; to check the original manifest, paste it here.`;
		},
		openEditor: 'Open the code editor',
		loadingEditor: 'Loading the code editor…',
		editorFailed: 'The code editor could not load; the plain text area keeps working.',
		plainText: 'Use the plain text area',
		noscript: 'JavaScript is off: this is the example and what the validator says about it. Turn JavaScript on to check your own manifests.',
		workerFailed: 'The validator stopped unexpectedly and was restarted.',
		timedOut: 'Checking took too long and was stopped; shorten the input.',
		exampleLoaded: (title) => `Loaded the example “${title}”.`,
	},
	zh: {
		severity: { error: '错误', warning: '警告', info: '提示' },
		severityPlural: {
			error: (n) => `${n} 个错误`,
			warning: (n) => `${n} 个警告`,
			info: (n) => `${n} 条提示`,
		},
		summary: (c, documents, version, coverage) => {
			const total = c.error + c.warning + c.info;
			const unchecked = PLAYGROUND_TEXT.zh.unchecked(coverage);
			if (c.error === 0 && unchecked.length > 0) {
				const checked = documents - uncheckedCount(coverage);
				const lead = checked > 0 ? `已检查的 ${checked} 个文档中没有错误` : '这里没有可以按 API 服务器规则检查的内容';
				return `${lead}：Kubernetes ${version} 下 ${documents} 个文档中有 ${c.error} 个错误、${c.warning} 个警告、${c.info} 条提示。未检查：${unchecked.join('；')}。`;
			}
			if (total === 0) return `${documents} 个文档在 Kubernetes ${version} 下没有问题。`;
			const verdict = c.error > 0 ? 'API 服务器会拒绝它' : 'API 服务器会接受它';
			return `${verdict}：Kubernetes ${version} 下 ${documents} 个文档中有 ${c.error} 个错误、${c.warning} 个警告、${c.info} 条提示。`;
		},
		unchecked: (coverage) => {
			if (!coverage) return [];
			const out: string[] = [];
			if (coverage.noSchema.length) out.push(`${coverage.noSchema.length} 个自定义资源没有模式（请一并提供其 CustomResourceDefinition）`);
			if (coverage.celNotEvaluated.length) out.push(`${coverage.celNotEvaluated.length} 个自定义资源的 CEL 规则未求值`);
			if (coverage.helmTemplates.length) out.push(`${coverage.helmTemplates.length} 个 Helm 模板（请先用 helm template 渲染）`);
			if (coverage.kustomizations.length) out.push(`${coverage.kustomizations.length} 个 kustomization 文件（kustomize 的输入，不会发给 API 服务器）`);
			return out;
		},
		tooLarge: (length, limit) =>
			`未做任何检查：输入有 ${length.toLocaleString('en')} 个字符，本页最多检查 ${limit.toLocaleString('en')} 个。请拆分成较小的部分逐个检查，或用本项目的命令行工具检查整个文件（在本站代码仓库的克隆中运行：npm run cli -- lint 文件名）。`,
		checking: '正在检查……',
		location: (line, column) => `第 ${line} 行第 ${column} 列`,
		cursor: (line, column) => `光标：第 ${line} 行第 ${column} 列`,
		textLabel: '清单（YAML）',
		textHint: '粘贴或输入一个或多个 Kubernetes 对象，用 --- 分隔。你输入的内容不会离开本页面。',
		editorHint: '键盘操作：在代码编辑器中，Tab 键用于缩进。要离开编辑器，先按 Esc，再按 Tab（或 Shift+Tab）；刚进入编辑器时按 Tab 也会直接移到下一项，因此用 Tab 键浏览页面不会改动文本。按 Ctrl+M（macOS 上为 Ctrl+Shift+M）可让 Tab 键始终移动焦点；再按一次即可恢复。',
		version: 'Kubernetes 版本',
		examples: '示例',
		rules: '最佳实践规则',
		rulesHint: '关闭你不需要的建议。API 服务器自身检查产生的错误在这里不能关闭。',
		problems: '问题',
		noProblems: '没有发现问题。',
		reset: '恢复为示例',
		share: '分享链接',
		copyLink: '复制链接',
		copied: '链接已复制。',
		copyFailed: '无法复制；链接已选中，请按 Ctrl+C。',
		tooLongToShare: '这份清单太长，无法放进分享链接；链接中只保存了设置。',
		badLink: '这个链接中没有有效的清单，因此显示的是示例。',
		notKept: (reason, length, limit) =>
			reason === 'too-long'
				? `未保存在此浏览器中：这份清单有 ${length.toLocaleString('en')} 个字符，本页最多保存 ${limit.toLocaleString('en')} 个。重新加载后它将丢失，请另存为文件。`
				: '未保存在此浏览器中：浏览器存储已满或已关闭。重新加载后这份清单将丢失，请另存为文件。',
		notKeptOnLoad: (reason, length, limit) =>
			reason === 'too-long'
				? `你上次的清单未保存在此浏览器中（${length.toLocaleString('en')} 个字符，本页最多保存 ${limit.toLocaleString('en')} 个），因此显示的是示例。`
				: `你上次的清单（${length.toLocaleString('en')} 个字符）未能保存：此浏览器的存储已满或已关闭。现在显示的是示例。`,
		badLinkKept: '这个链接中没有有效的清单，因此保留了你原来的清单。',
		unrecognisedLink: '无法识别链接中的内容。',
		settingsOnlyLink: (appliedTo, version, rulesOff) => {
			const rules = rulesOff === 0 ? '所有最佳实践规则均已开启' : `关闭了 ${rulesOff} 条最佳实践规则`;
			const target = { example: '示例', stored: '你上次在此浏览器中的清单', current: '你原来的清单' }[appliedTo];
			return `这个链接只包含设置（Kubernetes ${version}，${rules}），没有清单：生成它的清单太长，放不进链接。这些设置现已应用于${target}；如需检查原来那份清单，请把它粘贴进来。`;
		},
		openEditor: '打开代码编辑器',
		loadingEditor: '正在加载代码编辑器……',
		editorFailed: '代码编辑器无法加载；纯文本框仍可使用。',
		plainText: '使用纯文本框',
		noscript: 'JavaScript 已关闭：这里显示的是示例及校验器对它的结论。开启 JavaScript 即可检查你自己的清单。',
		workerFailed: '校验器意外停止，已重新启动。',
		timedOut: '检查耗时过长，已被停止；请缩短输入。',
		exampleLoaded: (title) => `已载入示例“${title}”。`,
	},
};
