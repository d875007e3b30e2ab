// `--format text` (the default): one `file:line:column severity rule message` line per finding, what was
// not checked, and a one-line summary. Editors and terminals turn `file:line:column` into a link.
import { PLAYGROUND_TEXT } from '../../playgrounds/manifests/texts.ts';
import type { LintReport } from './report.ts';

export function formatText(report: LintReport): string {
	const { files, lang, k8sVersion } = report;
	const lines: string[] = [];
	for (const { file, diagnostics } of files) {
		for (const d of diagnostics) lines.push(`${file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
	}
	// Say what was not checked, so that "0 errors" is not read as "the API server accepts all of it".
	for (const { file, coverage } of files) {
		const unchecked = PLAYGROUND_TEXT[lang].unchecked(coverage);
		if (unchecked.length) lines.push(lang === 'zh' ? `${file}：未检查：${unchecked.join('；')}` : `${file}: not checked: ${unchecked.join('; ')}`);
	}
	const count = (severity: string) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === severity).length, 0);
	const summary =
		lang === 'zh'
			? `${files.length} 个文件：${count('error')} 个错误，${count('warning')} 个警告，${count('info')} 条提示（Kubernetes ${k8sVersion}）`
			: `${files.length} file(s): ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info (Kubernetes ${k8sVersion})`;
	return `${lines.length ? `${lines.join('\n')}\n` : ''}${summary}\n`;
}
