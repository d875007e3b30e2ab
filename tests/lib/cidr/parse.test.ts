import { describe, expect, it } from 'vitest';
import { parseCidr, parseCidrList, splitList } from '../../../src/lib/cidr/index.ts';
import type { ParseFailure } from '../../../src/lib/cidr/index.ts';

describe('parseCidr accepts what Go net.ParseCIDR (via ParseCIDRSloppy) accepts', () => {
	const accepted: Array<[input: string, family: 'IPv4' | 'IPv6', text: string, prefix: number, bits: 32 | 128]> = [
		['10.96.0.0/12', 'IPv4', '10.96.0.0/12', 12, 32],
		['0.0.0.0/0', 'IPv4', '0.0.0.0/0', 0, 32],
		['255.255.255.255/32', 'IPv4', '255.255.255.255/32', 32, 32],
		['10.0.0.0/08', 'IPv4', '10.0.0.0/8', 8, 32],
		['fd00:10:96::/112', 'IPv6', 'fd00:10:96::/112', 112, 128],
		['FD00:10:96::/112', 'IPv6', 'fd00:10:96::/112', 112, 128],
		['::/0', 'IPv6', '::/0', 0, 128],
		['::/128', 'IPv6', '::/128', 128, 128],
		['1:2:3:4:5:6:7:8/128', 'IPv6', '1:2:3:4:5:6:7:8/128', 128, 128],
		['2001:db8:0:0:1:0:0:1/128', 'IPv6', '2001:db8::1:0:0:1/128', 128, 128],
		['2001:0:0:1:0:0:0:1/128', 'IPv6', '2001:0:0:1::1/128', 128, 128],
		['0fd0::/16', 'IPv6', 'fd0::/16', 16, 128],
		['64:ff9b::1.2.3.4/128', 'IPv6', '64:ff9b::102:304/128', 128, 128],
		// IPv4-mapped: classified IPv4, printed like Go's IPNet.String (IPv4 form, prefix − 96), mask kept at 128 bits.
		['::ffff:10.0.0.0/104', 'IPv4', '10.0.0.0/8', 104, 128],
		['::ffff:a00:0/104', 'IPv4', '10.0.0.0/8', 104, 128],
		['::ffff:10.96.0.0/108', 'IPv4', '10.96.0.0/12', 108, 128],
		// Masking below /96 removes the ::ffff marker: then it is an ordinary IPv6 network.
		['::ffff:10.0.0.0/80', 'IPv6', '::/80', 80, 128],
	];
	it.each(accepted)('%s → %s %s', (input, family, text, prefix, bits) => {
		const r = parseCidr(input);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.cidr.family).toBe(family);
		expect(r.cidr.text).toBe(text);
		expect(r.cidr.prefix).toBe(prefix);
		expect(r.cidr.bits).toBe(bits);
	});
});

describe('parseCidr rejects what Kubernetes rejects, with the reason', () => {
	const rejected: Array<[input: string, reason: ParseFailure]> = [
		['', 'empty'],
		['10.96/12', 'ipv4-shorthand'],
		['10/8', 'ipv4-shorthand'],
		['10.96.0/12', 'ipv4-shorthand'],
		['10.96', 'ipv4-shorthand'],
		['fe80::1%eth0/64', 'zone'],
		['fe80::%/64', 'zone'],
		['10.0.0.0/33', 'prefix-too-long'],
		['fd00::/129', 'prefix-too-long'],
		['::ffff:10.0.0.0/129', 'prefix-too-long'],
		['10.0.0.0/99999999999', 'prefix-too-long'],
		['256.0.0.0/8', 'ipv4-octet-range'],
		['10.0.0.300/8', 'ipv4-octet-range'],
		['10.0.0.0', 'no-prefix'],
		['fd00::', 'no-prefix'],
		['10.0.0.0/', 'bad-prefix'],
		['10.0.0.0/+8', 'bad-prefix'],
		['10.0.0.0/-1', 'bad-prefix'],
		['10.0.0.0/8/8', 'bad-prefix'],
		['10.0.0.0/0x8', 'bad-prefix'],
		[' 10.0.0.0/8', 'whitespace'],
		['10.0.0.0/8 ', 'whitespace'],
		['10.0.0.0\t/8', 'whitespace'],
		['１0.0.0.0/8', 'non-ascii'],
		['10.0.0.0/٨', 'non-ascii'],
		['10..0.0/8', 'ipv4-syntax'],
		['10.0.0.0.0/8', 'ipv4-syntax'],
		['.10.0.0/8', 'ipv4-syntax'],
		['0x0a.0.0.0/8', 'ipv4-syntax'],
		['a.b.c.d/8', 'ipv4-syntax'],
		['00001::/64', 'ipv6-syntax'],
		['1::2::3/64', 'ipv6-syntax'],
		['1:2:3:4:5:6:7:8:9/64', 'ipv6-syntax'],
		['1:2:3:4:5:6:7/64', 'ipv6-syntax'],
		['1::2:3:4:5:6:7:8/64', 'ipv6-syntax'],
		['fd00:::/64', 'ipv6-syntax'],
		['fd00:/64', 'ipv6-syntax'],
		['g::/64', 'ipv6-syntax'],
		['::ffff:256.0.0.0/104', 'ipv6-syntax'],
		['1.2.3.4::/64', 'ipv4-syntax'],
		['::1.2.3.4:5/128', 'ipv6-syntax'],
		['abc/8', 'bad-address'],
		['/8', 'bad-address'],
		['x'.repeat(300), 'too-long'],
	];
	it.each(rejected)('%j → %s', (input, reason) => {
		const r = parseCidr(input);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.reason).toBe(reason);
	});
});

describe('normalisation flags', () => {
	const cases: Array<[input: string, text: string, leadingZeros: boolean, hostBitsSet: boolean]> = [
		['10.96.0.0/12', '10.96.0.0/12', false, false],
		['10.96.0.1/12', '10.96.0.0/12', false, true],
		['10.111.255.255/12', '10.96.0.0/12', false, true],
		['10.112.0.0/12', '10.112.0.0/12', false, false],
		// Leading zeros are decimal, never octal: 010 → 10, 096 → 96.
		['010.096.000.000/12', '10.96.0.0/12', true, false],
		['010.096.000.001/012', '10.96.0.0/12', true, true],
		['0000000010.0.0.0/8', '10.0.0.0/8', true, false],
		['10.0.0.0/08', '10.0.0.0/8', true, false],
		['::ffff:010.1.2.0/120', '10.1.2.0/24', true, false],
		['fd00::1/64', 'fd00::/64', false, true],
		['fd00::/64', 'fd00::/64', false, false],
	];
	it.each(cases)('%s → %s (leading zeros %s, host bits %s)', (input, text, leadingZeros, hostBitsSet) => {
		const r = parseCidr(input);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.cidr.text).toBe(text);
		expect(r.leadingZeros).toBe(leadingZeros);
		expect(r.hostBitsSet).toBe(hostBitsSet);
	});

	it('an octal reading would differ: 010 is 10, not 8', () => {
		const r = parseCidr('010.0.0.0/8');
		expect(r.ok && r.cidr.familyNetwork).toBe(10n << 24n);
	});

	it('leading zeros do not rescue other mistakes', () => {
		expect(parseCidr('010.96/12')).toMatchObject({ ok: false, reason: 'ipv4-shorthand' });
		expect(parseCidr('010.0.0.256/8')).toMatchObject({ ok: false, reason: 'ipv4-octet-range' });
		expect(parseCidr('010.0.0.0/8/8')).toMatchObject({ ok: false, reason: 'bad-prefix' });
	});
});

describe('lists', () => {
	it('splits like strings.Split and keeps positions for underlining', () => {
		expect(splitList('a,,b')).toEqual([
			{ text: 'a', range: { start: 0, end: 1 } },
			{ text: '', range: { start: 2, end: 2 } },
			{ text: 'b', range: { start: 3, end: 4 } },
		]);
	});

	it('parses each entry with its index and range', () => {
		const entries = parseCidrList('10.244.0.0/16,fd00:10:244::/56');
		expect(entries.map((e) => [e.index, e.range.start, e.range.end, e.result.ok])).toEqual([
			[0, 0, 13, true],
			[1, 14, 30, true],
		]);
	});

	it('a space after the comma makes the second entry fail, as in Kubernetes', () => {
		const entries = parseCidrList('10.244.0.0/16, fd00:10:244::/56');
		expect(entries[1]?.result).toMatchObject({ ok: false, reason: 'whitespace' });
	});

	it('an empty list has no entries; a trailing comma adds an empty one', () => {
		expect(parseCidrList('')).toEqual([]);
		const entries = parseCidrList('10.0.0.0/8,');
		expect(entries).toHaveLength(2);
		expect(entries[1]?.result).toMatchObject({ ok: false, reason: 'empty' });
	});
});
