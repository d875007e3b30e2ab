// `--format json` (and its stable alias `--json`): one JSON object,
// { k8sVersion, files: [ { file, diagnostics: [ { severity, rule, message, messageId, params, line, column, endLine, endColumn, path } ], coverage } ] }.
// `message` is in the --lang language; `messageId` and `params` are the same in every language.
// The shape is an interface: scripts parse it, so fields are only ever added.
import type { LintReport } from './report.ts';

export function formatJson(report: LintReport): string {
	const files = report.files.map(({ file, diagnostics, coverage }) => ({
		file,
		diagnostics: diagnostics.map(({ severity, rule, message, messageId, params, line, column, endLine, endColumn, path }) => ({
			severity,
			rule,
			message,
			messageId,
			params,
			line,
			column,
			endLine,
			endColumn,
			path,
		})),
		coverage,
	}));
	return `${JSON.stringify({ k8sVersion: report.k8sVersion, files }, null, 2)}\n`;
}
