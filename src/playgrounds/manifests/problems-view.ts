// Diagnostics → what the problems list shows: counts by severity, a summary line and one listbox option per problem
// (carrying the range to jump to; the list itself is src/playgrounds/common/problem-list.ts, shared with the CIDR page). One element tree feeds both the build-time HTML and the browser's DOM.
// The words come in: the playground text of the page's language, and each problem's message formatted by
// the caller with its catalogue.
import { h } from '../common/view-tree.ts';
import type { ViewNode } from '../common/view-tree.ts';
import { problemOptions } from '../common/problem-list.ts';
import type { ListedProblem } from '../common/problem-list.ts';
import type { PlaygroundText } from './text.ts';
import { verdict } from '../../lib/manifest/messages/report-words.ts';
import type { Diagnostic, LintResult, Severity } from '../../lib/manifest/types.ts';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function problemCounts(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
	const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
	for (const d of diagnostics) counts[d.severity] += 1;
	return counts;
}

export function summaryText(result: LintResult, T: PlaygroundText): string {
	if (result.tooLarge) return T.tooLarge(result.tooLarge.length, result.tooLarge.limit);
	return verdict(T.report, problemCounts(result.diagnostics), result.documents.length, result.k8sVersion, result.coverage);
}

/** Badges with the count of each severity, e.g. "2 errors · 1 warning · 0 notes". */
export function countsView(result: LintResult, T: PlaygroundText): ViewNode[] {
	const counts = problemCounts(result.diagnostics);
	return SEVERITIES.map((s) => h('span', { class: `mp-count mp-${s}`, 'data-severity': s, 'data-count': counts[s] }, T.report.count({ severity: s, count: counts[s] })));
}

export type { ListedProblem };

/** The manifest playground's problems list (src/playgrounds/common/problem-list.ts) in the page's words. */
export function problemsView<P extends ListedProblem>(result: { diagnostics: readonly P[] }, T: PlaygroundText, messageOf: (problem: P) => string): ViewNode[] {
	return problemOptions(result.diagnostics, T.report, messageOf, 'mp');
}
