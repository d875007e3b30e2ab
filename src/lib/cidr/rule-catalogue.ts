// What each rule checks, in one English line, and the Kubernetes source it mirrors (kubernetes/kubernetes
// paths unless another repository is named). For docs/cidr-rules.md (`npm run docs:rules` writes its table), the
// CLI and maintainers; the browser does not load this module.
import { RULES } from './rules.ts';
import type { RuleInfo, RuleKey } from './rules.ts';

export interface RuleDoc {
	summary: string;
	source: string;
}

const KUBEADM = 'cmd/kubeadm/app/apis/kubeadm/validation/validation.go';
const APISERVER = 'cmd/kube-apiserver/app/options/validation.go validateClusterIPFlags';
const KCM = 'cmd/kube-controller-manager/app/core.go';

export const RULE_DOCS: Record<RuleKey, RuleDoc> = {
	empty: { summary: 'The Pod or Service network is empty.', source: `${KUBEADM} ValidateNetworking (empty podSubnet disables node IPAM; empty serviceSubnet is defaulted)` },
	parse: {
		summary: 'An entry is not a CIDR that Go/Kubernetes can parse.',
		source: 'kubernetes/utils net/parse.go ParseCIDRSloppy → golang/go src/net/ip.go ParseCIDR (netip.ParseAddr)',
	},
	leadingZeros: { summary: 'Leading zeros are accepted and read as decimal.', source: 'kubernetes/utils net/parse.go ParseCIDRSloppy (issue kubernetes#100895)' },
	hostBitsSet: { summary: 'Host bits are set; Kubernetes silently masks them.', source: 'golang/go src/net/ip.go ParseCIDR (returns IP.Mask(m))' },
	ipv4Mapped: {
		summary: 'An IPv4-mapped IPv6 CIDR counts as IPv4 but keeps its 128-bit mask.',
		source: 'kubernetes/utils net/ipfamily.go IsIPv6 (IP.To4() == nil) + Go IPMask.Size()',
	},
	tooMany: { summary: 'More than two CIDRs in a list.', source: `${KUBEADM} ValidateIPNetFromString; ${APISERVER}; ${KCM} startNodeIpamController` },
	sameFamily: { summary: 'Two CIDRs of the same family (dual-stack needs one of each).', source: `${KUBEADM} ValidateIPNetFromString (IsDualStackCIDRs); ${APISERVER}` },
	familyMismatch: {
		summary: 'A Service family has no Pod range: its Services would get no endpoints.',
		source: 'pkg/controller/endpointslice (EndpointSlices are per address family; only Pod IPs of that family are used) — not validated by Kubernetes',
	},
	familyWithoutService: {
		summary: 'A Pod family has no Service range: no Service can use it.',
		source: 'pkg/registry/core/service/storage/alloc.go (Service IP families limited to configured Service CIDRs)',
	},
	primaryFamilyMismatch: {
		summary: 'The first (primary) families of the Pod and Service lists differ.',
		source: 'pkg/registry/core/service/storage/alloc.go initIPFamilyFields (single-stack Services use the primary Service family)',
	},
	nodeFamilyMismatch: {
		summary: 'Node network families differ from the Pod families.',
		source: 'pkg/kubelet/nodestatus/setters.go NodeAddress (node IPs per family) — not validated by Kubernetes',
	},
	serviceTooSmall: {
		summary: 'Service range has fewer than 10 addresses.',
		source: `${KUBEADM} ValidateNetworking (constants.MinimumAddressesInServiceSubnet = 10); pkg/controlplane/apiserver/options ServiceIPRange (at least 8)`,
	},
	serviceTooLarge: {
		summary: 'Service range has more than 20 host bits (IPv4 /12, IPv6 /108).',
		source: `${KUBEADM} ValidateServiceSubnetSize (constants.MaximumBitsForServiceSubnet = 20); ${APISERVER} validateMaxCIDRRange (skipped when MultiCIDRServiceAllocator and DisableAllocatorDualWrite are on)`,
	},
	serviceIPv6Clamped: {
		summary: 'IPv6 Service range larger than /112: older API servers use only 65,536 of it.',
		source: 'pkg/registry/core/service/ipallocator/bitmap.go NewAllocatorCIDRRange (IPv6 capped at 65536); cmd/kubeadm/app/constants/constants.go',
	},
	podTooSmall: { summary: 'Pod range has fewer than 14 addresses.', source: `${KUBEADM} ValidateNetworking (constants.MinimumAddressesInPodSubnet = 14)` },
	podSmallerThanNodeRange: {
		summary: 'Pod mask is longer than the node mask.',
		source: `${KUBEADM} ValidatePodSubnetNodeMask; pkg/controller/nodeipam/node_ipam_controller.go NewNodeIpamController`,
	},
	nodeMaskDiff: {
		summary: 'Node mask − Pod mask is more than 16.',
		source: `${KUBEADM} ValidatePodSubnetNodeMask (constants.PodSubnetNodeMaskMaxDiff = 16); pkg/controller/nodeipam/ipam/cidrset/cidr_set.go NewCIDRSet (IPv6)`,
	},
	nodeMaskInvalid: {
		summary: 'Node mask is not a whole number within the family width.',
		source: `${KCM} setNodeCIDRMaskSizes (0 means "use the default"); Go net.CIDRMask (nil beyond the width)`,
	},
	nodeMaskUnusedFamily: { summary: 'A node mask is given for a family the single-stack cluster does not use.', source: `${KCM} setNodeCIDRMaskSizes` },
	maxPodsInvalid: {
		summary: 'maxPods is not a whole number between 0 and 2^31 − 1.',
		source: 'pkg/kubelet/apis/config/validation/validation.go ValidateKubeletConfiguration (MaxPods < 0); int32 field',
	},
	overlap: {
		summary: 'Node, Pod and Service ranges overlap.',
		source: 'pkg/controller/nodeipam/ipam/range_allocator.go filterOutServiceRange (only Service/Pod overlap is handled; Kubernetes validates none of it)',
	},
	rangeLoopback: { summary: 'Inside the loopback range.', source: 'pkg/apis/core/validation/validation.go ValidateNonSpecialIP; RFC 1122, RFC 4291' },
	rangeLinkLocal: { summary: 'Inside the link-local range.', source: 'pkg/apis/core/validation/validation.go ValidateNonSpecialIP; RFC 3927, RFC 4291' },
	rangeMulticast: { summary: 'Inside the multicast range.', source: 'pkg/apis/core/validation/validation.go ValidateNonSpecialIP (link-local multicast); RFC 5771, RFC 4291' },
	rangeReserved: { summary: 'Inside a reserved range.', source: 'IANA special-purpose registries (RFC 6890); IANA IPv6 address space' },
	rangeDocumentation: { summary: 'Inside a documentation range.', source: 'RFC 5737, RFC 3849, RFC 9637' },
	rangeShared: { summary: 'Inside the shared address space 100.64.0.0/10.', source: 'RFC 6598' },
	rangePublic: { summary: 'Includes public address space.', source: 'RFC 1918, RFC 4193 (private space); IANA registries' },
	rangeDockerBridge: { summary: "Overlaps Docker's default bridge 172.17.0.0/16.", source: 'moby/moby default bridge network (docker0)' },
	rangeSiteLocal: { summary: 'Inside the deprecated IPv6 site-local range fec0::/10.', source: `${KUBEADM} ValidateIPNetFromString (klog warning); RFC 3879` },
	rangeSpecial: { summary: 'Inside another special-purpose range (benchmarking, 6to4).', source: 'IANA special-purpose registries (RFC 6890)' },
	noNodes: { summary: 'The plan leaves room for no node at all.', source: 'pkg/controller/nodeipam/ipam/cidrset/cidr_set.go AllocateNext (ErrCIDRRangeNoCIDRsRemaining)' },
	fewNodes: { summary: 'The plan leaves room for very few nodes.', source: 'pkg/controller/nodeipam/ipam/cidrset/cidr_set.go (maxCIDRs = 2^(node mask − cluster mask))' },
	nodeRangeSmall: {
		summary: "A node's Pod range is smaller than 2 × maxPods.",
		source: 'pkg/kubelet/apis/config/v1beta1/defaults.go (MaxPods = 110; default /24 = 256 ≥ 2 × 110)',
	},
	nodeNetworkLimit: { summary: 'The node network, not the Pod range, limits the node count.', source: 'pkg/controller/nodeipam (one per-node range per Node object)' },
};

/** All rules with their documentation, in catalogue order. */
export const RULE_LIST: ReadonlyArray<RuleInfo & RuleDoc> = (Object.keys(RULES) as RuleKey[]).map((key) => ({ ...RULES[key], ...RULE_DOCS[key] }));
