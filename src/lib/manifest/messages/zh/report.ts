// 发现的问题周围的简体中文文字（与 ../en/report.ts 的键和参数相同）：清单练习场、CIDR 页面的 kubeadm 视图和命令行工具共用。
import { formatNumber } from '../../../i18n/index.ts';
import type { CatalogueLike } from '../../../i18n/index.ts';
import type { Severity } from '../../types.ts';
import type { report as en } from '../en/report.ts';
import type { SeverityCounts, UncheckedReason } from '../report-words.ts';

const NAME: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
// 中文没有复数形式，只有量词。
const COUNT: Record<Severity, string> = { error: '个错误', warning: '个警告', info: '条提示' };
const UNCHECKED: Record<UncheckedReason, string> = {
	noSchema: '个自定义资源没有模式（请一并提供其 CustomResourceDefinition）',
	celNotEvaluated: '个自定义资源的 CEL 规则未求值',
	helmTemplates: '个 Helm 模板（请先用 helm template 渲染）',
	kustomizations: '个 kustomization 文件（kustomize 的输入，不会发给 API 服务器）',
};

const n = (value: number) => formatNumber('zh', value);
const count = (severity: Severity, value: number) => `${n(value)} ${COUNT[severity]}`;
const counts = (c: SeverityCounts, gap: string) => `${count('error', c.error)}${gap}${count('warning', c.warning)}${gap}${count('info', c.info)}`;
const notChecked = (items: readonly string[]) => items.join('；');

export const report: CatalogueLike<typeof en> = {
	severity: (p) => NAME[p.severity],
	label: (p) => `${p.label}：`,
	sentenceGap: () => '',
	count: (p) => count(p.severity, p.count),
	location: (p) => `第 ${p.line} 行第 ${p.column} 列`,
	noProblems: () => '没有发现问题。',
	unchecked: (p) => `${n(p.count)} ${UNCHECKED[p.reason]}`,
	summary: (p) => {
		const tail = `Kubernetes ${p.version} 下 ${n(p.documents)} 个文档中有 ${counts(p.counts, '、')}`;
		if (p.counts.error === 0 && p.unchecked.length > 0) {
			const lead = p.checked > 0 ? `已检查的 ${n(p.checked)} 个文档中没有错误` : '这里没有可以按 API 服务器规则检查的内容';
			return `${lead}：${tail}。未检查：${notChecked(p.unchecked)}。`;
		}
		if (p.counts.error + p.counts.warning + p.counts.info === 0) return `${n(p.documents)} 个文档在 Kubernetes ${p.version} 下没有问题。`;
		return `${p.counts.error > 0 ? 'API 服务器会拒绝它' : 'API 服务器会接受它'}：${tail}。`;
	},
	fileNotChecked: (p) => `${p.file}：未检查：${notChecked(p.unchecked)}`,
	notChecked: (p) => `未检查：${notChecked(p.unchecked)}`,
	filesSummary: (p) => `${n(p.files)} 个文件：${counts(p.counts, '，')}（Kubernetes ${p.version}）`,
	documentCase: (p) => `${p.what ?? '文档'} (第 ${n(p.index)} 个文档，第 ${p.startLine}–${p.endLine} 行)`,
	wholeFile: () => '整个文件',
};
