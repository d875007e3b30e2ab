// The result of `kprimer lint` over its files, as every output format reads it. The formatters only
// present it; what was found and what could not be checked are decided before.
import type { Lang, MessageParams } from '../../lib/i18n/index.ts';
import type { DocumentSummary, LintCoverage, Severity } from '../../lib/manifest/index.ts';
import { report as enReport } from '../../lib/manifest/messages/en/report.ts';
import { report as zhReport } from '../../lib/manifest/messages/zh/report.ts';
import type { ReportWords } from '../../lib/manifest/messages/report-words.ts';

export type { Lang };

export interface ReportDiagnostic {
	severity: Severity;
	rule: string;
	/** In the report's language. */
	message: string;
	/** The message as data (catalogue id and params), the same in every language. */
	messageId: string;
	params: MessageParams;
	/** 1-based; the end is exclusive (the column after the last character), in UTF-16 code units. */
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
	path: string;
	/** 0-based index of the YAML document. */
	document: number;
}

export interface FileReport {
	/** As given on the command line; `<stdin>` for "-". */
	file: string;
	diagnostics: ReportDiagnostic[];
	documents: DocumentSummary[];
	coverage?: LintCoverage;
}

export interface LintReport {
	k8sVersion: string;
	lang: Lang;
	files: FileReport[];
}

export const STDIN_NAME = '<stdin>';

/** The words around findings in the report's language (the manifest engine's report catalogue, shared with the playgrounds). */
export const REPORT_WORDS: Record<Lang, ReportWords> = { en: enReport, zh: zhReport };

/** The coverage of one document only, so that a per-document format can say what was not checked in it. */
export function documentCoverage(coverage: LintCoverage | undefined, document: number): LintCoverage | undefined {
	if (!coverage) return undefined;
	const only = (list: number[]) => list.filter((i) => i === document);
	return {
		noSchema: only(coverage.noSchema),
		celNotEvaluated: only(coverage.celNotEvaluated),
		helmTemplates: only(coverage.helmTemplates),
		kustomizations: only(coverage.kustomizations),
	};
}
