import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/cidr/index.ts';
import type { PlanInput } from '../../../src/lib/cidr/index.ts';
import { analyze, analyzePlan, find, rules } from './helpers.ts';

type Case = [name: string, input: Partial<PlanInput>, fires: boolean];

/** Run a table: each row either fires `rule` (with its catalogue severity) or does not. */
function table(rule: { id: string; severity: string }, cases: Case[]) {
	it.each(cases)('%s', (_name, input, fires) => {
		const r = analyze(input);
		const hits = find(r, rule.id);
		if (fires) {
			expect(hits.length, `expected ${rule.id} in ${JSON.stringify(rules(r))}`).toBeGreaterThan(0);
			for (const h of hits) expect(h.severity).toBe(rule.severity);
		} else {
			expect(hits, `unexpected ${rule.id}`).toEqual([]);
		}
	});
}

describe('the baseline plans are clean', () => {
	const clean: Array<[string, PlanInput]> = [
		['chapter example', { node: '10.0.0.0/24', pod: '10.100.0.0/16', service: '10.200.0.0/16' }],
		['kubeadm defaults (kind-like)', { pod: '10.244.0.0/16', service: '10.96.0.0/12' }],
		['k3s defaults', { pod: '10.42.0.0/16', service: '10.43.0.0/16' }],
		['dual-stack', { pod: '10.244.0.0/16,fd00:10:244::/56', service: '10.96.0.0/16,fd00:10:96::/112', node: '192.168.0.0/24,fd00:1::/64' }],
		['IPv6 single-stack', { pod: 'fd00:10:244::/56', service: 'fd00:10:96::/112' }],
	];
	it.each(clean)('%s has no errors or warnings', (_name, input) => {
		const r = analyzePlan(input);
		expect(r.ok).toBe(true);
		expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
	});
});

describe(RULES.empty.id, () => {
	table(RULES.empty, [
		['empty Pod network', { pod: '' }, true],
		['empty Service network', { service: '' }, true],
		['empty node network is optional', { node: '' }, false],
		['filled in', {}, false],
	]);
	it('points at the right field', () => {
		expect(find(analyze({ service: '' }), RULES.empty.id).map((d) => d.field)).toEqual(['service']);
	});
});

describe(RULES.parse.id, () => {
	table(RULES.parse, [
		['shorthand', { service: '10.96/12' }, true],
		['zone', { pod: 'fe80::%eth0/64' }, true],
		['prefix > 32', { pod: '10.0.0.0/33' }, true],
		['prefix 32 is fine', { node: '10.0.0.1/32' }, false],
		['prefix > 128', { pod: 'fd00::/129' }, true],
		['prefix 128 is fine', { node: 'fd00::1/128' }, false],
		['bad octet', { pod: '10.0.0.256/16' }, true],
		['missing prefix', { pod: '10.0.0.0' }, true],
		['space after the comma', { pod: '10.244.0.0/16, fd00::/56' }, true],
		['trailing comma', { pod: '10.244.0.0/16,' }, true],
	]);
	it('reports the index and range of the bad entry', () => {
		const [d] = find(analyze({ pod: '10.244.0.0/16,fd00::/56x' }), RULES.parse.id);
		expect(d).toMatchObject({ field: 'pod', index: 1, range: { start: 14, end: 24 } });
	});
});

describe(RULES.leadingZeros.id, () => {
	table(RULES.leadingZeros, [
		['octets with leading zeros', { service: '010.096.0.0/12' }, true],
		['prefix with a leading zero', { service: '10.96.0.0/012' }, true],
		['plain', { service: '10.96.0.0/12' }, false],
		['IPv6 groups may have leading zeros', { pod: 'fd00:0010:0244::/56', service: 'fd00:10:96::/112' }, false],
	]);
	it('names the decimal reading', () => {
		const [d] = find(analyze({ service: '010.096.0.0/12' }), RULES.leadingZeros.id);
		expect(d?.text.en).toContain('10.96.0.0/12');
		expect(d?.text.zh).toContain('10.96.0.0/12');
	});
});

describe(RULES.hostBitsSet.id, () => {
	table(RULES.hostBitsSet, [
		['IPv4 host bit', { service: '10.96.0.1/12' }, true],
		['last address of the range', { service: '10.111.255.255/12' }, true],
		['network address', { service: '10.96.0.0/12' }, false],
		['IPv6 host bit', { pod: 'fd00:10:244::1/56', service: 'fd00:10:96::/112' }, true],
		['/32 has no host bits', { node: '10.0.0.7/32' }, false],
	]);
	it('gives the normalised network', () => {
		const [d] = find(analyze({ service: '10.96.0.1/12' }), RULES.hostBitsSet.id);
		expect(d?.text.en).toContain('10.96.0.0/12');
	});
});

describe(RULES.ipv4Mapped.id, () => {
	table(RULES.ipv4Mapped, [
		['mapped Service range', { service: '::ffff:10.96.0.0/108' }, true],
		['mapped Pod range', { pod: '::ffff:10.100.0.0/112' }, true],
		['plain IPv4', {}, false],
		['below /96 it is IPv6, not mapped', { pod: 'fd00::/48', service: '::ffff:0:0/80' }, false],
	]);
	it('breaks the node-mask rule: Kubernetes compares /112 with the IPv4 node mask /24', () => {
		const r = analyze({ pod: '::ffff:10.100.0.0/112' });
		const [d] = find(r, RULES.podSmallerThanNodeRange.id);
		expect(d?.text.en).toContain('/112');
		expect(r.ok).toBe(false);
	});
	it('breaks dual-stack: a mapped CIDR next to an IPv4 CIDR is two IPv4 CIDRs', () => {
		expect(rules(analyze({ service: '::ffff:10.96.0.0/108,10.200.0.0/16' }))).toContain(RULES.sameFamily.id);
	});
	it('a mapped CIDR next to real IPv6 is accepted as dual-stack', () => {
		expect(rules(analyze({ service: '::ffff:10.200.0.0/112,fd00:10:96::/112', pod: '10.100.0.0/16,fd00::/56' }))).not.toContain(RULES.sameFamily.id);
	});
	it('is sized like Kubernetes does: /108 mapped is 20 host bits (allowed), /107 is too large', () => {
		expect(rules(analyze({ service: '::ffff:10.96.0.0/108' }))).not.toContain(RULES.serviceTooLarge.id);
		const [d] = find(analyze({ service: '::ffff:10.96.0.0/107' }), RULES.serviceTooLarge.id);
		expect(d?.text.en).toContain('128-bit addresses the mask must be ≥ /108');
	});
	it('makes a node mask for IPv6 an unused-family error, as the controller manager sees an IPv4 cluster', () => {
		expect(rules(analyze({ pod: '::ffff:10.100.0.0/104', nodeMaskV6: '64' }))).toContain(RULES.nodeMaskUnusedFamily.id);
	});
});

describe(RULES.tooMany.id, () => {
	table(RULES.tooMany, [
		['two entries (dual-stack)', { pod: '10.100.0.0/16,fd00::/56', service: '10.200.0.0/16,fd00:10:96::/112' }, false],
		['three Pod entries', { pod: '10.100.0.0/16,fd00::/56,10.101.0.0/16' }, true],
		['three Service entries', { service: '10.200.0.0/16,fd00:10:96::/112,10.201.0.0/16' }, true],
		['three node entries', { node: '10.0.0.0/24,10.0.1.0/24,10.0.2.0/24' }, true],
	]);
	it('underlines from the third entry to the end', () => {
		const text = '10.100.0.0/16,fd00::/56,10.101.0.0/16,10.102.0.0/16';
		const [d] = find(analyze({ pod: text }), RULES.tooMany.id);
		expect(d).toMatchObject({ index: 2, range: { start: 24, end: text.length } });
	});
});

describe(RULES.sameFamily.id, () => {
	table(RULES.sameFamily, [
		['IPv4 + IPv4', { pod: '10.100.0.0/16,10.101.0.0/16' }, true],
		['IPv6 + IPv6', { pod: 'fd00::/56,fd01::/56', service: 'fd00:10:96::/112' }, true],
		['IPv4 + IPv6', { pod: '10.100.0.0/16,fd00::/56', service: '10.200.0.0/16,fd00:10:96::/112' }, false],
		['IPv6 + IPv4', { pod: 'fd00::/56,10.100.0.0/16', service: 'fd00:10:96::/112,10.200.0.0/16' }, false],
	]);
});

describe('family consistency across lists', () => {
	describe(RULES.familyMismatch.id, () => {
		table(RULES.familyMismatch, [
			['dual-stack Services, IPv4-only Pods', { service: '10.200.0.0/16,fd00:10:96::/112' }, true],
			['IPv6 Services, IPv4 Pods', { service: 'fd00:10:96::/112' }, true],
			['both dual-stack', { pod: '10.100.0.0/16,fd00::/56', service: '10.200.0.0/16,fd00:10:96::/112' }, false],
		]);
	});
	describe(RULES.familyWithoutService.id, () => {
		table(RULES.familyWithoutService, [
			['dual-stack Pods, IPv4-only Services', { pod: '10.100.0.0/16,fd00::/56' }, true],
			['matching', {}, false],
		]);
	});
	describe(RULES.primaryFamilyMismatch.id, () => {
		table(RULES.primaryFamilyMismatch, [
			['IPv4-first Pods, IPv6-first Services', { pod: '10.100.0.0/16,fd00::/56', service: 'fd00:10:96::/112,10.200.0.0/16' }, true],
			['same order', { pod: '10.100.0.0/16,fd00::/56', service: '10.200.0.0/16,fd00:10:96::/112' }, false],
		]);
	});
	describe(RULES.nodeFamilyMismatch.id, () => {
		table(RULES.nodeFamilyMismatch, [
			['dual-stack Pods, IPv4 nodes', { pod: '10.100.0.0/16,fd00::/56', service: '10.200.0.0/16,fd00:10:96::/112', node: '10.0.0.0/24' }, true],
			['dual-stack nodes, IPv4 Pods', { node: '10.0.0.0/24,fd00:1::/64' }, false],
			['no node network', {}, false],
		]);
	});
});

describe(RULES.serviceTooSmall.id, () => {
	table(RULES.serviceTooSmall, [
		['IPv4 /28 (16 addresses)', { service: '10.200.0.0/28' }, false],
		['IPv4 /29 (8 addresses)', { service: '10.200.0.0/29' }, true],
		['IPv6 /124', { pod: 'fd00::/56', service: 'fd00:10:96::/124' }, false],
		['IPv6 /125', { pod: 'fd00::/56', service: 'fd00:10:96::/125' }, true],
	]);
});

describe(RULES.serviceTooLarge.id, () => {
	table(RULES.serviceTooLarge, [
		['IPv4 /12 (20 host bits)', { service: '10.96.0.0/12' }, false],
		['IPv4 /11 (21 host bits)', { service: '10.96.0.0/11' }, true],
		['IPv6 /108', { pod: 'fd00::/56', service: 'fd00:10:96::/108' }, false],
		['IPv6 /107', { pod: 'fd00::/56', service: 'fd00:10:96::/107' }, true],
		['IPv6 /64', { pod: 'fd00::/56', service: 'fd00:10:96::/64' }, true],
	]);
	it('mentions that newer API servers lift the cap but kubeadm keeps it', () => {
		const [d] = find(analyze({ service: '10.64.0.0/10' }), RULES.serviceTooLarge.id);
		expect(d?.text.en).toMatch(/≥ \/12/);
		expect(d?.text.en).toContain('kubeadm keeps it');
		expect(d?.text.zh).toContain('kubeadm 仍然保留');
	});
});

describe(RULES.serviceIPv6Clamped.id, () => {
	table(RULES.serviceIPv6Clamped, [
		['/112 (65,536 addresses)', { pod: 'fd00::/56', service: 'fd00:10:96::/112' }, false],
		['/111', { pod: 'fd00::/56', service: 'fd00:10:96::/111' }, true],
		['/108', { pod: 'fd00::/56', service: 'fd00:10:96::/108' }, true],
		['/107 is too large instead', { pod: 'fd00::/56', service: 'fd00:10:96::/107' }, false],
		['IPv4 /12 is not affected', { service: '10.96.0.0/12' }, false],
	]);
});

describe(RULES.podTooSmall.id, () => {
	table(RULES.podTooSmall, [
		['IPv4 /28 (16 addresses)', { pod: '10.100.0.0/28', nodeMaskV4: 28 }, false],
		['IPv4 /29 (8 addresses)', { pod: '10.100.0.0/29', nodeMaskV4: 29 }, true],
		['IPv6 /124', { pod: 'fd00::/124', service: 'fd00:10:96::/112', nodeMaskV6: 124 }, false],
		['IPv6 /125', { pod: 'fd00::/125', service: 'fd00:10:96::/112', nodeMaskV6: 125 }, true],
	]);
});

describe(RULES.podSmallerThanNodeRange.id, () => {
	table(RULES.podSmallerThanNodeRange, [
		['IPv4 /24 with node mask 24', { pod: '10.100.0.0/24' }, false],
		['IPv4 /25 with node mask 24', { pod: '10.100.0.0/25' }, true],
		['IPv4 /25 with node mask 25', { pod: '10.100.0.0/25', nodeMaskV4: '25' }, false],
		['IPv6 /64 with node mask 64', { pod: 'fd00::/64', service: 'fd00:10:96::/112' }, false],
		['IPv6 /65 with node mask 64', { pod: 'fd00::/65', service: 'fd00:10:96::/112' }, true],
	]);
});

describe(RULES.nodeMaskDiff.id, () => {
	table(RULES.nodeMaskDiff, [
		['IPv4 /8 with /24 (16 bits)', { pod: '10.0.0.0/8', service: '172.20.0.0/16' }, false],
		['IPv4 /7 with /24 (17 bits)', { pod: '10.0.0.0/7', service: '172.20.0.0/16' }, true],
		['IPv6 /48 with /64 (16 bits)', { pod: 'fd00::/48', service: 'fd00:10:96::/112' }, false],
		['IPv6 /47 with /64 (17 bits)', { pod: 'fd00::/47', service: 'fd00:10:96::/112' }, true],
		['IPv4 /16 with /32 (16 bits)', { pod: '10.100.0.0/16', nodeMaskV4: 32, maxPods: 0 }, false],
		['IPv4 /15 with /32 (17 bits)', { pod: '10.100.0.0/15', nodeMaskV4: 32, maxPods: 0 }, true],
	]);
	it('says that the controller manager itself only enforces it for IPv6', () => {
		expect(find(analyze({ pod: '10.0.0.0/7', service: '172.20.0.0/16' }), RULES.nodeMaskDiff.id)[0]?.text.en).toContain('only enforces this for IPv6');
		expect(find(analyze({ pod: 'fd00::/47', service: 'fd00:10:96::/112' }), RULES.nodeMaskDiff.id)[0]?.text.en).toContain('the node CIDR size is too big');
	});
});

describe(RULES.nodeMaskInvalid.id, () => {
	table(RULES.nodeMaskInvalid, [
		['IPv4 1', { nodeMaskV4: '1', pod: '0.0.0.0/1', service: '10.96.0.0/12', maxPods: 0 }, false],
		['IPv4 32', { nodeMaskV4: 32, maxPods: 0 }, false],
		['IPv4 33', { nodeMaskV4: 33 }, true],
		['IPv4 0 (means "default" to the controller manager)', { nodeMaskV4: '0' }, true],
		['IPv4 text', { nodeMaskV4: 'abc' }, true],
		['IPv4 fraction', { nodeMaskV4: 24.5 }, true],
		['IPv4 negative', { nodeMaskV4: '-24' }, true],
		['IPv4 with spaces', { nodeMaskV4: ' 24' }, true],
		['IPv6 128', { pod: 'fd00::/112', service: 'fd00:10:96::/112', nodeMaskV6: '128', maxPods: 0 }, false],
		['IPv6 129', { pod: 'fd00::/56', service: 'fd00:10:96::/112', nodeMaskV6: '129' }, true],
		['empty means default', { nodeMaskV4: '' }, false],
	]);
	it('falls back to the default for the plan', () => {
		const r = analyze({ nodeMaskV4: '99' });
		expect(r.settings.nodeMaskV4).toBe(24);
		expect(r.plan[0]?.nodeMask).toBe(24);
	});
	it('explains what 0 means', () => {
		expect(find(analyze({ nodeMaskV4: 0 }), RULES.nodeMaskInvalid.id)[0]?.text.en).toContain('treats 0 as "not set"');
	});
});

describe(RULES.nodeMaskUnusedFamily.id, () => {
	table(RULES.nodeMaskUnusedFamily, [
		['IPv6 mask on an IPv4 cluster', { nodeMaskV6: '64' }, true],
		['IPv4 mask on an IPv6 cluster', { pod: 'fd00::/56', service: 'fd00:10:96::/112', nodeMaskV4: 24 }, true],
		['IPv4 mask on an IPv4 cluster', { nodeMaskV4: 24 }, false],
		['both masks on a dual-stack cluster', { pod: '10.100.0.0/16,fd00::/56', service: '10.200.0.0/16,fd00:10:96::/112', nodeMaskV4: 24, nodeMaskV6: 64 }, false],
		['no mask given', {}, false],
	]);
	it('is about the mask field and points at the Pod list', () => {
		const [d] = find(analyze({ nodeMaskV6: '64' }), RULES.nodeMaskUnusedFamily.id);
		expect(d).toMatchObject({ field: 'nodeMaskV6', related: { field: 'pod', index: 0 } });
	});
});

describe(RULES.maxPodsInvalid.id, () => {
	table(RULES.maxPodsInvalid, [
		['0', { maxPods: 0 }, false],
		['110', { maxPods: '110' }, false],
		['2147483647', { maxPods: '2147483647' }, false],
		['2147483648', { maxPods: '2147483648' }, true],
		['-1', { maxPods: '-1' }, true],
		['1.5', { maxPods: 1.5 }, true],
		['text', { maxPods: 'many' }, true],
	]);
});

describe(RULES.overlap.id, () => {
	table(RULES.overlap, [
		['adjacent Pod and Service ranges', { pod: '10.0.0.0/16', service: '10.1.0.0/16' }, false],
		['Service range just inside the Pod range', { pod: '10.0.0.0/16', service: '10.0.255.255/32' }, true],
		['Service range contains the Pod range', { pod: '10.100.0.0/16', service: '10.96.0.0/12' }, true],
		['node network inside the Pod range', { node: '10.100.0.0/24' }, true],
		['node network next to the Pod range', { node: '10.99.255.0/24' }, false],
		['node network overlaps the Service range', { node: '10.200.5.0/24' }, true],
		['IPv6 Pod and Service overlap', { pod: 'fd00::/48', service: 'fd00::/112' }, true],
		['IPv6 Pod and Service apart', { pod: 'fd00::/48', service: 'fd00:1::/112' }, false],
		['different families never overlap', { pod: '10.100.0.0/16,fd00::/56', service: '10.200.0.0/16,fd00:10:96::/112', node: '192.168.0.0/24,fd00:1::/64' }, false],
		['mapped Service range overlaps an IPv4 Pod range', { service: '::ffff:10.100.1.0/120' }, true],
	]);
	it('counts the per-node ranges the Service range reserves', () => {
		const [d] = find(analyzePlan({ pod: '10.0.0.0/8', service: '10.96.0.0/12' }), RULES.overlap.id);
		expect(d).toMatchObject({ field: 'service', index: 0, related: { field: 'pod', index: 0 } });
		expect(d?.text.en).toContain('4,096 of 65,536 /24 ranges');
	});
	it('says when the Service range takes all of them', () => {
		const [d] = find(analyze({ service: '10.96.0.0/12' }), RULES.overlap.id);
		expect(d?.text.en).toContain('all 256 /24 ranges');
	});
	it('a Service range smaller than a node range still takes one', () => {
		const r = analyzePlan({ pod: '10.0.0.0/16', service: '10.0.5.0/28' });
		expect(r.plan[0]?.nodeRangesReservedByService).toBe(1);
	});
});

describe('special ranges', () => {
	const cases: Array<[name: string, input: Partial<PlanInput>, rule: { id: string; severity: string }, fires: boolean]> = [
		['IPv4 loopback', { pod: '127.0.0.0/16' }, RULES.rangeLoopback, true],
		['just below loopback is public', { pod: '126.255.0.0/16' }, RULES.rangeLoopback, false],
		['just below loopback is public (warning)', { pod: '126.255.0.0/16' }, RULES.rangePublic, true],
		['IPv6 loopback', { node: '::1/128' }, RULES.rangeLoopback, true],
		['IPv6 loopback is not also "reserved"', { node: '::1/128' }, RULES.rangeReserved, false],
		['IPv4 link-local', { service: '169.254.0.0/16' }, RULES.rangeLinkLocal, true],
		['IPv6 link-local', { pod: 'fe80::/56', service: 'fd00:10:96::/112' }, RULES.rangeLinkLocal, true],
		['IPv4 multicast', { service: '224.0.0.0/24' }, RULES.rangeMulticast, true],
		['IPv6 multicast', { pod: 'ff00::/56', service: 'fd00:10:96::/112' }, RULES.rangeMulticast, true],
		['0.0.0.0/8 reserved', { pod: '0.0.0.0/16' }, RULES.rangeReserved, true],
		['240.0.0.0/4 reserved', { pod: '240.0.0.0/16' }, RULES.rangeReserved, true],
		['239.255.0.0/16 is multicast, not reserved', { service: '239.255.0.0/16' }, RULES.rangeReserved, false],
		['IPv6 reserved space', { pod: '4000::/56', service: 'fd00:10:96::/112' }, RULES.rangeReserved, true],
		['IPv4 documentation', { service: '192.0.2.0/28' }, RULES.rangeDocumentation, true],
		['IPv6 documentation', { pod: '2001:db8::/56', service: 'fd00:10:96::/112' }, RULES.rangeDocumentation, true],
		['IPv6 documentation 3fff::/20', { pod: '3fff::/56', service: 'fd00:10:96::/112' }, RULES.rangeDocumentation, true],
		['shared address space', { pod: '100.64.0.0/16' }, RULES.rangeShared, true],
		['just above shared space', { pod: '100.128.0.0/16' }, RULES.rangeShared, false],
		['public IPv4', { service: '8.8.0.0/16' }, RULES.rangePublic, true],
		['private IPv4', {}, RULES.rangePublic, false],
		['10.0.0.0/7 spills into public 11/8', { pod: '10.0.0.0/7', nodeMaskV4: 23 }, RULES.rangePublic, true],
		['public IPv6', { pod: '2600::/56', service: 'fd00:10:96::/112' }, RULES.rangePublic, true],
		['ULA is private', { pod: 'fd00::/56', service: 'fd00:10:96::/112' }, RULES.rangePublic, false],
		['Docker bridge', { pod: '172.17.0.0/16' }, RULES.rangeDockerBridge, true],
		['Pod range containing the Docker bridge', { pod: '172.16.0.0/12', nodeMaskV4: 28, maxPods: 5 }, RULES.rangeDockerBridge, true],
		['next to the Docker bridge', { pod: '172.18.0.0/16' }, RULES.rangeDockerBridge, false],
		['site-local', { pod: 'fec0::/56', service: 'fd00:10:96::/112' }, RULES.rangeSiteLocal, true],
		['benchmarking', { pod: '198.18.0.0/16' }, RULES.rangeSpecial, true],
	];
	it.each(cases)('%s', (_name, input, rule, fires) => {
		const hits = find(analyze(input), rule.id);
		if (fires) {
			expect(hits.length).toBeGreaterThan(0);
			expect(hits[0]?.severity).toBe(rule.severity);
		} else {
			expect(hits).toEqual([]);
		}
	});
	it('names the block', () => {
		const [d] = find(analyze({ service: '192.0.2.0/28' }), RULES.rangeDocumentation.id);
		expect(d?.text.en).toContain('192.0.2.0/24');
		expect(d?.text.zh).toContain('RFC 5737');
	});
});

describe('capacity rules', () => {
	describe(RULES.fewNodes.id, () => {
		table(RULES.fewNodes, [
			['/21 at /24: 8 nodes', { pod: '10.100.0.0/21' }, false],
			['/22 at /24: 4 nodes', { pod: '10.100.0.0/22' }, true],
			['/24 at /24: one node', { pod: '10.100.0.0/24' }, true],
			['node network with 6 hosts', { node: '10.0.0.0/29' }, true],
			['node network with 14 hosts', { node: '10.0.0.0/28' }, false],
		]);
		it('calls a single range a one-node cluster', () => {
			expect(find(analyze({ pod: '10.100.0.0/24' }), RULES.fewNodes.id)[0]?.text.en).toContain('one-node cluster');
		});
		it('sits on the node field when the node network is the limit', () => {
			expect(find(analyze({ node: '10.0.0.0/29' }), RULES.fewNodes.id)[0]?.field).toBe('node');
		});
	});
	describe(RULES.noNodes.id, () => {
		table(RULES.noNodes, [
			['Service range covers the whole Pod range', { service: '10.96.0.0/12' }, true],
			['Service range takes part of it', { pod: '10.100.0.0/16', service: '10.100.0.0/24' }, false],
			['separate ranges', {}, false],
		]);
	});
	describe(RULES.nodeRangeSmall.id, () => {
		table(RULES.nodeRangeSmall, [
			['/24 with 110 Pods (256 ≥ 220)', {}, false],
			['/25 with 110 Pods (128 < 220)', { nodeMaskV4: 25 }, true],
			['/24 with 128 Pods (256 ≥ 256)', { maxPods: 128 }, false],
			['/24 with 129 Pods (256 < 258)', { maxPods: 129 }, true],
			['/25 with 64 Pods', { nodeMaskV4: 25, maxPods: 64 }, false],
			['IPv6 /64 never', { pod: 'fd00::/56', service: 'fd00:10:96::/112', maxPods: 100000 }, false],
		]);
		it('is sharper when even maxPods does not fit', () => {
			expect(find(analyze({ nodeMaskV4: 26 }), RULES.nodeRangeSmall.id)[0]?.text.en).toContain('cannot even hold maxPods = 110');
			expect(find(analyze({ nodeMaskV4: 25 }), RULES.nodeRangeSmall.id)[0]?.text.en).toContain('smaller than 2 × maxPods = 220');
		});
	});
	describe(RULES.nodeNetworkLimit.id, () => {
		table(RULES.nodeNetworkLimit, [
			['/24 node network vs 256 ranges', { node: '10.0.0.0/24' }, true],
			['/23 node network vs 256 ranges', { node: '10.0.0.0/23' }, false],
		]);
	});
});

describe('diagnostics are ordered and well-formed', () => {
	it('every diagnostic uses a catalogued rule with its severity and both languages', () => {
		const r = analyzePlan({ pod: '127.0.0.1/8,10.0.0.0/8,x', service: '10.96/12', node: '', nodeMaskV4: 'x', maxPods: -3 });
		const catalogue = new Map(Object.values(RULES).map((x) => [x.id, x.severity]));
		expect(r.diagnostics.length).toBeGreaterThan(3);
		for (const d of r.diagnostics) {
			expect(catalogue.get(d.rule)).toBe(d.severity);
			expect(d.text.en.length).toBeGreaterThan(20);
			expect(d.text.zh).toMatch(/[\u4e00-\u9fff]/u);
		}
		const order = r.diagnostics.map((d) => ['pod', 'service', 'node', 'nodeMaskV4', 'nodeMaskV6', 'maxPods'].indexOf(d.field));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});
});
