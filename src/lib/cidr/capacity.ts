// Capacity rules on the derived plan (see plan.ts for the arithmetic and its sources).
// - no nodes / very few nodes: pkg/controller/nodeipam/ipam/cidrset/cidr_set.go AllocateNext fails with
//   ErrCIDRRangeNoCIDRsRemaining once the per-node ranges run out; the Node keeps no spec.podCIDR.
// - node range vs maxPods: the kubelet admits up to maxPods Pods (default 110,
//   pkg/kubelet/apis/config/v1beta1/defaults.go) regardless of how many addresses its Pod range has; the /24
//   default is 2 × 110 rounded up to a power of two, leaving room for addresses still held by terminating Pods.
// - node network limit: one per-node range per Node object, and every node needs an address.

import { toCount } from './addr.ts';
import { message } from './message.ts';
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
					makeDiagnostic(RULES.noNodes, limitedByNode ? 'node' : 'pod', message('cidr/no-nodes', { family: c.family, pod: p.cidr.text, reason }), {
						...(limitedByNode && c.node ? { index: c.node.index, range: c.node.range } : podWhere),
					}),
				);
			} else if (c.maxNodes > 0n && c.maxNodes < BigInt(LIMITS.fewNodes)) {
				out.push(
					makeDiagnostic(
						RULES.fewNodes,
						limitedByNode ? 'node' : 'pod',
						message('cidr/few-nodes', { family: c.family, maxNodes: toCount(c.maxNodes), limitedBy: limitedByNode ? 'node' : 'pod', pod: p.cidr.text, nodeMask: c.nodeMask }),
						limitedByNode && c.node ? { index: c.node.index, range: c.node.range } : podWhere,
					),
				);
			}
			if (limitedByNode && c.node && c.nodeNetworkHosts !== undefined && c.maxNodes >= BigInt(LIMITS.fewNodes)) {
				out.push(
					makeDiagnostic(
						RULES.nodeNetworkLimit,
						'node',
						message('cidr/node-network-limit', { family: c.family, node: c.node.cidr.text, hosts: toCount(c.nodeNetworkHosts), ranges: toCount(c.available) }),
						{ index: c.node.index, range: c.node.range },
					),
				);
			}
		}
		if (c.addressesPerNode < BigInt(2 * settings.maxPods)) {
			out.push(
				makeDiagnostic(
					RULES.nodeRangeSmall,
					'pod',
					message('cidr/node-range-small', { family: c.family, nodeMask: c.nodeMask, addresses: toCount(c.addressesPerNode), maxPods: settings.maxPods }),
					{
						...podWhere,
						related: { field: 'maxPods' },
					},
				),
			);
		}
	}
	return out;
}
