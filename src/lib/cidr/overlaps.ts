// Overlaps among the node, Pod and Service ranges.
//
// Kubernetes validates none of this. The only place that handles it is the node IPAM controller
// (pkg/controller/nodeipam/ipam/range_allocator.go filterOutServiceRange → cidrset Occupy), which quietly takes the
// per-node ranges under the Service range away from nodes. Routing breaks either way: kube-proxy captures
// Service IPs on every node, and Pod ranges are routed to nodes, so a shared address reaches the wrong target.
// Containment uses the family address space, as Go's IPNet.Contains does (an IPv4-mapped CIDR is compared as IPv4).

import { overlaps, spanOf, toCount } from './addr.ts';
import type { ParsedList, ValidEntry } from './lists.ts';
import { message } from './message.ts';
import { nodeRangeCount, reservedRanges } from './plan.ts';
import { RULES, makeDiagnostic } from './rules.ts';
import type { Settings } from './settings.ts';
import { nodeMaskFor } from './settings.ts';
import type { Diagnostic } from './types.ts';

function span(v: ValidEntry) {
	return spanOf(v.cidr.familyNetwork, v.cidr.familyPrefix, v.cidr.familyBits);
}

export function checkOverlaps(node: ParsedList, pod: ParsedList, service: ParsedList, settings: Settings): Diagnostic[] {
	const out: Diagnostic[] = [];
	// (a, b): the diagnostic sits on b and points back to a.
	const pairs: Array<[ParsedList, ParsedList]> = [
		[node, pod],
		[node, service],
		[pod, service],
	];
	for (const [a, b] of pairs) {
		for (const x of a.valid) {
			for (const y of b.valid) {
				if (x.cidr.family !== y.cidr.family || !overlaps(span(x), span(y))) continue;
				let reserved: { count: bigint; total: bigint; nodeMask: number } | undefined;
				if (a.field === 'pod' && b.field === 'service') {
					const nodeMask = nodeMaskFor(settings, x.cidr.family);
					const total = nodeRangeCount(x.cidr, nodeMask);
					if (total > 0n) reserved = { count: reservedRanges(x.cidr, nodeMask, y.cidr), total, nodeMask };
				}
				out.push(
					makeDiagnostic(
						RULES.overlap,
						b.field,
						message('cidr/overlap', {
							field: b.field,
							cidr: y.cidr.text,
							other: a.field,
							otherCidr: x.cidr.text,
							reserved: reserved && toCount(reserved.count),
							total: reserved && toCount(reserved.total),
							nodeMask: reserved?.nodeMask,
						}),
						{
							index: y.index,
							range: y.range,
							related: { field: a.field, index: x.index, range: x.range },
						},
					),
				);
			}
		}
	}
	return out;
}
