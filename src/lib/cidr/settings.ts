// The numeric settings: node mask sizes per family and the kubelet's maxPods.
//
// Kubernetes source:
// - cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes: defaults 24 (IPv4) and 64 (IPv6); a value of
//   0 means "not set"; --node-cidr-mask-size-ipv4 is refused for a single-stack IPv6 cluster and
//   --node-cidr-mask-size-ipv6 for a single-stack IPv4 cluster (dual-stack accepts both).
// - pkg/kubelet/apis/config/validation/validation.go ValidateKubeletConfiguration: maxPods must not be negative;
//   the field is an int32 (pkg/kubelet/apis/config/types.go), default 110 (v1beta1/defaults.go).

import type { ParsedList } from './lists.ts';
import { byFamily } from './lists.ts';
import { message } from './message.ts';
import { quote } from './text.ts';
import { LIMITS, RULES, makeDiagnostic } from './rules.ts';
import type { Diagnostic, Family } from './types.ts';

export interface Settings {
	nodeMaskV4: number;
	nodeMaskV6: number;
	maxPods: number;
	/** Whether the user gave a node mask explicitly (an unused-family mask is only an error then). */
	givenV4: boolean;
	givenV6: boolean;
}

type Raw = number | string | undefined;

function isGiven(raw: Raw): boolean {
	return raw !== undefined && !(typeof raw === 'string' && raw === '');
}

/** Parse a whole decimal number (no sign, no exponent, no spaces); null when it is not one. */
function wholeNumber(raw: number | string, max: number): number | null {
	if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 && raw <= max ? raw : null;
	if (!/^[0-9]{1,10}$/.test(raw)) return null;
	const value = Number(raw);
	return value <= max ? value : null;
}

export function readSettings(input: { nodeMaskV4?: Raw; nodeMaskV6?: Raw; maxPods?: Raw }, pod: ParsedList): { settings: Settings; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const settings: Settings = {
		nodeMaskV4: LIMITS.defaultNodeMaskV4,
		nodeMaskV6: LIMITS.defaultNodeMaskV6,
		maxPods: LIMITS.defaultMaxPods,
		givenV4: isGiven(input.nodeMaskV4),
		givenV6: isGiven(input.nodeMaskV6),
	};

	const masks: Array<{ field: 'nodeMaskV4' | 'nodeMaskV6'; family: Family; width: number; raw: Raw; fallback: number }> = [
		{ field: 'nodeMaskV4', family: 'IPv4', width: 32, raw: input.nodeMaskV4, fallback: LIMITS.defaultNodeMaskV4 },
		{ field: 'nodeMaskV6', family: 'IPv6', width: 128, raw: input.nodeMaskV6, fallback: LIMITS.defaultNodeMaskV6 },
	];
	for (const m of masks) {
		if (!isGiven(m.raw) || m.raw === undefined) continue;
		const value = wholeNumber(m.raw, m.width);
		const text = String(m.raw);
		if (value === null || value < 1) {
			diagnostics.push(
				makeDiagnostic(
					RULES.nodeMaskInvalid,
					m.field,
					message('cidr/node-mask-invalid', { field: m.field, input: quote(text), zero: text.trim() === '0', family: m.family, width: m.width, fallback: m.fallback }),
					{
						range: { start: 0, end: text.length },
					},
				),
			);
			continue;
		}
		if (m.field === 'nodeMaskV4') settings.nodeMaskV4 = value;
		else settings.nodeMaskV6 = value;
	}

	// A mask for a family a single-stack cluster does not use (only when the Pod list parsed cleanly).
	const families = byFamily(pod);
	if (families.length === 1 && pod.valid.length === pod.entries.length) {
		const only = families[0]?.cidr.family;
		for (const m of masks) {
			if (only && m.family !== only && isGiven(m.raw)) {
				const text = String(m.raw);
				diagnostics.push(
					makeDiagnostic(RULES.nodeMaskUnusedFamily, m.field, message('cidr/node-mask-unused-family', { field: m.field, family: m.family, clusterFamily: only }), {
						range: { start: 0, end: text.length },
						related: { field: 'pod', index: families[0]?.index, range: families[0]?.range },
					}),
				);
			}
		}
	}

	if (isGiven(input.maxPods) && input.maxPods !== undefined) {
		const value = wholeNumber(input.maxPods, LIMITS.maxInt32);
		const text = String(input.maxPods);
		if (value === null) {
			diagnostics.push(makeDiagnostic(RULES.maxPodsInvalid, 'maxPods', message('cidr/max-pods-invalid', { input: quote(text) }), { range: { start: 0, end: text.length } }));
		} else {
			settings.maxPods = value;
		}
	}
	return { settings, diagnostics };
}

export function nodeMaskFor(settings: Settings, family: Family): number {
	return family === 'IPv4' ? settings.nodeMaskV4 : settings.nodeMaskV6;
}
