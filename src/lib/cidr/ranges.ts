// Special-purpose address ranges and how a cluster network inside them fares.
//
// Sources: the IANA IPv4/IPv6 Special-Purpose Address Registries (RFC 6890 and successors), the IANA IPv6
// Address Space registry, RFC 3879 (site-local deprecated), RFC 6598 (shared address space), RFC 9637
// (3fff::/20 documentation). Kubernetes itself refuses some of these for Pod/Service endpoints:
// pkg/apis/core/validation/validation.go ValidateNonSpecialIP rejects unspecified, loopback, link-local and
// link-local multicast addresses in Endpoints, EndpointSlices and externalIPs — so Pods numbered from those
// ranges cannot back a Service. kubeadm warns about fec0::/10 in ValidateIPNetFromString
// (cmd/kubeadm/app/apis/kubeadm/validation/validation.go).

import { contains, overlaps, spanOf } from './addr.ts';
import { parseCidr } from './parse.ts';
import type { Span } from './addr.ts';
import type { Family } from './types.ts';

export type RangeCategory =
	| 'loopback'
	| 'link-local'
	| 'multicast'
	| 'reserved'
	| 'documentation'
	| 'shared'
	| 'site-local'
	| 'docker-bridge'
	| 'special'
	| 'private'
	| 'public';

export interface SpecialRange {
	family: Family;
	cidr: string;
	network: bigint;
	prefix: number;
	category: RangeCategory;
	/** Short English name of the block, e.g. "RFC 5737 documentation (TEST-NET-1)". */
	name: string;
	/** Same in Chinese. */
	nameZh: string;
}

/** Builds an entry from its CIDR text, read by the same strict parser as user input, so each block is written once. */
function entry(cidr: string, category: RangeCategory, name: string, nameZh: string): SpecialRange {
	const parsed = parseCidr(cidr);
	if (!parsed.ok || parsed.hostBitsSet) throw new Error(`special-range table: bad CIDR ${cidr}`);
	const { family, network, prefix } = parsed.cidr;
	return { family, cidr, network, prefix, category, name, nameZh };
}

/** The table. Order does not matter; more specific entries win over the blocks that contain them. */
export const SPECIAL_RANGES: readonly SpecialRange[] = [
	// IPv4
	entry('0.0.0.0/8', 'reserved', '"this network" (RFC 1122)', '“本网络”（RFC 1122）'),
	entry('10.0.0.0/8', 'private', 'private (RFC 1918)', '私有地址（RFC 1918）'),
	entry('100.64.0.0/10', 'shared', 'shared address space for carrier-grade NAT (RFC 6598)', '运营商级 NAT 共享地址（RFC 6598）'),
	entry('127.0.0.0/8', 'loopback', 'loopback (RFC 1122)', '环回地址（RFC 1122）'),
	entry('169.254.0.0/16', 'link-local', 'link-local (RFC 3927)', '链路本地地址（RFC 3927）'),
	entry('172.16.0.0/12', 'private', 'private (RFC 1918)', '私有地址（RFC 1918）'),
	entry('172.17.0.0/16', 'docker-bridge', "Docker's default bridge network docker0", 'Docker 默认网桥 docker0'),
	entry('192.0.0.0/24', 'reserved', 'IETF protocol assignments (RFC 6890)', 'IETF 协议分配（RFC 6890）'),
	entry('192.0.2.0/24', 'documentation', 'documentation TEST-NET-1 (RFC 5737)', '文档示例 TEST-NET-1（RFC 5737）'),
	entry('192.88.99.0/24', 'special', 'deprecated 6to4 relay anycast (RFC 7526)', '已废弃的 6to4 中继任播（RFC 7526）'),
	entry('192.168.0.0/16', 'private', 'private (RFC 1918)', '私有地址（RFC 1918）'),
	entry('198.18.0.0/15', 'special', 'network benchmarking (RFC 2544)', '网络基准测试（RFC 2544）'),
	entry('198.51.100.0/24', 'documentation', 'documentation TEST-NET-2 (RFC 5737)', '文档示例 TEST-NET-2（RFC 5737）'),
	entry('203.0.113.0/24', 'documentation', 'documentation TEST-NET-3 (RFC 5737)', '文档示例 TEST-NET-3（RFC 5737）'),
	entry('224.0.0.0/4', 'multicast', 'multicast (RFC 5771)', '组播地址（RFC 5771）'),
	entry('240.0.0.0/4', 'reserved', 'reserved for future use and broadcast (RFC 1112, RFC 919)', '保留地址及广播地址（RFC 1112、RFC 919）'),
	// IPv6 — the IANA IPv6 address space: everything outside 2000::/3, fc00::/7, fe80::/10, fec0::/10, ff00::/8 is reserved.
	entry('::/3', 'reserved', 'IETF-reserved space (IANA IPv6 address space)', 'IETF 保留地址空间（IANA IPv6 地址空间）'),
	entry('::/128', 'reserved', 'unspecified address (RFC 4291)', '未指定地址（RFC 4291）'),
	entry('::1/128', 'loopback', 'loopback (RFC 4291)', '环回地址（RFC 4291）'),
	entry('100::/64', 'reserved', 'discard-only (RFC 6666)', '仅丢弃前缀（RFC 6666）'),
	entry('2000::/3', 'public', 'global unicast', '全球单播地址'),
	entry('2001::/23', 'reserved', 'IETF protocol assignments (RFC 2928)', 'IETF 协议分配（RFC 2928）'),
	entry('2001:db8::/32', 'documentation', 'documentation (RFC 3849)', '文档示例（RFC 3849）'),
	entry('2002::/16', 'special', '6to4 (RFC 3056)', '6to4（RFC 3056）'),
	entry('3fff::/20', 'documentation', 'documentation (RFC 9637)', '文档示例（RFC 9637）'),
	entry('4000::/2', 'reserved', 'IETF-reserved space (IANA IPv6 address space)', 'IETF 保留地址空间（IANA IPv6 地址空间）'),
	entry('8000::/2', 'reserved', 'IETF-reserved space (IANA IPv6 address space)', 'IETF 保留地址空间（IANA IPv6 地址空间）'),
	entry('c000::/3', 'reserved', 'IETF-reserved space (IANA IPv6 address space)', 'IETF 保留地址空间（IANA IPv6 地址空间）'),
	entry('e000::/4', 'reserved', 'IETF-reserved space (IANA IPv6 address space)', 'IETF 保留地址空间（IANA IPv6 地址空间）'),
	entry('f000::/5', 'reserved', 'IETF-reserved space (IANA IPv6 address space)', 'IETF 保留地址空间（IANA IPv6 地址空间）'),
	entry('f800::/6', 'reserved', 'IETF-reserved space (IANA IPv6 address space)', 'IETF 保留地址空间（IANA IPv6 地址空间）'),
	entry('fc00::/7', 'private', 'unique local addresses (RFC 4193)', '唯一本地地址（RFC 4193）'),
	entry('fe00::/9', 'reserved', 'IETF-reserved space (IANA IPv6 address space)', 'IETF 保留地址空间（IANA IPv6 地址空间）'),
	entry('fe80::/10', 'link-local', 'link-local (RFC 4291)', '链路本地地址（RFC 4291）'),
	entry('fec0::/10', 'site-local', 'site-local, deprecated by RFC 3879', '站点本地地址，已被 RFC 3879 废弃'),
	entry('ff00::/8', 'multicast', 'multicast (RFC 4291)', '组播地址（RFC 4291）'),
];

function spanOfRange(r: SpecialRange): Span {
	return spanOf(r.network, r.prefix, r.family === 'IPv4' ? 32 : 128);
}

export interface RangeHit {
	range: SpecialRange;
	/** The CIDR lies entirely inside this block (otherwise it only overlaps it). */
	inside: boolean;
}

/**
 * The special blocks a network touches, most specific first. A block is dropped when the network lies entirely
 * inside a more specific block it contains (10.1.0.0/16 is "private", not also "public"), and when a block is a
 * plain container of a more specific hit (::1/128 is "loopback", not also "reserved ::/3").
 * The `public` category is reported when part of the network is covered by no non-public block.
 */
export function classify(family: Family, network: bigint, prefix: number): RangeHit[] {
	const bits = family === 'IPv4' ? 32 : 128;
	const span = spanOf(network, prefix, bits);
	const hits: RangeHit[] = [];
	for (const r of SPECIAL_RANGES) {
		if (r.family !== family || r.category === 'public') continue;
		const rs = spanOfRange(r);
		if (overlaps(span, rs)) hits.push({ range: r, inside: contains(rs, span) });
	}
	// Drop a hit that strictly contains another hit in which the network lies entirely.
	const kept = hits.filter(
		(h) =>
			!hits.some(
				(other) =>
					other !== h &&
					other.inside &&
					other.range.prefix > h.range.prefix &&
					contains(spanOfRange(h.range), spanOfRange(other.range)),
			),
	);
	// Public: some part of the network is outside every non-public block.
	if (!coveredBy(span, hits.map((h) => spanOfRange(h.range)))) {
		const pub =
			family === 'IPv6'
				? SPECIAL_RANGES.find((r) => r.category === 'public' && r.family === 'IPv6')
				: undefined;
		kept.push({
			range:
				pub ??
				{ family, cidr: '', network: 0n, prefix: 0, category: 'public', name: 'public address space', nameZh: '公网地址空间' },
			inside: false,
		});
	}
	kept.sort((a, b) => b.range.prefix - a.range.prefix);
	return kept;
}

function coveredBy(span: Span, blocks: Span[]): boolean {
	const sorted = [...blocks].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
	let next = span.first;
	for (const b of sorted) {
		if (b.first > next) break;
		if (b.last >= next) next = b.last + 1n;
		if (next > span.last) return true;
	}
	return next > span.last;
}
