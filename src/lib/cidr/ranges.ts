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
	'loopback' | 'link-local' | 'multicast' | 'reserved' | 'documentation' | 'shared' | 'site-local' | 'docker-bridge' | 'special' | 'private' | 'public';

export interface SpecialRange {
	family: Family;
	cidr: string;
	network: bigint;
	prefix: number;
	category: RangeCategory;
	// Each block's name is words: it lives in each language's catalogue (messages/en.ts RANGE_NAMES), keyed by
	// `cidr` ('' for public address space outside any block).
}

/** Builds an entry from its CIDR text, read by the same strict parser as user input, so each block is written once. */
function entry(cidr: string, category: RangeCategory): SpecialRange {
	const parsed = parseCidr(cidr);
	if (!parsed.ok || parsed.hostBitsSet) throw new Error(`special-range table: bad CIDR ${cidr}`);
	const { family, network, prefix } = parsed.cidr;
	return { family, cidr, network, prefix, category };
}

/** The table. Order does not matter; more specific entries win over the blocks that contain them. */
export const SPECIAL_RANGES: readonly SpecialRange[] = [
	// IPv4
	entry('0.0.0.0/8', 'reserved'),
	entry('10.0.0.0/8', 'private'),
	entry('100.64.0.0/10', 'shared'),
	entry('127.0.0.0/8', 'loopback'),
	entry('169.254.0.0/16', 'link-local'),
	entry('172.16.0.0/12', 'private'),
	entry('172.17.0.0/16', 'docker-bridge'),
	entry('192.0.0.0/24', 'reserved'),
	entry('192.0.2.0/24', 'documentation'),
	entry('192.88.99.0/24', 'special'),
	entry('192.168.0.0/16', 'private'),
	entry('198.18.0.0/15', 'special'),
	entry('198.51.100.0/24', 'documentation'),
	entry('203.0.113.0/24', 'documentation'),
	entry('224.0.0.0/4', 'multicast'),
	entry('240.0.0.0/4', 'reserved'),
	// IPv6 — the IANA IPv6 address space: everything outside 2000::/3, fc00::/7, fe80::/10, fec0::/10, ff00::/8 is reserved.
	entry('::/3', 'reserved'),
	entry('::/128', 'reserved'),
	entry('::1/128', 'loopback'),
	entry('100::/64', 'reserved'),
	entry('2000::/3', 'public'),
	entry('2001::/23', 'reserved'),
	entry('2001:db8::/32', 'documentation'),
	entry('2002::/16', 'special'),
	entry('3fff::/20', 'documentation'),
	entry('4000::/2', 'reserved'),
	entry('8000::/2', 'reserved'),
	entry('c000::/3', 'reserved'),
	entry('e000::/4', 'reserved'),
	entry('f000::/5', 'reserved'),
	entry('f800::/6', 'reserved'),
	entry('fc00::/7', 'private'),
	entry('fe00::/9', 'reserved'),
	entry('fe80::/10', 'link-local'),
	entry('fec0::/10', 'site-local'),
	entry('ff00::/8', 'multicast'),
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
		(h) => !hits.some((other) => other !== h && other.inside && other.range.prefix > h.range.prefix && contains(spanOfRange(h.range), spanOfRange(other.range))),
	);
	// Public: some part of the network is outside every non-public block.
	if (
		!coveredBy(
			span,
			hits.map((h) => spanOfRange(h.range)),
		)
	) {
		const pub = family === 'IPv6' ? SPECIAL_RANGES.find((r) => r.category === 'public' && r.family === 'IPv6') : undefined;
		kept.push({
			range: pub ?? { family, cidr: '', network: 0n, prefix: 0, category: 'public' },
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
