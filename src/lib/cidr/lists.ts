// Rules about one CIDR list on its own: parsing, normalisation warnings and the dual-stack shape.
//
// Kubernetes source:
// - cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateIPNetFromString: strings.Split(s, ","),
//   netutils.ParseCIDRs, then "more than two" and "two of one family" (netutils.IsDualStackCIDRs) errors.
// - cmd/kube-apiserver/app/options/validation.go validateClusterIPFlags: "--service-cluster-ip-range must not
//   contain more than two entries", "[0] and [1] must be of different IP family".
// - cmd/kube-controller-manager/app/core.go startNodeIpamController/processCIDRs: same for --cluster-cidr.
// - kubernetes/utils net/ipfamily.go IsIPv6: a CIDR is IPv6 iff its masked network has no IPv4 form
//   (IP.To4() == nil), so ::ffff:a.b.c.d/n counts as IPv4.

import { message } from './message.ts';
import { quote } from './text.ts';
import { parseCidrList } from './parse.ts';
import { LIMITS, RULES, makeDiagnostic } from './rules.ts';
import type { Cidr, Diagnostic, ListEntry, TextRange } from './types.ts';

export type ListField = 'pod' | 'service' | 'node';

export interface ValidEntry {
	index: number;
	range: TextRange;
	input: string;
	cidr: Cidr;
}

export interface ParsedList {
	field: ListField;
	text: string;
	entries: ListEntry[];
	/** Entries that parsed, in list order. */
	valid: ValidEntry[];
}

export function parseList(field: ListField, text: string): ParsedList {
	const entries = parseCidrList(text);
	const valid: ValidEntry[] = [];
	for (const e of entries) {
		if (e.index >= LIMITS.maxAnalysedEntries) break;
		if (e.result.ok) valid.push({ index: e.index, range: e.range, input: e.text, cidr: e.result.cidr });
	}
	return { field, text, entries, valid };
}

export function checkList(list: ParsedList, required: boolean): Diagnostic[] {
	const out: Diagnostic[] = [];
	const { field, entries } = list;
	if (entries.length === 0) {
		if (required && (field === 'pod' || field === 'service')) {
			out.push(makeDiagnostic(RULES.empty, field, message(field === 'pod' ? 'cidr/empty:pod' : 'cidr/empty:service'), { range: { start: 0, end: 0 } }));
		}
		return out;
	}

	let parseErrors = 0;
	let unreported = 0;
	for (const e of entries) {
		const r = e.result;
		if (!r.ok) {
			parseErrors++;
			if (parseErrors > LIMITS.maxParseDiagnosticsPerField || e.index >= LIMITS.maxAnalysedEntries) {
				unreported++;
				continue;
			}
			out.push(
				makeDiagnostic(RULES.parse, field, message('cidr/parse', { field, entry: e.index + 1, input: quote(e.text), reason: r.reason }), { index: e.index, range: e.range }),
			);
			continue;
		}
		if (e.index >= LIMITS.maxAnalysedEntries) continue;
		const where = { index: e.index, range: e.range };
		if (r.leadingZeros) out.push(makeDiagnostic(RULES.leadingZeros, field, message('cidr/leading-zeros', { field, input: quote(e.text), normalised: r.cidr.text }), where));
		if (r.hostBitsSet) out.push(makeDiagnostic(RULES.hostBitsSet, field, message('cidr/host-bits-set', { field, input: quote(e.text), normalised: r.cidr.text }), where));
		if (r.cidr.mapped)
			out.push(makeDiagnostic(RULES.ipv4Mapped, field, message('cidr/ipv4-mapped', { field, input: quote(e.text), effective: r.cidr.text, prefix: r.cidr.prefix }), where));
	}
	if (unreported > 0) {
		const last = entries[entries.length - 1];
		out.push(
			makeDiagnostic(RULES.parse, field, message('cidr/parse:more', { field, count: unreported }), {
				range: { start: 0, end: last ? last.range.end : 0 },
			}),
		);
	}

	// Dual-stack shape: one CIDR, or two of different families.
	if (entries.length > 2) {
		const third = entries[2];
		out.push(
			makeDiagnostic(RULES.tooMany, field, message('cidr/too-many', { field, count: entries.length, analysed: Math.min(entries.length, LIMITS.maxAnalysedEntries) }), {
				index: 2,
				range: { start: third ? third.range.start : 0, end: list.text.length },
			}),
		);
	} else if (list.valid.length === 2) {
		const [a, b] = list.valid as [ValidEntry, ValidEntry];
		if (a.cidr.family === b.cidr.family) {
			out.push(
				makeDiagnostic(RULES.sameFamily, field, message('cidr/same-family', { field, family: a.cidr.family, first: a.cidr.text, second: b.cidr.text }), {
					index: b.index,
					range: b.range,
					related: { field, index: a.index, range: a.range },
				}),
			);
		}
	}
	return out;
}

/** The first valid entry of each family, in list order (the first one is the list's primary family). */
export function byFamily(list: ParsedList): ValidEntry[] {
	const seen = new Set<string>();
	const out: ValidEntry[] = [];
	for (const v of list.valid) {
		if (seen.has(v.cidr.family)) continue;
		seen.add(v.cidr.family);
		out.push(v);
	}
	return out;
}
