import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../../src/lib/manifest/index.ts';

const config = (networking: string) => `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
networking:
${networking}
`;

describe('kubeadm ClusterConfiguration gets the CIDR rules', () => {
	it('flags a Pod subnet inside kubeadm’s default Service range, on the podSubnet value', () => {
		const { diagnostics } = lintManifests(config('  podSubnet: 10.100.0.0/16'));
		const overlap = diagnostics.find((d) => d.rule === 'cidr/overlap');
		expect(overlap?.severity).toBe('error');
		expect(overlap?.path).toBe('networking.podSubnet');
		expect(overlap?.line).toBe(4);
		expect(overlap?.column).toBe(14);
	});

	it('accepts the chapter’s plan with both ranges given', () => {
		const { diagnostics } = lintManifests(config('  podSubnet: 10.100.0.0/16\n  serviceSubnet: 10.200.0.0/16'));
		expect(diagnostics.filter((d) => d.rule.startsWith('cidr/') && d.severity === 'error')).toEqual([]);
	});

	it('points a bad Service subnet at serviceSubnet', () => {
		const { diagnostics } = lintManifests(config('  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96/12'));
		const parse = diagnostics.find((d) => d.rule === 'cidr/parse');
		expect(parse?.path).toBe('networking.serviceSubnet');
		expect(parse?.line).toBe(5);
	});

	it('checks only the Service subnet when no podSubnet is set', () => {
		const { diagnostics } = lintManifests(config('  serviceSubnet: 10.96.0.0/30'));
		expect(diagnostics.some((d) => d.rule === 'cidr/service-too-small')).toBe(true);
		expect(diagnostics.some((d) => d.path === 'networking.podSubnet')).toBe(false);
	});
});
