import { describe, expect, it } from 'vitest';
import { kubeadmConfigText } from '../../../src/lib/cidr/kubeadm-config.ts';
import { MAX_CONFIG_CHARS, readClusterConfig } from '../../../src/lib/cluster-config/read-config.ts';
import type { ConfigFinding } from '../../../src/lib/cluster-config/read-config.ts';
import { en } from '../../../src/lib/cluster-config/messages/en.ts';
import { zh } from '../../../src/lib/cluster-config/messages/zh.ts';
import { formatMessage } from '../../../src/lib/i18n/index.ts';
import type { MessageRef } from '../../../src/lib/i18n/index.ts';

/** A reader finding's words in one language's catalogue. */
const say = (catalogue: typeof en | typeof zh, f: ConfigFinding) => formatMessage(catalogue, f.message as MessageRef);

const plan = { pod: '10.100.0.0/16', service: '10.200.0.0/16', nodeMaskV4: '24', nodeMaskV6: '', maxPods: '110' };
/** The text a rule finding points at. */
const at = (text: string, f: { start: number; end: number }) => text.slice(f.start, f.end);

describe('readClusterConfig', () => {
	it('reads back every value the generated configuration holds, located on the value', () => {
		const text = kubeadmConfigText({ ...plan, pod: '10.244.0.0/16,fd00:10:244::/56', nodeMaskV6: '64', maxPods: '250' }, ['a comment']);
		const read = readClusterConfig(text);
		expect(read.readable).toBe(true);
		expect(read.findings).toEqual([]);
		expect(read.state).toEqual({ pod: '10.244.0.0/16,fd00:10:244::/56', service: '10.200.0.0/16', nodeMaskV4: '24', nodeMaskV6: '64', maxPods: '250' });
		expect(at(text, read.values.pod!)).toBe('"10.244.0.0/16,fd00:10:244::/56"');
		expect(text.slice(read.values.pod!.contentStart!, read.values.pod!.contentStart! + 13)).toBe('10.244.0.0/16');
		expect(at(text, read.values.nodeMaskV6!)).toBe('"64"');
		expect(read.values.nodeMaskV6!.path).toBe('controllerManager.extraArgs[1].value');
		expect(at(text, read.values.maxPods!)).toBe('250');
	});

	it('stands in the defaults for values left out: kubeadm’s Service subnet, empty node masks and maxPods', () => {
		const read = readClusterConfig('apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n');
		expect(read.state).toEqual({ pod: '', service: '10.96.0.0/12', nodeMaskV4: '', nodeMaskV6: '', maxPods: '' });
	});

	it('reads v1beta3’s map-shaped extraArgs, and a plain (unquoted) subnet', () => {
		const text =
			'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.1.0.0/16\ncontrollerManager:\n  extraArgs:\n    node-cidr-mask-size-ipv4: "26"\n';
		const read = readClusterConfig(text);
		expect(read.findings).toEqual([]);
		expect(read.state).toMatchObject({ pod: '10.1.0.0/16', nodeMaskV4: '26' });
		expect(read.values.pod!.contentStart).toBe(read.values.pod!.start);
	});

	it('a quoted value with an escape is not "spelled plainly": no exact offsets inside it', () => {
		const text = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: "10.1.0.0\\/16"\n';
		const read = readClusterConfig(text);
		expect(read.state?.pod).toBe('10.1.0.0/16');
		expect(read.values.pod!.contentStart).toBeUndefined();
	});

	it.each([
		['unknown networking field, with a suggestion', 'networking:\n  podSubnett: "10.1.0.0/16"\n', 'kubeadm/unknown-field', 'podSubnett', /did you mean "podSubnet"/],
		[
			'unknown key in an extraArgs item',
			'controllerManager:\n  extraArgs:\n    - name: node-cidr-mask-size-ipv4\n      valeu: "24"\n',
			'kubeadm/unknown-field',
			'valeu',
			/did you mean "value"/,
		],
		[
			'a number where kubeadm wants a string',
			'controllerManager:\n  extraArgs:\n    - name: node-cidr-mask-size-ipv4\n      value: 24\n',
			'kubeadm/expects-string',
			'24',
			/quote it/,
		],
		[
			'a map where v1beta4 wants a list',
			'controllerManager:\n  extraArgs:\n    node-cidr-mask-size-ipv4: "24"\n',
			'kubeadm/extra-args-shape',
			'node-cidr-mask-size-ipv4: "24"',
			/list of name\/value pairs/,
		],
		['a list where a value belongs', 'networking:\n  podSubnet:\n    - 10.1.0.0/16\n', 'kubeadm/not-a-value', '- 10.1.0.0/16', /not a list/],
	])('%s', (_, body, rule, where, message) => {
		const text = `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n${body}`;
		const read = readClusterConfig(text);
		const finding = read.findings.find((f) => f.rule === rule);
		expect(finding, JSON.stringify(read.findings)).toBeDefined();
		expect(at(text, finding!).trim()).toBe(where);
		expect(say(en, finding!)).toMatch(message);
		expect(say(zh, finding!)).toMatch(/[\u4e00-\u9fff]/u);
	});

	it('maxPods written as a string is refused as the kubelet refuses it', () => {
		const text =
			'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nmaxPods: "110"\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n';
		const read = readClusterConfig(text);
		expect(read.findings.map((f) => [f.rule, at(text, f)])).toEqual([['kubelet/expects-integer', '"110"']]);
		expect(read.state?.maxPods).toBe('110');
	});

	it('without a ClusterConfiguration there is no plan to take, and a warning says so', () => {
		const read = readClusterConfig('apiVersion: v1\nkind: Pod\n');
		expect(read.readable).toBe(true);
		expect(read.state).toBeUndefined();
		expect(read.findings.map((f) => f.rule)).toEqual(['kubeadm/no-cluster-configuration']);
	});

	it('a second ClusterConfiguration is an error on its kind (kubeadm refuses the file); the first is read', () => {
		const doc = (pod: string) => `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: "${pod}"\n`;
		const text = `${doc('10.1.0.0/16')}---\n${doc('10.2.0.0/16')}`;
		const read = readClusterConfig(text);
		expect(read.state?.pod).toBe('10.1.0.0/16');
		expect(read.findings.map((f) => [f.rule, at(text, f)])).toEqual([['kubeadm/duplicate-document', 'ClusterConfiguration']]);
	});

	describe('broken and hostile text: located findings, no plan, no exception', () => {
		it.each([
			['unclosed flow sequence', 'networking: [', 'yaml/syntax-error'],
			['duplicate key', 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkind: ClusterConfiguration\n', 'yaml/duplicate-key'],
			['NUL byte', 'apiVersion: kubeadm.k8s.io/v1beta4\u0000\n', 'yaml/invalid-character'],
			[
				'alias bomb',
				`a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`,
				'yaml/alias-limit',
			],
			['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`, 'yaml/too-deep'],
			['a paste larger than the limit', 'x'.repeat(MAX_CONFIG_CHARS + 1), 'yaml/input-too-large'],
		])('%s', (_, text, rule) => {
			const read = readClusterConfig(text);
			expect(read.readable).toBe(false);
			expect(read.state).toBeUndefined();
			expect(read.findings.map((f) => f.rule)).toContain(rule);
			for (const f of read.findings) expect(f.start).toBeLessThanOrEqual(text.length);
		});

		it('keeps offsets on the text as given when it starts with a byte-order mark', () => {
			const text = `\uFEFF${kubeadmConfigText(plan)}`;
			const read = readClusterConfig(text);
			expect(at(text, read.values.pod!)).toBe('"10.100.0.0/16"');
		});
	});
});
