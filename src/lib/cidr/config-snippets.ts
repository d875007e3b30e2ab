// Configuration to paste, generated from a plan: the same ranges written the way each tool spells them.
// Ranges are the normalised networks (host bits masked, leading zeros dropped), in the order typed, because
// the first entry of a list decides the primary family.

import { kubeadmConfigText, MASK_FLAGS } from './kubeadm-config.ts';
import { parseCidrList } from './parse.ts';
import type { AnalyzeResult, Cidr, Family } from './types.ts';

export interface Snippet {
	id: 'kubeadm' | 'controller-manager' | 'flannel' | 'calico' | 'k3s';
	title: string;
	/** File name or kind of text, shown next to the title. */
	language: 'yaml' | 'json' | 'shell';
	text: string;
}

export interface SnippetInput {
	pod: string;
	service: string;
}

/** Normalised CIDRs of a list, or undefined when any entry does not parse (no config for a broken list). */
function normalised(list: string): Cidr[] | undefined {
	const entries = parseCidrList(list);
	const cidrs: Cidr[] = [];
	for (const e of entries) {
		if (!e.result.ok) return undefined;
		cidrs.push(e.result.cidr);
	}
	return cidrs.length > 0 ? cidrs : undefined;
}

const joined = (cidrs: Cidr[]) => cidrs.map((c) => c.text).join(',');

/** Calico's default IPAM block sizes (projectcalico.org/v3 IPPool blockSize). */
const CALICO_BLOCK = { IPv4: 26, IPv6: 122 } as const;

function maskFlags(families: Family[], settings: AnalyzeResult['settings']): Array<[string, string]> {
	// Only for families the cluster uses: a mask for another family stops a single-stack controller manager.
	return families.map((f) => (f === 'IPv4' ? [MASK_FLAGS.nodeMaskV4, String(settings.nodeMaskV4)] : [MASK_FLAGS.nodeMaskV6, String(settings.nodeMaskV6)]));
}

/** Empty when the Pod or Service list does not parse. */
export function configSnippets(input: SnippetInput, result: AnalyzeResult): Snippet[] {
	const pods = normalised(input.pod);
	const services = normalised(input.service);
	if (!pods || !services) return [];
	const settings = result.settings;
	const families = [...new Set(pods.map((c) => c.family))];
	const masks = maskFlags(families, settings);
	const dns = result.plan.find((p) => p.dnsServiceIP)?.dnsServiceIP ?? '';

	const kubeadm = kubeadmConfigText({
		pod: joined(pods),
		service: joined(services),
		nodeMaskV4: families.includes('IPv4') ? String(settings.nodeMaskV4) : '',
		nodeMaskV6: families.includes('IPv6') ? String(settings.nodeMaskV6) : '',
		maxPods: String(settings.maxPods),
		clusterDNS: dns,
	}).trimEnd();

	const controllerManager = [
		'kube-controller-manager \\',
		'  --allocate-node-cidrs=true \\',
		`  --cluster-cidr=${joined(pods)} \\`,
		`  --service-cluster-ip-range=${joined(services)} \\`,
		...masks.map(([name, value], i) => `  --${name}=${value}${i < masks.length - 1 ? ' \\' : ''}`),
	].join('\n');

	const v4 = pods.find((c) => c.family === 'IPv4');
	const v6 = pods.find((c) => c.family === 'IPv6');
	const flannel: Record<string, unknown> = {};
	if (v4) Object.assign(flannel, { Network: v4.text, SubnetLen: settings.nodeMaskV4 });
	else flannel.EnableIPv4 = false;
	if (v6) Object.assign(flannel, { EnableIPv6: true, IPv6Network: v6.text, IPv6SubnetLen: settings.nodeMaskV6 });
	flannel.Backend = { Type: 'vxlan' };

	const calico = pods
		.map((c) => {
			const family = c.family === 'IPv4' ? 'ipv4' : 'ipv6';
			// blockSize may not be shorter than the pool itself.
			const block = Math.max(CALICO_BLOCK[c.family], c.familyPrefix);
			return [
				'apiVersion: projectcalico.org/v3',
				'kind: IPPool',
				'metadata:',
				`  name: default-${family}-ippool`,
				'spec:',
				`  cidr: ${c.text}`,
				`  blockSize: ${block}`,
				...(c.family === 'IPv4' ? ['  ipipMode: Never', '  vxlanMode: CrossSubnet'] : ['  vxlanMode: CrossSubnet']),
				'  natOutgoing: true',
				'  nodeSelector: all()',
			].join('\n');
		})
		.join('\n---\n');

	const k3s = [
		'k3s server \\',
		`  --cluster-cidr=${joined(pods)} \\`,
		`  --service-cidr=${joined(services)} \\`,
		...(dns ? [`  --cluster-dns=${dns} \\`] : []),
		...masks.map(([name, value]) => `  --kube-controller-manager-arg=${name}=${value} \\`),
		`  --kubelet-arg=max-pods=${settings.maxPods}`,
	].join('\n');

	return [
		{ id: 'kubeadm', title: 'kubeadm ClusterConfiguration + KubeletConfiguration', language: 'yaml', text: kubeadm },
		{ id: 'controller-manager', title: 'kube-controller-manager', language: 'shell', text: controllerManager },
		{ id: 'flannel', title: 'Flannel net-conf.json', language: 'json', text: JSON.stringify(flannel, null, 2) },
		{ id: 'calico', title: 'Calico IPPool', language: 'yaml', text: calico },
		{ id: 'k3s', title: 'k3s server', language: 'shell', text: k3s },
	];
}
