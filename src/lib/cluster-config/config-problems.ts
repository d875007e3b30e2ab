// Everything wrong with the configuration text, located: what the reader found (YAML errors, fields
// kubeadm refuses) and the CIDR rules' diagnostics moved from the form's fields onto the values in the
// text — onto the exact characters of one CIDR in a comma-separated list when the text spells it plainly.
// Both front ends use it: the CIDR page's kubeadm view (with the form's analysis, which adds the node
// network) and the manifest validator (fileProblems: the file alone).
import { analyzePlan } from '../cidr/index.ts';
import type { AnalyzeResult, CidrMessage, Diagnostic as PlanDiagnostic, Field, PlanInput, Severity } from '../cidr/index.ts';
import { lineStarts, positionAt } from '../manifest/text-position.ts';
import type { Diagnostic } from '../manifest/index.ts';
import type { ClusterConfigRead, ConfigField, ConfigFindingMessage } from './read-config.ts';

/** Shaped like the manifest validator's diagnostics (one text, so no document index), so the same editor
 * markers and problem list show both; the message is a reference for the page's catalogue. */
export type ConfigProblem = Omit<Diagnostic, 'document' | 'message' | 'rule'> & { rule: string; message: ConfigFindingMessage | CidrMessage };

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const isConfigField = (field: Field): field is ConfigField => field !== 'node';

/** The plan a configuration states, as the CIDR rules take it; the node network is not in the file. */
export function configPlanInput(state: Record<ConfigField, string>, node = ''): PlanInput {
	return { pod: state.pod, service: state.service, node, nodeMaskV4: state.nodeMaskV4, nodeMaskV6: state.nodeMaskV6, maxPods: state.maxPods };
}

export function configProblems(input: string, read: ClusterConfigRead, plan: AnalyzeResult | undefined): ConfigProblem[] {
	return locate(input, read, plan?.diagnostics ?? [], true);
}

/**
 * The problems of a configuration file on its own (the manifest validator): the plan it states, read the
 * same way as the CIDR page reads it (node masks and maxPods included). Without a podSubnet kubeadm turns
 * node IPAM off (the CNI plugin allocates Pod addresses), so only the Service subnet is judged; without
 * either nothing is. A relation with a value the file leaves out is shown on the value it has.
 */
export function fileProblems(input: string, read: ClusterConfigRead): ConfigProblem[] {
	if (!read.state || !read.cluster) return [];
	const hasPods = read.values.pod !== undefined;
	const hasService = read.values.service !== undefined;
	if (!hasPods && !hasService) return [];
	const { diagnostics } = analyzePlan(configPlanInput(read.state));
	const judged = diagnostics
		.filter((d) => hasPods || (d.field !== 'pod' && d.related?.field !== 'pod' && d.field !== 'maxPods' && !d.field.startsWith('nodeMask')))
		// kubeadm's default Service subnet alone is not the file's problem, only a relation with a value it has.
		.filter((d) => hasService || d.field !== 'service' || d.related?.field === 'pod');
	return locate(input, { ...read, findings: [] }, judged, false);
}

function locate(input: string, read: ClusterConfigRead, diagnostics: readonly PlanDiagnostic[], absentOnDocument: boolean): ConfigProblem[] {
	const starts = lineStarts(input);
	const located: Array<Omit<ConfigProblem, 'line' | 'column' | 'endLine' | 'endColumn'>> = read.findings.map((f) => ({
		severity: f.severity,
		rule: f.rule,
		message: f.message,
		offset: f.start,
		endOffset: f.end,
		path: f.path,
	}));

	if (read.state && read.cluster) {
		const cluster = read.cluster;
		/** Where a plan diagnostic about `field` goes; undefined for the node network (not in the text). */
		const place = (field: Field, range: PlanDiagnostic['range'], present: boolean): { start: number; end: number; path: string } | undefined => {
			if (!isConfigField(field)) return undefined;
			const value = read.values[field];
			if (!value) {
				// Left out: point at the document that would hold it (unless the other side is in the text).
				if (!absentOnDocument && present) return undefined;
				const anchor = field === 'maxPods' && read.kubelet ? read.kubelet : cluster;
				return { start: anchor.kindStart, end: anchor.kindEnd, path: '' };
			}
			if (range && value.contentStart !== undefined) {
				return { start: value.contentStart + range.start, end: value.contentStart + Math.max(range.end, range.start + 1), path: value.path };
			}
			return { start: value.start, end: Math.max(value.end, value.start + 1), path: value.path };
		};
		const inText = (field: Field | undefined) => field !== undefined && isConfigField(field) && read.values[field] !== undefined;
		for (const d of diagnostics) {
			// A relation (an overlap, a family mismatch) is shown on both values that are in the text.
			const sides = [place(d.field, d.range, inText(d.related?.field)), d.related ? place(d.related.field, d.related.range, inText(d.field)) : undefined];
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
