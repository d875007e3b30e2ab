// `--format text` (the default): one `file:line:column severity rule message` line per finding, what was
// not checked, and a one-line summary. Editors and terminals turn `file:line:column` into a link.
import { uncheckedPhrases } from '../../lib/manifest/messages/report-words.ts';
import type { Severity } from '../../lib/manifest/index.ts';
import { REPORT_WORDS } from './report.ts';
import type { LintReport } from './report.ts';

export function formatText(report: LintReport): string {
	const { files, lang, k8sVersion } = report;
	const W = REPORT_WORDS[lang];
	const lines: string[] = [];
	for (const { file, diagnostics } of files) {
		for (const d of diagnostics) lines.push(`${file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
	}
	// Say what was not checked, so that "0 errors" is not read as "the API server accepts all of it".
	for (const { file, coverage } of files) {
		const unchecked = uncheckedPhrases(W, coverage);
		if (unchecked.length) lines.push(W.fileNotChecked({ file, unchecked }));
	}
	const count = (severity: Severity) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === severity).length, 0);
	const summary = W.filesSummary({ files: files.length, counts: { error: count('error'), warning: count('warning'), info: count('info') }, version: k8sVersion });
	return `${lines.length ? `${lines.join('\n')}\n` : ''}${summary}\n`;
}
