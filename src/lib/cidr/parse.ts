// Go-compatible strict CIDR parsing, as Kubernetes parses its CIDR flags and config fields.
//
// Kubernetes source: every CIDR list (kubeadm networking.podSubnet/serviceSubnet, kube-apiserver
// --service-cluster-ip-range, kube-controller-manager --cluster-cidr) is split on "," and each piece goes through
// k8s.io/utils/net ParseCIDRs → ParseCIDRSloppy (kubernetes/utils net/parse.go). ParseCIDRSloppy first calls Go's
// net.ParseCIDR (golang/go src/net/ip.go: the address must pass netip.ParseAddr, no zone, the prefix is ASCII
// decimal ≤ the address width); if that fails it strips leading zeros from a trailing dotted-quad (and its
// prefix) and tries once more, so "010.096.0.0/12" is read as decimal 10.96.0.0/12, never as octal.
// Go masks host bits silently ("10.96.0.1/12" → 10.96.0.0/12) and keeps the 128-bit mask of an IPv4-mapped
// IPv6 CIDR ("::ffff:10.0.0.0/104"), whose network Kubernetes then classifies as IPv4 (IP.To4() != nil).
//
// The parser below is our own implementation of that acceptance; it does not trust any lenient IP library
// (several accept "10.96/12" or read "010" as octal).

import { formatIPv4, formatIPv6, isMapped, maskOf } from './addr.ts';
import type { Cidr, ListEntry, ParseFailure, ParseResult, TextRange } from './types.ts';

/** Longer entries are rejected without parsing. Valid CIDRs are ≤ 49 characters; see docs/cidr-rules.md. */
export const MAX_CIDR_CHARS = 256;

type AddrResult = { ok: true; value: bigint; bits: 32 | 128 } | { ok: false; reason: ParseFailure | 'leading-zero' };

function isDigit(c: string): boolean {
	return c >= '0' && c <= '9';
}

function hexValue(c: string): number {
	if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
	if (c >= 'a' && c <= 'f') return c.charCodeAt(0) - 87;
	if (c >= 'A' && c <= 'F') return c.charCodeAt(0) - 55;
	return -1;
}

/** Dotted-quad IPv4 as netip.ParseAddr reads it: exactly four decimal fields 0–255, no leading zeros unless allowed. */
function parseIPv4(s: string, allowLeadingZeros: boolean): AddrResult {
	let value = 0n;
	let fields = 0;
	let field = 0;
	let digits = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s[i] ?? '';
		if (isDigit(c)) {
			if (digits === 1 && field === 0 && !allowLeadingZeros) return { ok: false, reason: 'leading-zero' };
			field = field * 10 + (c.charCodeAt(0) - 48);
			digits++;
			if (field > 255) return { ok: false, reason: 'ipv4-octet-range' };
		} else if (c === '.') {
			if (digits === 0 || i === s.length - 1) return { ok: false, reason: 'ipv4-syntax' };
			if (fields === 3) return { ok: false, reason: 'ipv4-syntax' };
			value = (value << 8n) | BigInt(field);
			fields++;
			field = 0;
			digits = 0;
		} else {
			return { ok: false, reason: 'ipv4-syntax' };
		}
	}
	if (fields < 3) return { ok: false, reason: 'ipv4-shorthand' };
	if (digits === 0) return { ok: false, reason: 'ipv4-syntax' };
	return { ok: true, value: (value << 8n) | BigInt(field), bits: 32 };
}

/** IPv6 as netip.ParseAddr reads it: 1–4 hex digits per field, at most one "::", an optional trailing dotted quad. */
function parseIPv6(input: string, allowLeadingZeros: boolean): AddrResult {
	if (input.includes('%')) return { ok: false, reason: 'zone' };
	const bytes = new Array<number>(16).fill(0);
	let s = input;
	let ellipsis = -1;
	let i = 0;
	if (s.startsWith('::')) {
		ellipsis = 0;
		s = s.slice(2);
		if (s === '') return { ok: true, value: 0n, bits: 128 };
	}
	while (i < 16) {
		let off = 0;
		let acc = 0;
		while (off < s.length) {
			const h = hexValue(s[off] ?? '');
			if (h < 0) break;
			acc = acc * 16 + h;
			off++;
			if (off > 4) return { ok: false, reason: 'ipv6-syntax' };
		}
		if (off === 0) return { ok: false, reason: 'ipv6-syntax' };
		if (off < s.length && s[off] === '.') {
			// Embedded IPv4: only as the last 32 bits.
			if ((ellipsis < 0 && i !== 12) || i + 4 > 16) return { ok: false, reason: 'ipv6-syntax' };
			const v4 = parseIPv4(s, allowLeadingZeros);
			if (!v4.ok) return v4.reason === 'leading-zero' ? v4 : { ok: false, reason: 'ipv6-syntax' };
			for (let k = 0; k < 4; k++) bytes[i + k] = Number((v4.value >> BigInt(24 - 8 * k)) & 0xffn);
			s = '';
			i += 4;
			break;
		}
		bytes[i] = acc >> 8;
		bytes[i + 1] = acc & 0xff;
		i += 2;
		s = s.slice(off);
		if (s === '') break;
		if (s[0] !== ':' || s.length === 1) return { ok: false, reason: 'ipv6-syntax' };
		s = s.slice(1);
		if (s[0] === ':') {
			if (ellipsis >= 0) return { ok: false, reason: 'ipv6-syntax' };
			ellipsis = i;
			s = s.slice(1);
			if (s === '') break;
		}
	}
	if (s !== '') return { ok: false, reason: 'ipv6-syntax' };
	if (i < 16) {
		if (ellipsis < 0) return { ok: false, reason: 'ipv6-syntax' };
		const n = 16 - i;
		for (let j = i - 1; j >= ellipsis; j--) bytes[j + n] = bytes[j] ?? 0;
		for (let j = ellipsis; j < ellipsis + n; j++) bytes[j] = 0;
	} else if (ellipsis >= 0) {
		return { ok: false, reason: 'ipv6-syntax' };
	}
	let value = 0n;
	for (const b of bytes) value = (value << 8n) | BigInt(b);
	return { ok: true, value, bits: 128 };
}

/** netip.ParseAddr's dispatch: the first '.', ':' or '%' decides the syntax. */
function parseAddress(s: string, allowLeadingZeros: boolean): AddrResult {
	for (const c of s) {
		if (c === '.') return parseIPv4(s, allowLeadingZeros);
		if (c === ':') return parseIPv6(s, allowLeadingZeros);
		if (c === '%') return { ok: false, reason: 'zone' };
	}
	if (s !== '' && Array.from(s).every(isDigit)) return { ok: false, reason: 'ipv4-shorthand' };
	return { ok: false, reason: 'bad-address' };
}

type CidrAttempt = { ok: true; value: bigint; bits: 32 | 128; prefix: number; prefixLeadingZeros: boolean } | { ok: false; reason: ParseFailure | 'leading-zero' };

/** Go's net.ParseCIDR acceptance, optionally with leading zeros allowed (the ParseCIDRSloppy retry). */
function attempt(s: string, allowLeadingZeros: boolean): CidrAttempt {
	const slash = s.indexOf('/');
	if (slash < 0) {
		// A broken address ("10.96") is more useful to report than the missing prefix when both apply.
		const addr = parseAddress(s, allowLeadingZeros);
		return addr.ok ? { ok: false, reason: 'no-prefix' } : addr;
	}
	const addr = parseAddress(s.slice(0, slash), allowLeadingZeros);
	if (!addr.ok) return addr;
	const mask = s.slice(slash + 1);
	if (mask === '' || !Array.from(mask).every(isDigit)) return { ok: false, reason: 'bad-prefix' };
	// Go's dtoi gives up at 0xFFFFFF; anything that long is out of range anyway.
	const digits = mask.replace(/^0+(?=\d)/, '');
	const prefix = digits.length > 4 ? Number.POSITIVE_INFINITY : Number(digits);
	if (prefix > addr.bits) return { ok: false, reason: 'prefix-too-long' };
	return { ok: true, value: addr.value, bits: addr.bits, prefix, prefixLeadingZeros: digits.length !== mask.length };
}

function buildCidr(value: bigint, bits: 32 | 128, prefix: number): Cidr {
	const network = value & maskOf(prefix, bits);
	const mapped = bits === 128 && isMapped(network);
	if (bits === 32 || mapped) {
		const familyPrefix = mapped ? prefix - 96 : prefix;
		const familyNetwork = network & 0xffffffffn;
		return {
			family: 'IPv4',
			bits,
			prefix,
			network,
			mapped,
			familyBits: 32,
			familyPrefix,
			familyNetwork,
			text: `${formatIPv4(familyNetwork)}/${familyPrefix}`,
		};
	}
	return {
		family: 'IPv6',
		bits,
		prefix,
		network,
		mapped: false,
		familyBits: 128,
		familyPrefix: prefix,
		familyNetwork: network,
		text: `${formatIPv6(network)}/${prefix}`,
	};
}

/**
 * Parse one CIDR exactly as Kubernetes does (k8s.io/utils/net ParseCIDRSloppy on Go's net.ParseCIDR).
 * Never throws; failures carry a reason for a precise message.
 */
export function parseCidr(input: string): ParseResult {
	if (input === '') return { ok: false, reason: 'empty', input };
	if (input.length > MAX_CIDR_CHARS) return { ok: false, reason: 'too-long', input };
	if (/\s/u.test(input)) return { ok: false, reason: 'whitespace', input };
	if (/[^\x21-\x7e]/u.test(input)) return { ok: false, reason: 'non-ascii', input };

	let result = attempt(input, false);
	let leadingZeros = false;
	if (!result.ok && result.reason === 'leading-zero') {
		// ParseCIDRSloppy's retry applies to a dotted quad at the end of the text (after the start or a colon),
		// optionally followed by the prefix: strip its leading zeros and parse strictly again.
		const sloppy = /(^|:)([0-9]+)\.([0-9]+)\.([0-9]+)\.([0-9]+)(?:\/([0-9]+))?$/.exec(input);
		if (sloppy) {
			const strip = (d: string) => d.replace(/^0+(?=\d)/, '');
			const [, lead = '', a = '', b = '', c = '', d = '', p] = sloppy;
			const rewritten = `${input.slice(0, sloppy.index)}${lead}${strip(a)}.${strip(b)}.${strip(c)}.${strip(d)}${p === undefined ? '' : `/${strip(p)}`}`;
			result = attempt(rewritten, false);
			leadingZeros = result.ok;
		}
		if (!result.ok) {
			// Report what is wrong besides the zeros.
			const lenient = attempt(input, true);
			result = lenient.ok ? { ok: false, reason: 'ipv4-syntax' } : lenient;
		}
	}
	if (!result.ok) {
		const reason: ParseFailure = result.reason === 'leading-zero' ? 'ipv4-syntax' : result.reason;
		return { ok: false, reason, input };
	}
	const cidr = buildCidr(result.value, result.bits, result.prefix);
	return {
		ok: true,
		cidr,
		leadingZeros: leadingZeros || result.prefixLeadingZeros,
		hostBitsSet: cidr.network !== result.value,
		input,
	};
}

/** Split a comma-separated list exactly like strings.Split(s, ","), keeping each piece's position. */
export function splitList(text: string): Array<{ text: string; range: TextRange }> {
	const out: Array<{ text: string; range: TextRange }> = [];
	let start = 0;
	for (;;) {
		const comma = text.indexOf(',', start);
		const end = comma < 0 ? text.length : comma;
		out.push({ text: text.slice(start, end), range: { start, end } });
		if (comma < 0) return out;
		start = comma + 1;
	}
}

/** Parse a Kubernetes CIDR list ("10.244.0.0/16,fd00:10:244::/56"). Empty text gives no entries. */
export function parseCidrList(text: string): ListEntry[] {
	if (text === '') return [];
	return splitList(text).map((piece, index) => ({
		index,
		text: piece.text,
		range: piece.range,
		result: parseCidr(piece.text),
	}));
}
