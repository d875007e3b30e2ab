// Geometry of the playground's two pictures, as plain data: the bit ruler (network, per-node and host bits of
// a range, as cidr.xyz draws them) and the address-space bar (where the ranges of one family sit and where
// they overlap). Both the build-time render and the browser draw from this, so they cannot disagree.

import { formatAddress, maskOf, maxValue, overlaps as spansOverlap } from './addr.ts';
import { parseCidrList } from './parse.ts';
import { LIMITS } from './rules.ts';
import type { Cidr, Family } from './types.ts';

export type Role = 'node' | 'pod' | 'service';
export type BitKind = 'network' | 'node' | 'host';

export interface RangeRef {
	role: Role;
	/** Position in the field's comma list. */
	index: number;
	cidr: Cidr;
}

/** Parsed entries of the three lists, in display order (node, Pod, Service); as in the rules, only the
 * first LIMITS.maxAnalysedEntries of a list are drawn (overlap bars are pairwise). */
export function rangesOf(lists: { node: string; pod: string; service: string }): RangeRef[] {
	const out: RangeRef[] = [];
	for (const role of ['node', 'pod', 'service'] as const) {
		for (const e of parseCidrList(lists[role])) {
			if (e.index >= LIMITS.maxAnalysedEntries) break;
			if (e.result.ok) out.push({ role, index: e.index, cidr: e.result.cidr });
		}
	}
	return out;
}

export interface RulerSegment {
	kind: BitKind;
	bits: number;
	/** Share of the ruler's width, 0–100. */
	percent: number;
}

export interface Ruler {
	role: Role;
	text: string;
	family: Family;
	width: 32 | 128;
	prefix: number;
	/** The per-node mask, drawn inside Pod ranges only (when it lies within the range). */
	nodeMask?: number;
	segments: RulerSegment[];
	/** IPv4 only: every bit of the network address, grouped by octet (4 × 8). IPv6 has too many to draw. */
	octets?: Array<{ value: number; bits: Array<{ bit: 0 | 1; kind: BitKind }> }>;
}

function kindAt(position: number, prefix: number, nodeMask: number | undefined): BitKind {
	if (position < prefix) return 'network';
	if (nodeMask !== undefined && position < nodeMask) return 'node';
	return 'host';
}

export function ruler(ref: RangeRef, masks: { v4: number; v6: number }): Ruler {
	const { cidr } = ref;
	const width = cidr.familyBits;
	const prefix = cidr.familyPrefix;
	const mask = cidr.family === 'IPv4' ? masks.v4 : masks.v6;
	const nodeMask = ref.role === 'pod' && mask > prefix && mask <= width ? mask : undefined;
	const segments: RulerSegment[] = [];
	const push = (kind: BitKind, bits: number) => {
		if (bits > 0) segments.push({ kind, bits, percent: (bits / width) * 100 });
	};
	push('network', prefix);
	if (nodeMask !== undefined) push('node', nodeMask - prefix);
	push('host', width - (nodeMask ?? prefix));

	const result: Ruler = { role: ref.role, text: cidr.text, family: cidr.family, width, prefix, segments };
	if (nodeMask !== undefined) result.nodeMask = nodeMask;
	if (width === 32) {
		result.octets = [0, 1, 2, 3].map((o) => {
			const value = Number((cidr.familyNetwork >> BigInt(24 - o * 8)) & 0xffn);
			const bits = Array.from({ length: 8 }, (_, b) => ({
				bit: ((value >> (7 - b)) & 1) as 0 | 1,
				kind: kindAt(o * 8 + b, prefix, nodeMask),
			}));
			return { value, bits };
		});
	}
	return result;
}

export interface Track {
	role: Role;
	index: number;
	text: string;
	first: string;
	last: string;
	/** Position and width in the bar, percent of the view. Tiny ranges get a minimum width to stay visible. */
	left: number;
	width: number;
}

export interface OverlapMark {
	a: { role: Role; text: string };
	b: { role: Role; text: string };
	first: string;
	last: string;
	left: number;
	width: number;
}

export interface SpaceBar {
	family: Family;
	/** The smallest CIDR block that holds every range of this family. */
	view: { text: string; first: string; last: string };
	tracks: Track[];
	overlaps: OverlapMark[];
}

/** Narrowest a drawn range may get (percent), so a /24 inside a /8 view is still visible. */
export const MIN_WIDTH = 0.6;

function bitLength(value: bigint): number {
	return value === 0n ? 0 : value.toString(2).length;
}

/** Percent of `size` that `part` is, to three decimals, with bigint inputs of any width. */
function percentOf(part: bigint, size: bigint): number {
	return Number((part * 100_000n) / size) / 1000;
}

export function spaceBars(ranges: RangeRef[]): SpaceBar[] {
	const bars: SpaceBar[] = [];
	for (const family of ['IPv4', 'IPv6'] as const) {
		const refs = ranges.filter((r) => r.cidr.family === family);
		if (refs.length === 0) continue;
		const bits = family === 'IPv4' ? 32 : 128;
		const span = (c: Cidr) => ({ first: c.familyNetwork, last: c.familyNetwork | maxValue(bits - c.familyPrefix) });
		const spans = refs.map((r) => span(r.cidr));
		const lowest = spans.reduce((m, s) => (s.first < m ? s.first : m), spans[0]!.first);
		const highest = spans.reduce((m, s) => (s.last > m ? s.last : m), spans[0]!.last);
		const prefix = bits - bitLength(lowest ^ highest);
		const viewFirst = lowest & maskOf(prefix, bits);
		const viewLast = viewFirst | maxValue(bits - prefix);
		const size = viewLast - viewFirst + 1n;
		const place = (first: bigint, last: bigint) => {
			const width = Math.max(percentOf(last - first + 1n, size), MIN_WIDTH);
			const left = Math.min(percentOf(first - viewFirst, size), 100 - width);
			return { left, width };
		};
		const tracks: Track[] = refs.map((r, i) => ({
			role: r.role,
			index: r.index,
			text: r.cidr.text,
			first: formatAddress(spans[i]!.first, bits),
			last: formatAddress(spans[i]!.last, bits),
			...place(spans[i]!.first, spans[i]!.last),
		}));
		const marks: OverlapMark[] = [];
		for (let i = 0; i < refs.length; i++) {
			for (let j = i + 1; j < refs.length; j++) {
				const a = spans[i]!;
				const b = spans[j]!;
				if (refs[i]!.role === refs[j]!.role || !spansOverlap(a, b)) continue;
				const first = a.first > b.first ? a.first : b.first;
				const last = a.last < b.last ? a.last : b.last;
				marks.push({
					a: { role: refs[i]!.role, text: refs[i]!.cidr.text },
					b: { role: refs[j]!.role, text: refs[j]!.cidr.text },
					first: formatAddress(first, bits),
					last: formatAddress(last, bits),
					...place(first, last),
				});
			}
		}
		bars.push({
			family,
			view: { text: `${formatAddress(viewFirst, bits)}/${prefix}`, first: formatAddress(viewFirst, bits), last: formatAddress(viewLast, bits) },
			tracks,
			overlaps: marks,
		});
	}
	return bars;
}
