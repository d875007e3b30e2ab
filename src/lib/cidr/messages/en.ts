// The CIDR planner's messages in English: one function per message id, of the parameters the engine gives.
// Each names the value, says what Kubernetes does with it and what to do instead. Values from the reader's
// input arrive already quoted (text.ts quote()); CIDRs and numbers are the engine's own.
import { plural } from '../../i18n/index.ts';
import type { MessageFunctions } from '../../i18n/index.ts';
import type { Count, Family, Field, ParseFailure } from '../types.ts';
import { formatCount } from './count.ts';

type ListField = 'pod' | 'service' | 'node';
type MaskField = 'nodeMaskV4' | 'nodeMaskV6';

export const FIELD_NAMES: Record<Field, string> = {
	pod: 'Pod network',
	service: 'Service network',
	node: 'node network',
	nodeMaskV4: 'IPv4 node mask',
	nodeMaskV6: 'IPv6 node mask',
	maxPods: 'maxPods',
};

/** Names of the special-purpose blocks (ranges.ts), by CIDR; '' is public space outside every block. */
export const RANGE_NAMES: Record<string, string> = {
	'0.0.0.0/8': '"this network" (RFC 1122)',
	'10.0.0.0/8': 'private (RFC 1918)',
	'100.64.0.0/10': 'shared address space for carrier-grade NAT (RFC 6598)',
	'127.0.0.0/8': 'loopback (RFC 1122)',
	'169.254.0.0/16': 'link-local (RFC 3927)',
	'172.16.0.0/12': 'private (RFC 1918)',
	'172.17.0.0/16': "Docker's default bridge network docker0",
	'192.0.0.0/24': 'IETF protocol assignments (RFC 6890)',
	'192.0.2.0/24': 'documentation TEST-NET-1 (RFC 5737)',
	'192.88.99.0/24': 'deprecated 6to4 relay anycast (RFC 7526)',
	'192.168.0.0/16': 'private (RFC 1918)',
	'198.18.0.0/15': 'network benchmarking (RFC 2544)',
	'198.51.100.0/24': 'documentation TEST-NET-2 (RFC 5737)',
	'203.0.113.0/24': 'documentation TEST-NET-3 (RFC 5737)',
	'224.0.0.0/4': 'multicast (RFC 5771)',
	'240.0.0.0/4': 'reserved for future use and broadcast (RFC 1112, RFC 919)',
	'::/3': 'IETF-reserved space (IANA IPv6 address space)',
	'::/128': 'unspecified address (RFC 4291)',
	'::1/128': 'loopback (RFC 4291)',
	'100::/64': 'discard-only (RFC 6666)',
	'2000::/3': 'global unicast',
	'2001::/23': 'IETF protocol assignments (RFC 2928)',
	'2001:db8::/32': 'documentation (RFC 3849)',
	'2002::/16': '6to4 (RFC 3056)',
	'3fff::/20': 'documentation (RFC 9637)',
	'4000::/2': 'IETF-reserved space (IANA IPv6 address space)',
	'8000::/2': 'IETF-reserved space (IANA IPv6 address space)',
	'c000::/3': 'IETF-reserved space (IANA IPv6 address space)',
	'e000::/4': 'IETF-reserved space (IANA IPv6 address space)',
	'f000::/5': 'IETF-reserved space (IANA IPv6 address space)',
	'f800::/6': 'IETF-reserved space (IANA IPv6 address space)',
	'fc00::/7': 'unique local addresses (RFC 4193)',
	'fe00::/9': 'IETF-reserved space (IANA IPv6 address space)',
	'fe80::/10': 'link-local (RFC 4291)',
	'fec0::/10': 'site-local, deprecated by RFC 3879',
	'ff00::/8': 'multicast (RFC 4291)',
	'': 'public address space',
};

const PARSE: Record<ParseFailure, string> = {
	empty: 'is an empty entry (a stray comma?)',
	whitespace: 'contains whitespace — Kubernetes splits the list on "," only and does not trim, so a space after a comma breaks parsing',
	'non-ascii': 'contains characters other than plain ASCII (full-width or other Unicode digits are not digits to Go)',
	'too-long': 'is far longer than any CIDR',
	'no-prefix': 'has no prefix length — a CIDR needs "/n", e.g. 10.244.0.0/16',
	'bad-prefix': 'has a prefix length that is not a plain decimal number',
	'prefix-too-long': 'has a prefix length larger than the address width (32 for IPv4, 128 for IPv6)',
	zone: 'has an IPv6 zone ("%…"); CIDRs cannot carry zones',
	'ipv4-shorthand': 'is IPv4 shorthand — Go needs all four octets, e.g. 10.96.0.0/12 instead of 10.96/12',
	'ipv4-octet-range': 'has an IPv4 octet above 255',
	'ipv4-syntax': 'is not a valid dotted-quad IPv4 address',
	'ipv6-syntax': 'is not a valid IPv6 address (1–4 hex digits per group, at most one "::")',
	'bad-address': 'is not an IPv4 or IPv6 address',
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const n = (value: bigint | number | string) => formatCount('en', value);
const names = (ranges: readonly string[]) => ranges.map((cidr) => (cidr ? `${cidr} (${RANGE_NAMES[cidr] ?? cidr})` : RANGE_NAMES[''])).join(', ');

/** Parameters of the special-range messages: the network, the blocks it touches (by CIDR) and whether it lies inside them. */
interface RangeParams {
	field: Field;
	cidr: string;
	ranges: readonly string[];
	inside: boolean;
}
const range = (advice: (p: RangeParams) => string) => (p: RangeParams) =>
	`The ${FIELD_NAMES[p.field]} ${p.cidr} ${p.inside ? 'lies in' : 'overlaps'} ${names(p.ranges)}. ${advice(p)}`;

export const en = {
	'cidr/empty:pod': () =>
		'The Pod network is empty. Without a Pod CIDR kubeadm leaves node IPAM off and kube-controller-manager hands out no per-node Pod ranges. Enter one CIDR (e.g. 10.244.0.0/16), or one IPv4 and one IPv6 CIDR separated by a comma for dual-stack.',
	'cidr/empty:service': () =>
		'The Service network is empty. kubeadm would silently use its default 10.96.0.0/12; write the range down so it can be checked against the Pod and node networks. Enter one CIDR, or one per family for dual-stack.',
	'cidr/parse': (p: { field: ListField; entry: number; input: string; reason: ParseFailure }) =>
		`${cap(FIELD_NAMES[p.field])} entry ${p.entry} ${p.input} ${PARSE[p.reason]}. Kubernetes (Go's net.ParseCIDR) rejects it, so kubeadm init and the component flags fail. Write it as address/prefix, e.g. 10.96.0.0/12 or fd00:10:96::/112.`,
	'cidr/parse:more': (p: { field: ListField; count: number }) =>
		`${plural('en', p.count, { one: '{n} more entry', other: '{n} more entries' })} of the ${FIELD_NAMES[p.field]} cannot be parsed either; they are not listed one by one.`,
	'cidr/leading-zeros': (p: { field: Field; input: string; normalised: string }) =>
		`${cap(FIELD_NAMES[p.field])} value ${p.input} has leading zeros. Kubernetes accepts them for compatibility and reads every number as decimal (not octal), so it uses ${p.normalised}. Write ${p.normalised} to avoid surprising other tools, which may read 010 as 8.`,
	'cidr/host-bits-set': (p: { field: Field; input: string; normalised: string }) =>
		`${cap(FIELD_NAMES[p.field])} value ${p.input} has host bits set. Kubernetes silently masks them and uses the network ${p.normalised}. Write ${p.normalised} so the configuration says what the cluster does.`,
	'cidr/ipv4-mapped': (p: { field: Field; input: string; effective: string; prefix: number }) =>
		`${cap(FIELD_NAMES[p.field])} value ${p.input} is an IPv4-mapped IPv6 CIDR. Kubernetes classifies it as IPv4 (the range ${p.effective}) but keeps its 128-bit mask /${p.prefix}, so IPv4 node masks, the dual-stack family check and size limits see /${p.prefix}. Write the IPv4 form ${p.effective} instead.`,
	'cidr/too-many': (p: { field: ListField; count: number; analysed: number }) =>
		`The ${FIELD_NAMES[p.field]} lists ${p.count} CIDRs. Kubernetes accepts one, or two for dual-stack (one IPv4 and one IPv6); kubeadm, kube-apiserver and kube-controller-manager all refuse more. Remove the extra entries.${p.count > p.analysed ? ` Only the first ${p.analysed} are analysed here.` : ''}`,
	'cidr/same-family': (p: { field: ListField; family: Family; first: string; second: string }) =>
		`The ${FIELD_NAMES[p.field]} lists two ${p.family} CIDRs (${p.first} and ${p.second}). Two entries mean dual-stack, which needs one IPv4 and one IPv6 CIDR; Kubernetes rejects two of the same family. Keep one ${p.family} range and, for dual-stack, add one of the other family.`,
	'cidr/family-mismatch': (p: { family: Family; service: string }) =>
		`The Service network has an ${p.family} range (${p.service}) but the Pod network has none. ${p.family} Services would get ClusterIPs whose EndpointSlices stay empty, because Pods have no ${p.family} addresses. Add an ${p.family} Pod range or remove ${p.service}.`,
	'cidr/family-without-service': (p: { family: Family; pod: string }) =>
		`The Pod network has an ${p.family} range (${p.pod}) but the Service network has none. Pods get ${p.family} addresses, yet no Service can have an ${p.family} ClusterIP. Add an ${p.family} Service range if Services should be reachable over ${p.family}.`,
	'cidr/primary-family-mismatch': (p: { podFamily: Family; serviceFamily: Family }) =>
		`The Pod network starts with ${p.podFamily} but the Service network starts with ${p.serviceFamily}. The first entry is the primary family: Pods report their ${p.podFamily} address first, while single-stack Services get ${p.serviceFamily} ClusterIPs and the kubernetes Service is ${p.serviceFamily}. List both in the same order.`,
	'cidr/node-family-mismatch': (p: { family: Family; pod: string }) =>
		`The Pod network has an ${p.family} range (${p.pod}) but the node network has none. Nodes without ${p.family} addresses usually cannot route ${p.family} Pod traffic between nodes, and the kubelet reports no ${p.family} node IP. Add the nodes' ${p.family} network or drop the ${p.family} Pod range.`,
	'cidr/service-too-small': (p: { cidr: string; size: Count }) =>
		`The Service range ${p.cidr} has only ${n(p.size)} addresses. kubeadm requires at least 10, because the cluster DNS Service takes the 10th address (the API server itself refuses fewer than 8). Use /28 or larger for IPv4 (/124 for IPv6) — realistically /16 to /12.`,
	'cidr/service-too-large': (p: { cidr: string; bits: number; prefix: number }) =>
		`The Service range ${p.cidr} has ${p.bits - p.prefix} host bits; kubeadm allows at most 20 (for ${p.bits}-bit addresses the mask must be ≥ /${p.bits - 20}) and refuses to init. Newer API servers (ServiceCIDR API with MultiCIDRServiceAllocator and DisableAllocatorDualWrite, default from v1.34) lift this cap — IPv6 is then limited to /64 — but kubeadm keeps it. Use /${p.bits - 20} or smaller.`,
	'cidr/service-ipv6-clamped': (p: { cidr: string; prefix: number }) =>
		`The IPv6 Service range ${p.cidr} (/${p.prefix}) is larger than /112. API servers still using the old bitmap allocator (before the ServiceCIDR allocator became the default in v1.33–v1.34) hand out only the first ${n(65536)} addresses of it. Use /112 unless all your API servers are v1.34 or newer.`,
	'cidr/pod-too-small': (p: { cidr: string; size: Count }) =>
		`The Pod range ${p.cidr} has only ${n(p.size)} addresses. kubeadm requires at least 14 (an IPv4 /28). Use a much larger range — typically /16 for IPv4 or /48–/56 for IPv6 — so that each node can get its own Pod range.`,
	'cidr/pod-smaller-than-node-range': (p: { cidr: string; prefix: number; nodeMask: number; family: Family; mapped: boolean }) =>
		`The Pod range ${p.cidr} (/${p.prefix}) is smaller than one node's Pod range (/${p.nodeMask}). kubeadm rejects this and kube-controller-manager exits with "mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size". Use a Pod range of /${p.nodeMask} or larger, or a longer ${p.family} node mask.${p.mapped ? ` (It is an IPv4-mapped CIDR: Kubernetes compares its 128-bit mask /${p.prefix} with the IPv4 node mask.)` : ''}`,
	'cidr/node-mask-diff': (p: { cidr: string; prefix: number; nodeMask: number; family: Family }) =>
		`The node mask /${p.nodeMask} is ${p.nodeMask - p.prefix} bits longer than the Pod range ${p.cidr}; Kubernetes allows at most 16 (${n(65536)} per-node ranges). kubeadm rejects it; ${
			p.family === 'IPv6'
				? 'kube-controller-manager also refuses it ("the node CIDR size is too big"), because it tracks per-node ranges in an uncompressed bitmap'
				: 'kube-controller-manager itself only enforces this for IPv6, but kubeadm refuses to init'
		}. Use a node mask of /${p.prefix + 16} or shorter, or a smaller Pod range.`,
	'cidr/node-mask-invalid': (p: { field: MaskField; input: string; zero: boolean; family: Family; width: number; fallback: number }) =>
		`The ${FIELD_NAMES[p.field]} ${p.input} is not a whole number from 1 to ${p.width}.${p.zero ? ' kube-controller-manager treats 0 as "not set" and would use the default.' : ''} Enter the prefix length each node's ${p.family} Pod range gets (default ${p.fallback}); the plan below uses ${p.fallback}.`,
	'cidr/node-mask-unused-family': (p: { field: MaskField; family: Family; clusterFamily: Family }) =>
		`An ${FIELD_NAMES[p.field]} is set, but the Pod network is single-stack ${p.clusterFamily}. kube-controller-manager refuses to start ("usage of ${p.family === 'IPv4' ? '--node-cidr-mask-size-ipv4' : '--node-cidr-mask-size-ipv6'} is not allowed for a single-stack ${p.clusterFamily} cluster"). Remove the ${p.family} node mask, or add an ${p.family} Pod range for dual-stack.`,
	'cidr/max-pods-invalid': (p: { input: string }) =>
		`maxPods ${p.input} is not a whole number from 0 to 2147483647. The kubelet refuses a negative maxPods and the field is a 32-bit integer. Enter the kubelet's maxPods (default 110); the plan below uses 110.`,
	'cidr/overlap': (p: { field: Field; cidr: string; other: Field; otherCidr: string; reserved?: Count; total?: Count; nodeMask?: number }) => {
		const lost =
			p.reserved === undefined || p.total === undefined
				? ''
				: BigInt(p.reserved) >= BigInt(p.total)
					? ` kube-controller-manager marks every per-node range it covers as used — here all ${n(p.total)} /${p.nodeMask} ranges, so no node gets a Pod range.`
					: ` kube-controller-manager marks the per-node ranges it covers as used: ${n(p.reserved)} of ${n(p.total)} /${p.nodeMask} ranges are lost to Pods.`;
		return `The ${FIELD_NAMES[p.field]} ${p.cidr} overlaps the ${FIELD_NAMES[p.other]} ${p.otherCidr}. Kubernetes does not check this, but packets to the shared addresses are routed to the wrong place (kube-proxy captures Service IPs, nodes route Pod ranges).${lost} Choose non-overlapping ranges.`;
	},
	'cidr/range-loopback': range(
		() =>
			'Loopback addresses never leave a host, and the API server rejects them as endpoint addresses, so Pods or Services there cannot work. Use a private range such as 10.0.0.0/8 or fd00::/8.',
	),
	'cidr/range-link-local': range(
		() =>
			'Link-local addresses are not routed and are used by nodes themselves (e.g. the cloud metadata service 169.254.169.254); the API server rejects them as endpoint addresses. Use a private range.',
	),
	'cidr/range-multicast': range(() => 'Multicast addresses cannot be assigned to Pods, Services or nodes. Use a private unicast range.'),
	'cidr/range-reserved': range(
		() => 'Reserved addresses are not usable as unicast host addresses; kernels and routers may drop them. Use a private range such as 10.0.0.0/8 or fd00::/8.',
	),
	'cidr/range-documentation': range(() => 'Documentation ranges are for examples only and must not be used on real networks. Use a private range.'),
	'cidr/range-shared': range(
		() =>
			'This space belongs to carrier-grade NAT; some clouds (and Tailscale) use it, so traffic may collide. Prefer RFC 1918 space unless you know it is free in your environment.',
	),
	'cidr/range-public': range((p) =>
		p.field === 'node'
			? 'Fine if your nodes really own these public addresses; otherwise use private space.'
			: 'Pods or Services numbered from public space hide the real owners of those addresses from your cluster. Use private space (RFC 1918 or fd00::/8) unless you own this range.',
	),
	'cidr/range-docker-bridge': range(
		() =>
			'Nodes running Docker (or anything that creates docker0) route 172.17.0.0/16 to the local bridge, so Pods or Services there become unreachable from those nodes. Pick another range.',
	),
	'cidr/range-site-local': range(() => 'Site-local addresses were deprecated by RFC 3879; kubeadm logs a warning for them. Use unique local addresses (fd00::/8) instead.'),
	'cidr/range-special': range(() => 'This block is set aside for a special purpose and may be treated specially by network equipment. Prefer private space.'),
	'cidr/no-nodes': (p: { family: Family; pod: string; reason: 'reserved' | 'node-network' | 'mask' }) =>
		`The ${p.family} plan leaves room for no node at all: ${
			p.reason === 'reserved'
				? 'the Service range takes every per-node range'
				: p.reason === 'node-network'
					? 'the node network has no usable host address'
					: 'the Pod range cannot be split into per-node ranges'
		}. Nodes would stay without a Pod range (NotReady). Enlarge the ranges or remove the overlap.`,
	'cidr/few-nodes': (p: { family: Family; maxNodes: Count; limitedBy: 'pod' | 'node'; pod: string; nodeMask: number }) => {
		const by =
			p.limitedBy === 'pod'
				? `the Pod range ${p.pod} yields only ${plural('en', BigInt(p.maxNodes), { one: `{n} usable /${p.nodeMask} per-node range`, other: `{n} usable /${p.nodeMask} per-node ranges` })}`
				: `the node network has only ${plural('en', BigInt(p.maxNodes), { one: '{n} usable address', other: '{n} usable addresses' })}`;
		const room = BigInt(p.maxNodes) === 1n ? `${n(p.maxNodes)} node — a one-node cluster` : plural('en', BigInt(p.maxNodes), { one: '{n} node', other: '{n} nodes' });
		return `The ${p.family} plan has room for only ${room}: ${by}. Further nodes get no Pod range and stay NotReady. Use a larger Pod range or a longer node mask${p.limitedBy === 'node' ? ', or a larger node network' : ''}.`;
	},
	'cidr/node-range-small': (p: { family: Family; nodeMask: number; addresses: Count; maxPods: number }) =>
		`${
			BigInt(p.addresses) - 2n < BigInt(p.maxPods)
				? `Each node's ${p.family} Pod range (/${p.nodeMask}, ${n(p.addresses)} addresses) cannot even hold maxPods = ${p.maxPods}: the kubelet admits Pods that then fail to get an IP.`
				: `Each node's ${p.family} Pod range (/${p.nodeMask}, ${n(p.addresses)} addresses) is smaller than 2 × maxPods = ${2 * p.maxPods}; with Pods churning, addresses are not reused immediately and the range can run dry.`
		} Use a shorter node mask (/24 gives 256 addresses for the default 110 Pods) or lower maxPods.`,
	'cidr/node-network-limit': (p: { family: Family; node: string; hosts: Count; ranges: Count }) =>
		`The ${p.family} node network ${p.node} offers ${n(p.hosts)} node addresses, fewer than the ${n(p.ranges)} per-node Pod ranges available, so it is the node network that limits the cluster to ${n(p.hosts)} nodes.`,
} satisfies MessageFunctions;

/** The field names as the playground and the CLI show them (capitalised, for labels). */
export const enFieldLabels: Record<Field, string> = { ...FIELD_NAMES, node: 'Node network' };
