// Capacity derivation: per-node Pod ranges, addresses, Service IPs and the well-known Service addresses.
//
// Kubernetes source:
// - pkg/controller/nodeipam/ipam/cidrset/cidr_set.go NewCIDRSet: maxCIDRs = 2^(node mask − cluster mask), using
//   the cluster CIDR's parsed mask; Occupy marks every per-node range a CIDR touches (all of them when the CIDR
//   contains the cluster CIDR).
// - pkg/controller/nodeipam/ipam/range_allocator.go NewCIDRRangeAllocator → filterOutServiceRange: the Service
//   range (primary and secondary) is Occupied in the cluster CIDR of its family, so overlapping per-node ranges
//   are never handed to nodes.
// - pkg/registry/core/service/ipallocator/ipallocator.go hostsPerNetwork: IPv4 2^n − 2 (no network, no
//   broadcast), IPv6 2^n − 1 (no subnet-router anycast "network" address).
// - pkg/controlplane/apiserver/options ServiceIPRange: the `kubernetes` Service gets GetIndexedIP(range, 1).
// - cmd/kubeadm/app/constants/constants.go GetDNSIP: the cluster DNS Service gets GetIndexedIP(range, 10) of the
//   first Service CIDR.

import { formatIPv4, formatIPv6, pow2, toCount } from './addr.ts';
import type { ParsedList, ValidEntry } from './lists.ts';
import { byFamily } from './lists.ts';
import type { Settings } from './settings.ts';
import { nodeMaskFor } from './settings.ts';
import type { Cidr, Family, FamilyPlan } from './types.ts';

/** How many per-node ranges of `pod` split at `nodeMask`. Zero when the Pod mask is longer than the node mask. */
export function nodeRangeCount(pod: Cidr, nodeMask: number): bigint {
	return pod.prefix <= nodeMask ? pow2(nodeMask - pod.prefix) : 0n;
}

/** Per-node ranges the node IPAM controller marks as used because `service` overlaps `pod`. */
export function reservedRanges(pod: Cidr, nodeMask: number, service: Cidr): bigint {
	const total = nodeRangeCount(pod, nodeMask);
	if (total === 0n || pod.family !== service.family) return 0n;
	const p = { first: pod.familyNetwork, prefix: pod.familyPrefix };
	const s = { first: service.familyNetwork, prefix: service.familyPrefix };
	const bits = pod.familyBits;
	const lastOf = (x: { first: bigint; prefix: number }) => x.first | (pow2(bits - x.prefix) - 1n);
	if (!(p.first <= lastOf(s) && s.first <= lastOf(p))) return 0n;
	// Service contains the Pod range: every per-node range is taken.
	if (s.prefix <= p.prefix) return total;
	// Service inside the Pod range: the per-node ranges it touches.
	const familyNodeMask = nodeMask - (pod.prefix - pod.familyPrefix);
	return s.prefix >= familyNodeMask ? 1n : pow2(familyNodeMask - s.prefix);
}

/** Usable node addresses in a node network (RFC 3021 /31 and RFC 6164 /127 point-to-point links count 2). */
export function nodeHosts(node: Cidr): bigint {
	const host = node.familyBits - node.familyPrefix;
	if (host === 0) return 1n;
	if (host === 1) return 2n;
	return pow2(host) - (node.family === 'IPv4' ? 2n : 1n);
}

/** ClusterIPs a Service range offers (ipallocator hostsPerNetwork). */
export function serviceIPCount(service: Cidr): bigint {
	let max = pow2(service.bits - service.prefix) - 1n;
	if (max < 0n) return 0n;
	if (service.family === 'IPv4') max = max > 0n ? max - 1n : 0n;
	return max;
}

/** The address `offset` places into a Service range (GetIndexedIP), '' when it falls outside. */
export function indexedIP(service: Cidr, offset: number): string {
	const size = pow2(service.familyBits - service.familyPrefix);
	if (BigInt(offset) >= size) return '';
	const value = service.familyNetwork + BigInt(offset);
	return service.familyBits === 32 ? formatIPv4(value) : formatIPv6(value);
}

export interface FamilyCapacity {
	family: Family;
	pod?: ValidEntry;
	service?: ValidEntry;
	node?: ValidEntry;
	nodeMask: number;
	nodeRanges: bigint;
	reserved: bigint;
	available: bigint;
	addressesPerNode: bigint;
	nodeNetworkHosts?: bigint;
	maxNodes: bigint;
	serviceIPs: bigint;
}

/** Capacity per family, for the families of the Pod list (primary first), then Service-only families. */
export function deriveCapacity(pod: ParsedList, service: ParsedList, node: ParsedList, settings: Settings): FamilyCapacity[] {
	const pods = byFamily(pod);
	const services = byFamily(service);
	const nodes = byFamily(node);
	const families: Family[] = [];
	for (const v of [...pods, ...services]) if (!families.includes(v.cidr.family)) families.push(v.cidr.family);

	return families.map((family) => {
		const p = pods.find((v) => v.cidr.family === family);
		const s = services.find((v) => v.cidr.family === family);
		const n = nodes.find((v) => v.cidr.family === family);
		const nodeMask = nodeMaskFor(settings, family);
		const nodeRanges = p ? nodeRangeCount(p.cidr, nodeMask) : 0n;
		let reserved = 0n;
		if (p) {
			for (const sv of service.valid) reserved += reservedRanges(p.cidr, nodeMask, sv.cidr);
			if (reserved > nodeRanges) reserved = nodeRanges;
		}
		const available = nodeRanges - reserved;
		const width = family === 'IPv4' ? 32 : 128;
		const addressesPerNode = pow2(width - nodeMask);
		const hosts = n ? nodeHosts(n.cidr) : undefined;
		const maxNodes = hosts !== undefined && hosts < available ? hosts : available;
		const cap: FamilyCapacity = {
			family,
			nodeMask,
			nodeRanges,
			reserved,
			available,
			addressesPerNode,
			maxNodes,
			serviceIPs: s ? serviceIPCount(s.cidr) : 0n,
		};
		if (p) cap.pod = p;
		if (s) cap.service = s;
		if (n) cap.node = n;
		if (hosts !== undefined) cap.nodeNetworkHosts = hosts;
		return cap;
	});
}

/** The JSON-safe plan the page and the CLI show. */
export function toPlan(capacity: FamilyCapacity[], service: ParsedList): FamilyPlan[] {
	const firstService = service.valid[0];
	return capacity.map((c, i) => {
		const isServicePrimary = firstService !== undefined && c.service !== undefined && c.service.index === firstService.index;
		return {
			family: c.family,
			primary: i === 0,
			pod: c.pod?.cidr.text ?? '',
			service: c.service?.cidr.text ?? '',
			node: c.node?.cidr.text ?? '',
			nodeMask: c.nodeMask,
			nodeRanges: toCount(c.nodeRanges),
			nodeRangesReservedByService: toCount(c.reserved),
			nodeRangesAvailable: toCount(c.available),
			addressesPerNode: toCount(c.addressesPerNode),
			nodeNetworkHosts: c.nodeNetworkHosts === undefined ? '' : toCount(c.nodeNetworkHosts),
			maxNodes: toCount(c.pod ? c.maxNodes : 0n),
			serviceIPs: toCount(c.serviceIPs),
			kubernetesServiceIP: isServicePrimary && c.service ? indexedIP(c.service.cidr, 1) : '',
			dnsServiceIP: isServicePrimary && c.service ? indexedIP(c.service.cidr, 10) : '',
		};
	});
}
