// Everything wrong with the configuration text, located: what the reader found (YAML errors, fields
// kubeadm refuses) and the CIDR rules' diagnostics moved from the form's fields onto the values in the
// text — onto the exact characters of one CIDR in a comma-separated list when the text spells it plainly.
import type { AnalyzeResult, Diagnostic as PlanDiagnostic, Field, Message, Severity } from '../cidr/types.ts';
import type { Diagnostic } from '../manifest/types.ts';
import { lineStarts, positionAt } from '../manifest/text-position.ts';
import type { ClusterConfigRead, ConfigField } from './read-config.ts';

/** Shaped like the manifest validator's diagnostics (one text, so no document index), so the same editor
 * markers and problem list show both. */
export type ConfigProblem = Omit<Diagnostic, 'document' | 'message'> & { message: Message };

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const isConfigField = (field: Field): field is ConfigField => field !== 'node';

export function configProblems(input: string, read: ClusterConfigRead, plan: AnalyzeResult | undefined): ConfigProblem[] {
	const starts = lineStarts(input);
	const located: Array<Omit<ConfigProblem, 'line' | 'column' | 'endLine' | 'endColumn'>> = read.findings.map((f) => ({
		severity: f.severity,
		rule: f.rule,
		message: f.message,
		offset: f.start,
		endOffset: f.end,
		path: f.path,
	}));

	if (plan && read.state && read.cluster) {
		const cluster = read.cluster;
		/** Where a plan diagnostic about `field` goes; undefined for the node network (not in the text). */
		const place = (field: Field, range: PlanDiagnostic['range']): { start: number; end: number; path: string } | undefined => {
			if (!isConfigField(field)) return undefined;
			const value = read.values[field];
			if (!value) {
				// Left out: point at the document that would hold it.
				const anchor = field === 'maxPods' && read.kubelet ? read.kubelet : cluster;
				return { start: anchor.kindStart, end: anchor.kindEnd, path: '' };
			}
			if (range && value.contentStart !== undefined) {
				return { start: value.contentStart + range.start, end: value.contentStart + Math.max(range.end, range.start + 1), path: value.path };
			}
			return { start: value.start, end: Math.max(value.end, value.start + 1), path: value.path };
		};
		for (const d of plan.diagnostics) {
			// A relation (an overlap, a family mismatch) is shown on both values that are in the text.
			const sides = [place(d.field, d.range), d.related ? place(d.related.field, d.related.range) : undefined];
			const seen = new Set<string>();
			for (const at of sides) {
				if (!at || seen.has(`${at.start}:${at.end}`)) continue;
				seen.add(`${at.start}:${at.end}`);
				located.push({ severity: d.severity, rule: d.rule, message: d.message, offset: at.start, endOffset: at.end, path: at.path });
			}
		}
	}

	return located
		.map((p) => {
			const from = positionAt(input, p.offset, starts);
			const to = positionAt(input, Math.max(p.endOffset, p.offset + 1), starts);
			return { ...p, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
		})
		.sort((a, b) => a.offset - b.offset || ORDER[a.severity] - ORDER[b.severity]);
}
