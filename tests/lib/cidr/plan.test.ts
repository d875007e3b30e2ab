import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../src/lib/cidr/index.ts';

describe('derived plan', () => {
	it('kubeadm defaults: 256 /24 node ranges, 2^20 − 2 Service IPs, .1 and .10', () => {
		const { plan } = analyzePlan({ pod: '10.244.0.0/16', service: '10.96.0.0/12' });
		expect(plan).toEqual([
			{
				family: 'IPv4',
				primary: true,
				pod: '10.244.0.0/16',
				service: '10.96.0.0/12',
				node: '',
				nodeMask: 24,
				nodeRanges: 256,
				nodeRangesReservedByService: 0,
				nodeRangesAvailable: 256,
				addressesPerNode: 256,
				nodeNetworkHosts: '',
				maxNodes: 256,
				serviceIPs: 1048574,
				kubernetesServiceIP: '10.96.0.1',
				dnsServiceIP: '10.96.0.10',
			},
		]);
	});

	it('node network hosts limit the node count (IPv4 2^n − 2)', () => {
		const [p] = analyzePlan({ node: '10.0.0.0/24', pod: '10.100.0.0/16', service: '10.200.0.0/16' }).plan;
		expect(p).toMatchObject({ nodeNetworkHosts: 254, maxNodes: 254, serviceIPs: 65534 });
	});

	it('/31 and /32 node networks count 2 and 1 hosts', () => {
		expect(analyzePlan({ node: '10.0.0.0/31', pod: '10.100.0.0/16', service: '10.200.0.0/16' }).plan[0]?.nodeNetworkHosts).toBe(2);
		expect(analyzePlan({ node: '10.0.0.0/32', pod: '10.100.0.0/16', service: '10.200.0.0/16' }).plan[0]?.nodeNetworkHosts).toBe(1);
	});

	it('IPv6: Service IPs are 2^n − 1 and huge counts become strings', () => {
		const [p] = analyzePlan({ pod: 'fd00:10:244::/56', service: 'fd00:10:96::/108' }).plan;
		expect(p).toMatchObject({
			family: 'IPv6',
			nodeMask: 64,
			nodeRanges: 256,
			addressesPerNode: '18446744073709551616',
			serviceIPs: 1048575,
			kubernetesServiceIP: 'fd00:10:96::1',
			dnsServiceIP: 'fd00:10:96::a',
		});
		const [big] = analyzePlan({ pod: 'fd00:10:244::/56', service: 'fd00:10:96::/64' }).plan;
		expect(big?.serviceIPs).toBe('18446744073709551615');
	});

	it('numbers up to 2^53 − 1 stay numbers, 2^53 becomes a string', () => {
		const at = analyzePlan({ pod: 'fd00::/56', service: 'fd00:10:96::/112', nodeMaskV6: 75 }).plan[0];
		expect(at?.addressesPerNode).toBe('9007199254740992');
		const below = analyzePlan({ pod: 'fd00::/64', service: 'fd00:10:96::/112', nodeMaskV6: 76, maxPods: 0 }).plan[0];
		expect(below?.addressesPerNode).toBe(2 ** 52);
	});

	it('dual-stack: one entry per family, primary first, kubernetes/DNS IPs only for the first Service range', () => {
		const { plan, ok } = analyzePlan({
			pod: 'fd00:10:244::/56,10.244.0.0/16',
			service: 'fd00:10:96::/112,10.96.0.0/16',
			node: 'fd00:1::/64,192.168.0.0/24',
		});
		expect(ok).toBe(true);
		expect(plan.map((p) => [p.family, p.primary, p.kubernetesServiceIP, p.dnsServiceIP])).toEqual([
			['IPv6', true, 'fd00:10:96::1', 'fd00:10:96::a'],
			['IPv4', false, '', ''],
		]);
		expect(plan[1]).toMatchObject({ pod: '10.244.0.0/16', service: '10.96.0.0/16', node: '192.168.0.0/24', maxNodes: 254 });
	});

	it('Service ranges reserve per-node ranges; a Service range covering the Pod range reserves all', () => {
		const part = analyzePlan({ pod: '10.0.0.0/8', service: '10.96.0.0/12' }).plan[0];
		expect(part).toMatchObject({ nodeRanges: 65536, nodeRangesReservedByService: 4096, nodeRangesAvailable: 61440, maxNodes: 61440 });
		const all = analyzePlan({ pod: '10.100.0.0/16', service: '10.96.0.0/12' }).plan[0];
		expect(all).toMatchObject({ nodeRanges: 256, nodeRangesReservedByService: 256, nodeRangesAvailable: 0, maxNodes: 0 });
	});

	it('a Service range too small for the 10th address has no DNS IP', () => {
		const [p] = analyzePlan({ pod: '10.100.0.0/16', service: '10.200.0.0/29' }).plan;
		expect(p).toMatchObject({ serviceIPs: 6, kubernetesServiceIP: '10.200.0.1', dnsServiceIP: '' });
	});

	it('a mapped Service range is planned as IPv4, like Kubernetes prints it', () => {
		const [p] = analyzePlan({ pod: '10.100.0.0/16', service: '::ffff:10.200.0.0/112' }).plan;
		expect(p).toMatchObject({ service: '10.200.0.0/16', serviceIPs: 65534, kubernetesServiceIP: '10.200.0.1', dnsServiceIP: '10.200.0.10' });
	});

	it('Pod range smaller than the node mask yields no node ranges', () => {
		expect(analyzePlan({ pod: '10.100.0.0/25', service: '10.200.0.0/16' }).plan[0]?.nodeRanges).toBe(0);
	});

	it('Service-only family still gets an entry (with no Pod range)', () => {
		const { plan } = analyzePlan({ pod: '10.100.0.0/16', service: '10.200.0.0/16,fd00:10:96::/112' });
		expect(plan.map((p) => [p.family, p.pod, p.service])).toEqual([
			['IPv4', '10.100.0.0/16', '10.200.0.0/16'],
			['IPv6', '', 'fd00:10:96::/112'],
		]);
	});

	it('settings report the values used', () => {
		expect(analyzePlan({ pod: '10.100.0.0/16', service: '10.200.0.0/16', nodeMaskV4: '26', maxPods: '50' }).settings).toEqual({
			nodeMaskV4: 26,
			nodeMaskV6: 64,
			maxPods: 50,
		});
	});

	it('the plan is JSON-serialisable as is', () => {
		const r = analyzePlan({ pod: 'fd00::/48,10.0.0.0/8', service: 'fd00:10:96::/108,10.96.0.0/12' });
		expect(() => JSON.stringify(r)).not.toThrow();
	});
});
