// The rule catalogue: every diagnostic the core can emit, with its stable id, severity, the fields it can be
// about and the Kubernetes source it mirrors. docs/cidr-rules.md lists the same table for maintainers; a unit
// test keeps the two in sync.

import type { Diagnostic, Field, Message, Severity, TextRange } from './types.ts';

export interface RuleInfo {
	id: string;
	severity: Severity;
	fields: readonly Field[];
	/** One-line summary in English. */
	summary: string;
	/** Where the behaviour comes from (kubernetes/kubernetes paths unless noted). */
	source: string;
}

const LISTS: readonly Field[] = ['pod', 'service', 'node'];
const KUBEADM = 'cmd/kubeadm/app/apis/kubeadm/validation/validation.go';
const APISERVER = 'cmd/kube-apiserver/app/options/validation.go validateClusterIPFlags';
const KCM = 'cmd/kube-controller-manager/app/core.go';

function rule(id: string, severity: Severity, fields: readonly Field[], summary: string, source: string): RuleInfo {
	return { id, severity, fields, summary, source };
}

export const RULES = {
	empty: rule('cidr/empty', 'error', ['pod', 'service'], 'The Pod or Service network is empty.', `${KUBEADM} ValidateNetworking (empty podSubnet disables node IPAM; empty serviceSubnet is defaulted)`),
	parse: rule('cidr/parse', 'error', LISTS, 'An entry is not a CIDR that Go/Kubernetes can parse.', 'kubernetes/utils net/parse.go ParseCIDRSloppy → golang/go src/net/ip.go ParseCIDR (netip.ParseAddr)'),
	leadingZeros: rule('cidr/leading-zeros', 'warning', LISTS, 'Leading zeros are accepted and read as decimal.', 'kubernetes/utils net/parse.go ParseCIDRSloppy (issue kubernetes#100895)'),
	hostBitsSet: rule('cidr/host-bits-set', 'warning', LISTS, 'Host bits are set; Kubernetes silently masks them.', 'golang/go src/net/ip.go ParseCIDR (returns IP.Mask(m))'),
	ipv4Mapped: rule('cidr/ipv4-mapped', 'warning', LISTS, 'An IPv4-mapped IPv6 CIDR counts as IPv4 but keeps its 128-bit mask.', 'kubernetes/utils net/ipfamily.go IsIPv6 (IP.To4() == nil) + Go IPMask.Size()'),
	tooMany: rule('cidr/too-many', 'error', LISTS, 'More than two CIDRs in a list.', `${KUBEADM} ValidateIPNetFromString; ${APISERVER}; ${KCM} startNodeIpamController`),
	sameFamily: rule('cidr/same-family', 'error', LISTS, 'Two CIDRs of the same family (dual-stack needs one of each).', `${KUBEADM} ValidateIPNetFromString (IsDualStackCIDRs); ${APISERVER}`),
	familyMismatch: rule('cidr/family-mismatch', 'error', ['service'], 'A Service family has no Pod range: its Services would get no endpoints.', 'pkg/controller/endpointslice (EndpointSlices are per address family; only Pod IPs of that family are used) — not validated by Kubernetes'),
	familyWithoutService: rule('cidr/family-without-service', 'warning', ['pod'], 'A Pod family has no Service range: no Service can use it.', 'pkg/registry/core/service/storage/alloc.go (Service IP families limited to configured Service CIDRs)'),
	primaryFamilyMismatch: rule('cidr/primary-family-mismatch', 'warning', ['service'], 'The first (primary) families of the Pod and Service lists differ.', 'pkg/registry/core/service/storage/alloc.go initIPFamilyFields (single-stack Services use the primary Service family)'),
	nodeFamilyMismatch: rule('cidr/node-family-mismatch', 'warning', ['node'], 'Node network families differ from the Pod families.', 'pkg/kubelet/nodestatus/setters.go NodeAddress (node IPs per family) — not validated by Kubernetes'),
	serviceTooSmall: rule('cidr/service-too-small', 'error', ['service'], 'Service range has fewer than 10 addresses.', `${KUBEADM} ValidateNetworking (constants.MinimumAddressesInServiceSubnet = 10); pkg/controlplane/apiserver/options ServiceIPRange (at least 8)`),
	serviceTooLarge: rule('cidr/service-too-large', 'error', ['service'], 'Service range has more than 20 host bits (IPv4 /12, IPv6 /108).', `${KUBEADM} ValidateServiceSubnetSize (constants.MaximumBitsForServiceSubnet = 20); ${APISERVER} validateMaxCIDRRange (skipped when MultiCIDRServiceAllocator and DisableAllocatorDualWrite are on)`),
	serviceIPv6Clamped: rule('cidr/service-ipv6-clamped', 'info', ['service'], 'IPv6 Service range larger than /112: older API servers use only 65,536 of it.', 'pkg/registry/core/service/ipallocator/bitmap.go NewAllocatorCIDRRange (IPv6 capped at 65536); cmd/kubeadm/app/constants/constants.go'),
	podTooSmall: rule('cidr/pod-too-small', 'error', ['pod'], 'Pod range has fewer than 14 addresses.', `${KUBEADM} ValidateNetworking (constants.MinimumAddressesInPodSubnet = 14)`),
	podSmallerThanNodeRange: rule('cidr/pod-smaller-than-node-range', 'error', ['pod'], 'Pod mask is longer than the node mask.', `${KUBEADM} ValidatePodSubnetNodeMask; pkg/controller/nodeipam/node_ipam_controller.go NewNodeIpamController`),
	nodeMaskDiff: rule('cidr/node-mask-diff', 'error', ['pod'], 'Node mask − Pod mask is more than 16.', `${KUBEADM} ValidatePodSubnetNodeMask (constants.PodSubnetNodeMaskMaxDiff = 16); pkg/controller/nodeipam/ipam/cidrset/cidr_set.go NewCIDRSet (IPv6)`),
	nodeMaskInvalid: rule('cidr/node-mask-invalid', 'error', ['nodeMaskV4', 'nodeMaskV6'], 'Node mask is not a whole number within the family width.', `${KCM} setNodeCIDRMaskSizes (0 means "use the default"); Go net.CIDRMask (nil beyond the width)`),
	nodeMaskUnusedFamily: rule('cidr/node-mask-unused-family', 'error', ['nodeMaskV4', 'nodeMaskV6'], 'A node mask is given for a family the single-stack cluster does not use.', `${KCM} setNodeCIDRMaskSizes`),
	maxPodsInvalid: rule('cidr/max-pods-invalid', 'error', ['maxPods'], 'maxPods is not a whole number between 0 and 2^31 − 1.', 'pkg/kubelet/apis/config/validation/validation.go ValidateKubeletConfiguration (MaxPods < 0); int32 field'),
	overlap: rule('cidr/overlap', 'error', LISTS, 'Node, Pod and Service ranges overlap.', 'pkg/controller/nodeipam/ipam/range_allocator.go filterOutServiceRange (only Service/Pod overlap is handled; Kubernetes validates none of it)'),
	rangeLoopback: rule('cidr/range-loopback', 'error', LISTS, 'Inside the loopback range.', 'pkg/apis/core/validation/validation.go ValidateNonSpecialIP; RFC 1122, RFC 4291'),
	rangeLinkLocal: rule('cidr/range-link-local', 'error', LISTS, 'Inside the link-local range.', 'pkg/apis/core/validation/validation.go ValidateNonSpecialIP; RFC 3927, RFC 4291'),
	rangeMulticast: rule('cidr/range-multicast', 'error', LISTS, 'Inside the multicast range.', 'pkg/apis/core/validation/validation.go ValidateNonSpecialIP (link-local multicast); RFC 5771, RFC 4291'),
	rangeReserved: rule('cidr/range-reserved', 'error', LISTS, 'Inside a reserved range.', 'IANA special-purpose registries (RFC 6890); IANA IPv6 address space'),
	rangeDocumentation: rule('cidr/range-documentation', 'error', LISTS, 'Inside a documentation range.', 'RFC 5737, RFC 3849, RFC 9637'),
	rangeShared: rule('cidr/range-shared', 'warning', LISTS, 'Inside the shared address space 100.64.0.0/10.', 'RFC 6598'),
	rangePublic: rule('cidr/range-public', 'warning', LISTS, 'Includes public address space.', 'RFC 1918, RFC 4193 (private space); IANA registries'),
	rangeDockerBridge: rule('cidr/range-docker-bridge', 'warning', LISTS, "Overlaps Docker's default bridge 172.17.0.0/16.", 'moby/moby default bridge network (docker0)'),
	rangeSiteLocal: rule('cidr/range-site-local', 'warning', LISTS, 'Inside the deprecated IPv6 site-local range fec0::/10.', `${KUBEADM} ValidateIPNetFromString (klog warning); RFC 3879`),
	rangeSpecial: rule('cidr/range-special', 'warning', LISTS, 'Inside another special-purpose range (benchmarking, 6to4).', 'IANA special-purpose registries (RFC 6890)'),
	noNodes: rule('cidr/no-nodes', 'error', ['pod', 'node'], 'The plan leaves room for no node at all.', 'pkg/controller/nodeipam/ipam/cidrset/cidr_set.go AllocateNext (ErrCIDRRangeNoCIDRsRemaining)'),
	fewNodes: rule('cidr/few-nodes', 'warning', ['pod', 'node'], 'The plan leaves room for very few nodes.', 'pkg/controller/nodeipam/ipam/cidrset/cidr_set.go (maxCIDRs = 2^(node mask − cluster mask))'),
	nodeRangeSmall: rule('cidr/node-range-small', 'warning', ['pod', 'maxPods'], "A node's Pod range is smaller than 2 × maxPods.", 'pkg/kubelet/apis/config/v1beta1/defaults.go (MaxPods = 110; default /24 = 256 ≥ 2 × 110)'),
	nodeNetworkLimit: rule('cidr/node-network-limit', 'info', ['node'], 'The node network, not the Pod range, limits the node count.', 'pkg/controller/nodeipam (one per-node range per Node object)'),
} as const;

export type RuleKey = keyof typeof RULES;

/** All rules as a list, for documentation and UIs. */
export const RULE_LIST: readonly RuleInfo[] = Object.values(RULES);

/** Thresholds Kubernetes uses (kubeadm constants) and the planner's own. */
export const LIMITS = {
	/** cmd/kubeadm/app/constants MinimumAddressesInServiceSubnet. */
	minServiceAddresses: 10,
	/** cmd/kubeadm/app/constants MaximumBitsForServiceSubnet (also the apiserver's maxCIDRBits). */
	maxServiceHostBits: 20,
	/** cmd/kubeadm/app/constants MinimumAddressesInPodSubnet. */
	minPodAddresses: 14,
	/** cmd/kubeadm/app/constants PodSubnetNodeMaskMaxDiff; cidrset clusterSubnetMaxDiff. */
	maxNodeMaskDiff: 16,
	/** Old bitmap Service IP allocator cap for IPv6. */
	ipv6BitmapCap: 65536,
	/** Below this many nodes the plan is "very few nodes" (planner's choice). */
	fewNodes: 8,
	/** Parse diagnostics reported per field before the rest are summarised (hostile input). */
	maxParseDiagnosticsPerField: 8,
	defaultNodeMaskV4: 24,
	defaultNodeMaskV6: 64,
	defaultMaxPods: 110,
	maxInt32: 2147483647,
} as const;

/** Build a diagnostic with the rule's id and severity. */
export function makeDiagnostic(
	rule: RuleInfo,
	field: Field,
	message: Message,
	where: { index?: number; range?: TextRange; related?: Diagnostic['related'] } = {},
): Diagnostic {
	const d: Diagnostic = { severity: rule.severity, rule: rule.id, field, message };
	if (where.index !== undefined) d.index = where.index;
	if (where.range) d.range = where.range;
	if (where.related) d.related = where.related;
	return d;
}
