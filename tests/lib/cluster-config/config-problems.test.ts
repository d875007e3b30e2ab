import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../src/lib/cidr/index.ts';
import { kubeadmConfigText } from '../../../src/lib/cidr/kubeadm-config.ts';
import { configProblems } from '../../../src/lib/cluster-config/config-problems.ts';
import { readClusterConfig } from '../../../src/lib/cluster-config/read-config.ts';

const example = { pod: '10.100.0.0/16', service: '10.200.0.0/16', nodeMaskV4: '24', nodeMaskV6: '', maxPods: '110' };

/** Problems of a text, with the plan read from it (plus a node network the text does not carry). */
function problemsOf(text: string, node = '') {
	const read = readClusterConfig(text);
	const plan = read.state ? analyzePlan({ ...read.state, node }) : undefined;
	return configProblems(text, read, plan).map((p) => ({ ...p, text: text.slice(p.offset, p.endOffset) }));
}

describe('configProblems: the CIDR rules, on the values in the text', () => {
	it('the example plan has no problem in the text', () => {
		expect(problemsOf(kubeadmConfigText(example)).filter((p) => p.severity !== 'info')).toEqual([]);
	});

	it('underlines the one CIDR of a dual-stack list that is wrong, with 1-based positions', () => {
		const text = kubeadmConfigText({ ...example, pod: '10.244.0.0/16,fd00::10:244::/56', service: '10.96.0.0/12' });
		const bad = problemsOf(text).find((p) => p.rule === 'cidr/parse');
		expect(bad, JSON.stringify(problemsOf(text).map((p) => p.rule))).toBeDefined();
		expect(bad!.text).toBe('fd00::10:244::/56');
		expect(bad!.path).toBe('networking.podSubnet');
		const lineText = text.split('\n')[bad!.line - 1]!;
		expect(lineText.slice(bad!.column - 1, bad!.endColumn - 1)).toBe('fd00::10:244::/56');
	});

	it('an overlap is shown on both values', () => {
		const text = kubeadmConfigText({ ...example, service: '10.100.128.0/20' });
		const overlaps = problemsOf(text).filter((p) => p.rule === 'cidr/overlap');
		expect(overlaps.map((p) => p.text)).toEqual(['10.100.0.0/16', '10.100.128.0/20']);
		expect(overlaps.every((p) => p.severity === 'error')).toBe(true);
	});

	it('a problem about the node network alone is not in the text; one shared with the Pod network is shown on the Pod value', () => {
		const text = kubeadmConfigText(example);
		expect(problemsOf(text, '10.96/12').some((p) => p.rule === 'cidr/parse')).toBe(false);
		const overlap = problemsOf(text, '10.100.0.0/24').filter((p) => p.rule === 'cidr/overlap');
		expect(overlap.map((p) => p.text)).toEqual(['10.100.0.0/16']);
	});

	it('a node mask problem is underlined on the extraArgs value', () => {
		const text = kubeadmConfigText({ ...example, nodeMaskV4: '12' });
		const mask = problemsOf(text).find((p) => p.path === 'controllerManager.extraArgs[0].value' && p.severity === 'error');
		expect(mask?.text).toMatch(/^"?12"?$/);
	});

	it('a value left out is reported on the document that would hold it', () => {
		const text = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n';
		const empty = problemsOf(text).find((p) => p.rule === 'cidr/empty');
		expect(empty?.text).toBe('ClusterConfiguration');
	});

	it('a YAML error is listed and nothing else is judged', () => {
		const problems = problemsOf('apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: "10.1.0.0/16\n');
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.rule.startsWith('yaml/'))).toBe(true);
		expect(problems[0]!.line).toBeGreaterThanOrEqual(4);
	});
});
