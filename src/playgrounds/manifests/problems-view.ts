// Diagnostics → what the problems list shows: counts by severity, a summary line and one listbox option per problem
// (carrying the range to jump to). One element tree feeds both the build-time HTML and the browser's DOM.
// The words come in: the playground text of the page's language, and each problem's message formatted by
// the caller with its catalogue.
import { h } from '../common/view-tree.ts';
import type { ViewNode } from '../common/view-tree.ts';
import type { PlaygroundText } from './text.ts';
import type { Diagnostic, LintResult, Severity } from '../../lib/manifest/types.ts';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function problemCounts(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
	const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
	for (const d of diagnostics) counts[d.severity] += 1;
	return counts;
}

export function summaryText(result: LintResult, T: PlaygroundText): string {
	if (result.tooLarge) return T.tooLarge(result.tooLarge.length, result.tooLarge.limit);
	return T.summary(problemCounts(result.diagnostics), result.documents.length, result.k8sVersion, result.coverage);
}

/** Badges with the count of each severity, e.g. "2 errors · 1 warning · 0 notes". */
export function countsView(result: LintResult, T: PlaygroundText): ViewNode[] {
	const counts = problemCounts(result.diagnostics);
	return SEVERITIES.map((s) => h('span', { class: `mp-count mp-${s}`, 'data-severity': s, 'data-count': counts[s] }, T.severityPlural[s](counts[s])));
}

/** What a problem list item shows: the manifest validator's diagnostics and the CIDR playground's kubeadm findings both fit. */
export type ListedProblem = Pick<Diagnostic, 'severity' | 'rule' | 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset' | 'path'>;

/**
 * One `<li role="option" data-offset …>` per problem, in the order given, for a `<ol role="listbox">`: the
 * list is one tab stop (the first option has tabindex 0, the rest -1) and src/playgrounds/common/roving-list.ts
 * moves among the options with the arrow keys. Options rather than buttons, because a listbox's options may
 * hold no focusable content. `prefix` namespaces the classes per playground.
 */
export function problemsView<P extends ListedProblem>(result: { diagnostics: readonly P[] }, T: PlaygroundText, messageOf: (problem: P) => string, prefix = 'mp'): ViewNode[] {
	const option = (i: number) => ({ role: 'option', tabindex: i === 0 ? '0' : '-1', 'aria-selected': i === 0 ? 'true' : 'false' });
	if (result.diagnostics.length === 0) return [h('li', { class: `${prefix}-no-problems`, ...option(0) }, T.noProblems)];
	return result.diagnostics.map((d, i) =>
		h(
			'li',
			{
				class: `${prefix}-problem ${prefix}-${d.severity}`,
				...option(i),
				'data-rule': d.rule,
				'data-severity': d.severity,
				'data-line': d.line,
				'data-column': d.column,
				'data-end-line': d.endLine,
				'data-end-column': d.endColumn,
				'data-offset': d.offset,
				'data-end-offset': d.endOffset,
			},
			h('span', { class: `${prefix}-severity` }, `${T.severity[d.severity]}${T.colon}`),
			T.sentenceGap,
			h('span', { class: `${prefix}-location` }, T.location(d.line, d.column)),
			' — ',
			h('span', { class: `${prefix}-message` }, messageOf(d)),
			' ',
			h('code', { class: `${prefix}-rule` }, d.rule),
			d.path ? [' ', h('code', { class: `${prefix}-path` }, d.path)] : [],
		),
	);
}
