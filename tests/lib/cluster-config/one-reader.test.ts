// Issue 13: the manifest validator and the CIDR page's kubeadm view read a kubeadm file through the same
// reader, so they agree on what it says. The file of the issue: node mask /30 and maxPods: 110.
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../src/lib/cidr/index.ts';
import { configPlanInput, configProblems } from '../../../src/lib/cluster-config/config-problems.ts';
import { readClusterConfig } from '../../../src/lib/cluster-config/read-config.ts';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import { enText } from '../manifest/words.ts';

const file = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
networking:
  podSubnet: "10.244.0.0/16"
  serviceSubnet: "10.96.0.0/12"
controllerManager:
  extraArgs:
    - name: node-cidr-mask-size-ipv4
      value: "30"
---
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
maxPods: 110
`;

const where = (d: { rule: string; line: number; column: number; path: string }) => `${d.rule} ${d.line}:${d.column} ${d.path}`;
const cidrOnly = (ds: readonly { rule: string; line: number; column: number; path: string }[]) =>
	ds
		.filter((d) => d.rule.startsWith('cidr/'))
		.map(where)
		.sort();

describe('one reader of kubeadm configuration', () => {
	it('the CIDR page reads the node mask and maxPods and finds the per-node range too small', () => {
		const read = readClusterConfig(file);
		expect(read.state).toMatchObject({ nodeMaskV4: '30', maxPods: '110' });
		const problems = configProblems(file, read, analyzePlan(configPlanInput(read.state!)));
		expect(problems.map((p) => p.rule)).toContain('cidr/node-range-small');
	});

	it('the manifest validator reports the same CIDR findings at the same places', () => {
		const read = readClusterConfig(file);
		const page = configProblems(file, read, analyzePlan(configPlanInput(read.state!)));
		const validator = lintManifests(file).diagnostics;
		expect(validator.map((d) => d.rule)).toContain('cidr/node-range-small');
		expect(cidrOnly(validator)).toEqual(cidrOnly(page));
		const small = validator.find((d) => d.rule === 'cidr/node-range-small')!;
		expect(small.path).toBe('networking.podSubnet');
		expect(enText(small.message)).toContain('/30');
	});

	it('the node mask written in the file is judged by the validator too (a mask too long for the Pod range)', () => {
		const tooLong = file.replace('value: "30"', 'value: "12"');
		const rules = lintManifests(tooLong).diagnostics.filter((d) => d.rule === 'cidr/pod-smaller-than-node-range' || d.rule === 'cidr/node-mask-diff');
		// On the Pod range and on the mask that does not fit it.
		expect(rules.map((d) => `${d.rule} ${d.path}`)).toEqual([
			'cidr/pod-smaller-than-node-range networking.podSubnet',
			'cidr/pod-smaller-than-node-range controllerManager.extraArgs[0].value',
		]);
	});
});
