// English words around the findings, shared by every front end that shows them: the manifest playground,
// the CIDR page's kubeadm view and the CLI's formatters (severity names and counts, where a problem is, the
// verdict line, what was not checked). Diagnostics themselves bring their words from the engine catalogues.
import { formatNumber, plural } from '../../../i18n/index.ts';
import type { MessageFunctions } from '../../../i18n/index.ts';
import type { Severity } from '../../types.ts';
import type { SeverityCounts, UncheckedReason } from '../report-words.ts';

const NAME: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
const COUNT: Record<Severity, { one: string; other: string }> = {
	error: { one: '{n} error', other: '{n} errors' },
	warning: { one: '{n} warning', other: '{n} warnings' },
	info: { one: '{n} note', other: '{n} notes' },
};
const UNCHECKED: Record<UncheckedReason, { one: string; other: string }> = {
	noSchema: {
		one: '{n} custom resource: no schema (include its CustomResourceDefinition)',
		other: '{n} custom resources: no schema (include their CustomResourceDefinitions)',
	},
	celNotEvaluated: { one: '{n} custom resource: CEL rules not evaluated', other: '{n} custom resources: CEL rules not evaluated' },
	helmTemplates: { one: '{n} Helm template: render with helm template first', other: '{n} Helm templates: render with helm template first' },
	kustomizations: {
		one: "{n} kustomization file: kustomize's input, not sent to the API server",
		other: "{n} kustomization files: kustomize's input, not sent to the API server",
	},
};

const count = (severity: Severity, n: number) => plural('en', n, COUNT[severity]);
const counts = (c: SeverityCounts) => `${count('error', c.error)}, ${count('warning', c.warning)}, ${count('info', c.info)}`;
const documents = (n: number) => plural('en', n, { one: '{n} document', other: '{n} documents' });
const notChecked = (items: readonly string[]) => items.join('; ');

export const report = {
	/** "Error", as a problem's label. */
	severity: (p: { severity: Severity }) => NAME[p.severity],
	/** A label before what it labels ("Error:"). */
	label: (p: { label: string }) => `${p.label}:`,
	/** Between two sentences: a space in English. */
	sentenceGap: () => ' ',
	/** "2 errors". */
	count: (p: { severity: Severity; count: number }) => count(p.severity, p.count),
	location: (p: { line: number; column: number }) => `Line ${p.line}, column ${p.column}`,
	noProblems: () => 'No problems found.',
	/** One reason some documents were not checked, with how many. */
	unchecked: (p: { reason: UncheckedReason; count: number }) => plural('en', p.count, UNCHECKED[p.reason]),
	/**
	 * The verdict on one input: `unchecked` are the phrases of `unchecked` above; acceptance is claimed only
	 * for what every layer could check (`checked` documents).
	 */
	summary: (p: { counts: SeverityCounts; documents: number; checked: number; version: string; unchecked: readonly string[] }) => {
		const tail = `${counts(p.counts)} in ${documents(p.documents)} for Kubernetes ${p.version}`;
		if (p.counts.error === 0 && p.unchecked.length > 0) {
			const lead =
				p.checked > 0
					? `No errors in the ${plural('en', p.checked, { one: '{n} checked document', other: '{n} checked documents' })}`
					: 'Nothing here could be checked against the API server';
			return `${lead}: ${tail}. Not checked: ${notChecked(p.unchecked)}.`;
		}
		if (p.counts.error + p.counts.warning + p.counts.info === 0) return `No problems in ${documents(p.documents)} for Kubernetes ${p.version}.`;
		return `${p.counts.error > 0 ? 'The API server would reject this' : 'The API server would accept this'}: ${tail}.`;
	},
	/** The CLI: what was not checked in one file (after its findings). */
	fileNotChecked: (p: { file: string; unchecked: readonly string[] }) => `${p.file}: not checked: ${notChecked(p.unchecked)}`,
	/** The CLI (SARIF notification, JUnit skip): what was not checked. */
	notChecked: (p: { unchecked: readonly string[] }) => `Not checked: ${notChecked(p.unchecked)}`,
	/** The CLI's last line. */
	filesSummary: (p: { files: number; counts: SeverityCounts; version: string }) =>
		`${plural('en', p.files, { one: '{n} file', other: '{n} files' })}: ${counts(p.counts)} (Kubernetes ${p.version})`,
	/** JUnit: a YAML document as a test case. */
	documentCase: (p: { what: string | undefined; index: number; startLine: number; endLine: number }) =>
		`${p.what ?? 'document'} (document ${formatNumber('en', p.index)}, lines ${p.startLine}–${p.endLine})`,
	/** JUnit: the findings about a file as a whole. */
	wholeFile: () => 'whole file',
} satisfies MessageFunctions;
