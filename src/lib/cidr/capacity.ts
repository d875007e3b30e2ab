// Capacity rules on the derived plan (see plan.ts for the arithmetic and its sources).
// - no nodes / very few nodes: pkg/controller/nodeipam/ipam/cidrset/cidr_set.go AllocateNext fails with
//   ErrCIDRRangeNoCIDRsRemaining once the per-node ranges run out; the Node keeps no spec.podCIDR.
// - node range vs maxPods: the kubelet admits up to maxPods Pods (default 110,
//   pkg/kubelet/apis/config/v1beta1/defaults.go) regardless of how many addresses its Pod range has; the /24
//   default is 2 × 110 rounded up to a power of two, leaving room for addresses still held by terminating Pods.
// - node network limit: one per-node range per Node object, and every node needs an address.

import * as msg from './messages.ts';
import type { FamilyCapacity } from './plan.ts';
import { LIMITS, RULES, makeDiagnostic } from './rules.ts';
import type { Settings } from './settings.ts';
import type { Diagnostic } from './types.ts';

export function checkCapacity(capacity: FamilyCapacity[], settings: Settings): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const c of capacity) {
		const p = c.pod;
		if (!p) continue;
		const podWhere = { index: p.index, range: p.range };
		// A Pod mask longer than the node mask is already an error of its own (sizes.ts).
		if (c.nodeRanges > 0n) {
			const limitedByNode = c.nodeNetworkHosts !== undefined && c.nodeNetworkHosts < c.available;
			if (c.maxNodes === 0n) {
				const reason = c.available === 0n ? 'reserved' : 'node-network';
				out.push(
					makeDiagnostic(RULES.noNodes, limitedByNode ? 'node' : 'pod', msg.noNodes(c.family, p.cidr.text, reason), {
						...(limitedByNode && c.node ? { index: c.node.index, range: c.node.range } : podWhere),
					}),
				);
			} else if (c.maxNodes > 0n && c.maxNodes < BigInt(LIMITS.fewNodes)) {
				out.push(
					makeDiagnostic(
						RULES.fewNodes,
						limitedByNode ? 'node' : 'pod',
						msg.fewNodes(c.family, c.maxNodes, limitedByNode ? 'node' : 'pod', p.cidr.text, c.nodeMask),
						limitedByNode && c.node ? { index: c.node.index, range: c.node.range } : podWhere,
					),
				);
			}
			if (limitedByNode && c.node && c.nodeNetworkHosts !== undefined && c.maxNodes >= BigInt(LIMITS.fewNodes)) {
				out.push(
					makeDiagnostic(
						RULES.nodeNetworkLimit,
						'node',
						msg.nodeNetworkLimit(c.family, c.node.cidr.text, c.nodeNetworkHosts, c.available),
						{ index: c.node.index, range: c.node.range },
					),
				);
			}
		}
		if (c.addressesPerNode < BigInt(2 * settings.maxPods)) {
			out.push(
				makeDiagnostic(RULES.nodeRangeSmall, 'pod', msg.nodeRangeSmall(c.family, c.nodeMask, c.addressesPerNode, settings.maxPods), {
					...podWhere,
					related: { field: 'maxPods' },
				}),
			);
		}
	}
	return out;
}
