// The shape of the words around findings (en/report.ts, zh/report.ts) and the one way to turn a lint
// result's coverage into their "not checked" phrases, for the playground and the CLI alike.
import type { LintCoverage, Severity } from '../types.ts';
import type { report } from './en/report.ts';

export type ReportWords = typeof report;
export type SeverityCounts = Record<Severity, number>;

/** Why some documents were not checked by every layer: the keys of LintCoverage. */
export type UncheckedReason = keyof LintCoverage;
const REASONS: readonly UncheckedReason[] = ['noSchema', 'celNotEvaluated', 'helmTemplates', 'kustomizations'];

/** What was not checked, one phrase per reason that applies (empty when everything was). */
export function uncheckedPhrases(words: ReportWords, coverage: LintCoverage | undefined): string[] {
	if (!coverage) return [];
	return REASONS.filter((reason) => coverage[reason].length > 0).map((reason) => words.unchecked({ reason, count: coverage[reason].length }));
}

/** Documents some layer could not check (each document is listed under one reason only). */
export function uncheckedCount(coverage: LintCoverage | undefined): number {
	if (!coverage) return 0;
	return REASONS.reduce((n, reason) => n + coverage[reason].length, 0);
}

/** The verdict on a lint result's counts and coverage, in the words' language. */
export function verdict(words: ReportWords, counts: SeverityCounts, documents: number, version: string, coverage: LintCoverage | undefined): string {
	return words.summary({ counts, documents, checked: documents - uncheckedCount(coverage), version, unchecked: uncheckedPhrases(words, coverage) });
}
