import { describe, expect, it } from 'vitest';
import { kubeadmConfigText } from '../../../src/lib/cidr/kubeadm-config.ts';
import { applyEdits, configEdits } from '../../../src/lib/cluster-config/edit-config.ts';
import { readClusterConfig } from '../../../src/lib/cluster-config/read-config.ts';
import type { ConfigField } from '../../../src/lib/cluster-config/read-config.ts';

type Fields = Record<ConfigField, string>;
const example: Fields = { pod: '10.100.0.0/16', service: '10.200.0.0/16', nodeMaskV4: '24', nodeMaskV6: '', maxPods: '110' };
/** The text after the form says `state`, and what reading it back gives. */
function write(text: string, state: Fields): { text: string; state: Fields | undefined } {
	const out = applyEdits(text, configEdits(text, state));
	return { text: out, state: readClusterConfig(out).state };
}

describe('configEdits: the form writes into the text', () => {
	it('no edits when the text already says what the form says', () => {
		expect(configEdits(kubeadmConfigText(example), example)).toEqual([]);
	});

	it('changes a value in place and leaves comments and other fields as they were', () => {
		const text = [
			'# our lab cluster',
			'apiVersion: kubeadm.k8s.io/v1beta4',
			'kind: ClusterConfiguration',
			'clusterName: lab   # keep me',
			'networking:',
			'  dnsDomain: lab.local',
			'  podSubnet: 10.100.0.0/16 # pods',
			'  serviceSubnet: "10.200.0.0/16"',
			'',
		].join('\n');
		const edits = configEdits(text, { ...example, pod: '10.244.0.0/16', nodeMaskV4: '', maxPods: '' });
		expect(edits).toHaveLength(1);
		const out = applyEdits(text, edits);
		expect(out).toBe(text.replace('10.100.0.0/16 # pods', '"10.244.0.0/16" # pods'));
	});

	it('adds a missing entry into the block it belongs to, with that block’s indentation', () => {
		const text = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n    serviceSubnet: "10.96.0.0/12"\n';
		const out = write(text, { ...example, service: '10.96.0.0/12', pod: '10.244.0.0/16', nodeMaskV4: '' });
		expect(out.text).toContain('networking:\n    serviceSubnet: "10.96.0.0/12"\n    podSubnet: "10.244.0.0/16"\n');
		expect(out.state).toMatchObject({ pod: '10.244.0.0/16', service: '10.96.0.0/12' });
	});

	it('adds node masks as v1beta4 list items, or as v1beta3 map entries', () => {
		const v4 = write(kubeadmConfigText(example), { ...example, nodeMaskV6: '64' });
		expect(v4.text).toContain('    - name: node-cidr-mask-size-ipv6\n      value: "64"\n');
		expect(v4.state?.nodeMaskV6).toBe('64');

		const v3 = 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\ncontrollerManager:\n  extraArgs:\n    node-cidr-mask-size-ipv4: "24"\n';
		const out = write(v3, { ...example, pod: '', service: '10.96.0.0/12', nodeMaskV6: '64' });
		expect(out.text).toContain('  extraArgs:\n    node-cidr-mask-size-ipv4: "24"\n    node-cidr-mask-size-ipv6: "64"\n');
		expect(readClusterConfig(out.text).findings).toEqual([]);
	});

	it('creates controllerManager.extraArgs when the text has none', () => {
		const text = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: "10.1.0.0/16"\n';
		const out = write(text, { ...example, pod: '10.1.0.0/16', service: '10.96.0.0/12', nodeMaskV4: '25', maxPods: '' });
		expect(out.text).toContain('controllerManager:\n  extraArgs:\n    - name: node-cidr-mask-size-ipv4\n      value: "25"\n');
		expect(out.state).toMatchObject({ nodeMaskV4: '25' });
	});

	it('removes an entry set back to its default, and only that entry', () => {
		const out = write(kubeadmConfigText({ ...example, nodeMaskV6: '64' }), { ...example, nodeMaskV4: '', nodeMaskV6: '64', maxPods: '' });
		expect(out.text).not.toContain('node-cidr-mask-size-ipv4');
		expect(out.text).toContain('node-cidr-mask-size-ipv6');
		expect(out.text).not.toContain('maxPods');
		expect(out.state).toEqual({ ...example, nodeMaskV4: '', nodeMaskV6: '64', maxPods: '' });
	});

	it('an entry sharing its line with others (flow style) is not cut out: the text is written afresh', () => {
		const text =
			'{apiVersion: kubeadm.k8s.io/v1beta4, kind: ClusterConfiguration}\n---\n{apiVersion: kubelet.config.k8s.io/v1beta1, kind: KubeletConfiguration, maxPods: 50}\n';
		const edits = configEdits(text, { ...example, pod: '', service: '10.96.0.0/12', nodeMaskV4: '', maxPods: '' });
		expect(edits).toEqual([{ start: 0, end: text.length, text: kubeadmConfigText({ ...example, pod: '', service: '10.96.0.0/12', nodeMaskV4: '', maxPods: '' }) }]);
	});

	it('a flow-style document gets nothing appended after it: the text is written afresh', () => {
		const text = '{apiVersion: kubeadm.k8s.io/v1beta4, kind: ClusterConfiguration}\n';
		const wanted = { ...example, service: '10.96.0.0/12', nodeMaskV4: '', maxPods: '' };
		expect(configEdits(text, wanted)).toEqual([{ start: 0, end: text.length, text: kubeadmConfigText(wanted) }]);
	});

	it('adds a KubeletConfiguration document for maxPods when there is none', () => {
		const text = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: "10.1.0.0/16"';
		const out = write(text, { ...example, pod: '10.1.0.0/16', service: '10.96.0.0/12', nodeMaskV4: '', maxPods: '64' });
		expect(out.text).toBe(`${text}\n---\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nmaxPods: 64\n`);
		expect(out.state?.maxPods).toBe('64');
	});

	it('fills `key:` with no value right after the colon', () => {
		const text = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet:\n';
		const out = write(text, { ...example, service: '10.96.0.0/12', nodeMaskV4: '', maxPods: '' });
		expect(out.text).toContain('  podSubnet: "10.100.0.0/16"\n');
	});

	it('writes what the form holds even when it is wrong, so the rules can point at it in the text', () => {
		const out = write(kubeadmConfigText(example), { ...example, pod: '10.96/12', maxPods: 'lots' });
		expect(out.text).toContain('podSubnet: "10.96/12"');
		expect(out.text).toContain('maxPods: "lots"');
		expect(out.state).toMatchObject({ pod: '10.96/12', maxPods: 'lots' });
	});

	it('writes a text that does not parse afresh, as one edit over everything (so Undo brings it back)', () => {
		const broken = 'networking: [\n';
		const edits = configEdits(broken, example, ['fresh']);
		expect(edits).toEqual([{ start: 0, end: broken.length, text: kubeadmConfigText(example, ['fresh']) }]);
	});

	it('writes afresh when the block to add to is in flow style', () => {
		const text = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking: {serviceSubnet: "10.96.0.0/12"}\n';
		const edits = configEdits(text, { ...example, service: '10.96.0.0/12', nodeMaskV4: '', maxPods: '' });
		expect(edits).toHaveLength(1);
		expect(edits[0]).toMatchObject({ start: 0, end: text.length });
	});

	it('round trip: for every preset-like plan, the form’s values come back out of the text it wrote', () => {
		const plans: Fields[] = [
			example,
			{ pod: '10.244.0.0/16,fd00:10:244::/56', service: '10.96.0.0/16,fd00:10:96::/112', nodeMaskV4: '24', nodeMaskV6: '64', maxPods: '110' },
			{ pod: 'fd00:1::/56', service: 'fd00:2::/112', nodeMaskV4: '', nodeMaskV6: '64', maxPods: '' },
			{ pod: '', service: '', nodeMaskV4: 'x', nodeMaskV6: '200', maxPods: '-1' },
		];
		let text = kubeadmConfigText(example);
		for (const plan of plans) {
			const out = write(text, plan);
			expect(out.state, out.text).toEqual(plan);
			text = out.text;
		}
	});
});
