// The public entry point: check an address plan against what kubeadm, the API server and the controller manager
// enforce (and what they accept but breaks a cluster), and derive its capacity.

import { checkCapacity } from './capacity.ts';
import { checkFamilies } from './families.ts';
import { checkList, parseList } from './lists.ts';
import { checkOverlaps } from './overlaps.ts';
import { deriveCapacity, toPlan } from './plan.ts';
import { readSettings } from './settings.ts';
import { checkPodSizes, checkServiceSizes } from './sizes.ts';
import { checkSpecialRanges } from './special.ts';
import type { AnalyzeResult, Diagnostic, Field, PlanInput } from './types.ts';

const FIELD_ORDER: Record<Field, number> = { pod: 0, service: 1, node: 2, nodeMaskV4: 3, nodeMaskV6: 4, maxPods: 5 };
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Coerce possibly-missing or non-string input (e.g. from a parsed URL hash) to text. */
function text(value: unknown): string {
	return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function raw(value: unknown): number | string | undefined {
	if (value === undefined || value === null) return undefined;
	return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

/**
 * Analyse a plan. Never throws, whatever the input; diagnostics are sorted by field, entry and severity.
 * `ok` is true when no diagnostic is an error.
 */
export function analyzePlan(input: PlanInput): AnalyzeResult {
	const pod = parseList('pod', text(input.pod));
	const service = parseList('service', text(input.service));
	const node = parseList('node', text(input.node));
	const { settings, diagnostics: settingDiagnostics } = readSettings(
		{ nodeMaskV4: raw(input.nodeMaskV4), nodeMaskV6: raw(input.nodeMaskV6), maxPods: raw(input.maxPods) },
		pod,
	);

	const capacity = deriveCapacity(pod, service, node, settings);
	const diagnostics: Diagnostic[] = [
		...checkList(pod, true),
		...checkList(service, true),
		...checkList(node, false),
		...checkFamilies(pod, service, node),
		...settingDiagnostics,
		...checkServiceSizes(service),
		...checkPodSizes(pod, settings),
		...checkOverlaps(node, pod, service, settings),
		...checkSpecialRanges(pod),
		...checkSpecialRanges(service),
		...checkSpecialRanges(node),
		...checkCapacity(capacity, settings),
	];

	const ordered = diagnostics
		.map((d, i) => ({ d, i }))
		.sort(
			(a, b) =>
				FIELD_ORDER[a.d.field] - FIELD_ORDER[b.d.field] || (a.d.index ?? -1) - (b.d.index ?? -1) || SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity] || a.i - b.i,
		)
		.map((x) => x.d);

	return {
		ok: !ordered.some((d) => d.severity === 'error'),
		diagnostics: ordered,
		plan: toPlan(capacity, service),
		settings: { nodeMaskV4: settings.nodeMaskV4, nodeMaskV6: settings.nodeMaskV6, maxPods: settings.maxPods },
	};
}
