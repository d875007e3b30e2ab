// Address arithmetic on BigInt: formatting, masks, range sizes, containment.
// Formatting follows Go's net.IP.String() (which Kubernetes uses in its messages and objects):
// dotted decimal for IPv4 and IPv4-mapped addresses, RFC 5952 for IPv6 (lower case, the longest run of two or
// more zero groups compressed, the leftmost one on ties).

import type { Count } from './types.ts';

export const MAPPED_PREFIX = 0xffffn << 32n; // ::ffff:0:0

export function maxValue(bits: number): bigint {
	return (1n << BigInt(bits)) - 1n;
}

/** Mask with `prefix` leading one bits in a `bits`-wide integer. */
export function maskOf(prefix: number, bits: number): bigint {
	return maxValue(bits) ^ maxValue(bits - prefix);
}

export function formatIPv4(value: bigint): string {
	const parts: number[] = [];
	for (let shift = 24n; shift >= 0n; shift -= 8n) parts.push(Number((value >> shift) & 0xffn));
	return parts.join('.');
}

/** Is this 128-bit value an IPv4-mapped address (::ffff:a.b.c.d)? Mirrors Go's IP.To4() != nil for 16-byte IPs. */
export function isMapped(value128: bigint): boolean {
	return value128 >> 32n === 0xffffn;
}

export function formatIPv6(value: bigint): string {
	if (isMapped(value)) return formatIPv4(value & 0xffffffffn);
	const groups: number[] = [];
	for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
	let bestStart = -1;
	let bestLength = 0;
	for (let i = 0; i < 8;) {
		if (groups[i] !== 0) {
			i++;
			continue;
		}
		let j = i;
		while (j < 8 && groups[j] === 0) j++;
		if (j - i >= 2 && j - i > bestLength) {
			bestStart = i;
			bestLength = j - i;
		}
		i = j;
	}
	const hex = groups.map((g) => g.toString(16));
	if (bestStart < 0) return hex.join(':');
	const head = hex.slice(0, bestStart).join(':');
	const tail = hex.slice(bestStart + bestLength).join(':');
	return `${head}::${tail}`;
}

export function formatAddress(value: bigint, bits: 32 | 128): string {
	return bits === 32 ? formatIPv4(value) : formatIPv6(value);
}

/** 2^n as a bigint. */
export function pow2(n: number): bigint {
	return n <= 0 ? 1n : 1n << BigInt(n);
}

/** Exact JSON-safe count: a number up to Number.MAX_SAFE_INTEGER, a decimal string beyond. */
export function toCount(value: bigint): Count {
	return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
}

export interface Span {
	first: bigint;
	last: bigint;
}

export function spanOf(network: bigint, prefix: number, bits: number): Span {
	return { first: network, last: network | maxValue(bits - prefix) };
}

export function overlaps(a: Span, b: Span): boolean {
	return a.first <= b.last && b.first <= a.last;
}

export function contains(outer: Span, inner: Span): boolean {
	return outer.first <= inner.first && inner.last <= outer.last;
}
