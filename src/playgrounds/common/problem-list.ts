// A list of problems as both playgrounds show it (the manifest playground's findings, the CIDR page's kubeadm
// view): one listbox option per problem, carrying the range to jump to. The words come in: the report words
// of the page's language (src/lib/manifest/messages/<lang>/report.ts) and each problem's message, formatted
// by the caller with its catalogue.
import { h } from './view-tree.ts';
import type { ViewNode } from './view-tree.ts';
import type { Diagnostic } from '../../lib/manifest/index.ts';
import type { ReportWords } from '../../lib/manifest/messages/report-words.ts';

/** What a problem list item shows: the manifest validator's diagnostics and the CIDR playground's kubeadm findings both fit. */
export type ListedProblem = Pick<Diagnostic, 'severity' | 'rule' | 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset' | 'path'>;

/**
 * One `<li role="option" data-offset …>` per problem, in the order given, for a `<ol role="listbox">`: the
 * list is one tab stop (the first option has tabindex 0, the rest -1) and ./roving-list.ts moves among the
 * options with the arrow keys. Options rather than buttons, because a listbox's options may hold no
 * focusable content. `prefix` namespaces the classes per playground.
 */
export function problemOptions<P extends ListedProblem>(problems: readonly P[], W: ReportWords, messageOf: (problem: P) => string, prefix: string): ViewNode[] {
	const option = (i: number) => ({ role: 'option', tabindex: i === 0 ? '0' : '-1', 'aria-selected': i === 0 ? 'true' : 'false' });
	if (problems.length === 0) return [h('li', { class: `${prefix}-no-problems`, ...option(0) }, W.noProblems())];
	return problems.map((d, i) =>
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
			h('span', { class: `${prefix}-severity` }, W.label({ label: W.severity({ severity: d.severity }) })),
			W.sentenceGap(),
			h('span', { class: `${prefix}-location` }, W.location({ line: d.line, column: d.column })),
			' — ',
			h('span', { class: `${prefix}-message` }, messageOf(d)),
			' ',
			h('code', { class: `${prefix}-rule` }, d.rule),
			d.path ? [' ', h('code', { class: `${prefix}-path` }, d.path)] : [],
		),
	);
}
