// The CIDR playground's words in English: the English page's script carries these and nothing of the other
// language. The diagnostics' catalogues come apart (messages-en.ts).
import { plural } from '../../lib/i18n/index.ts';
import type { CidrWords } from './text.ts';

export const WORDS: CidrWords = {
	lang: 'en',
	view: {
		severity: { error: 'Error', warning: 'Warning', info: 'Note' },
		role: { node: 'Node network', pod: 'Pod network', service: 'Service network' },
		bitKind: { network: 'network bits', node: 'per-node range bits', host: 'host bits' },
		fieldName: { pod: 'Pod network', service: 'Service network', node: 'Node network', nodeMaskV4: 'IPv4 node mask', nodeMaskV6: 'IPv6 node mask', maxPods: 'maxPods' },
		summary: (ok, e, w, i) =>
			`${ok ? 'The plan works' : 'The plan has errors'}: ${plural('en', e, { one: '{n} error', other: '{n} errors' })}, ${plural('en', w, { one: '{n} warning', other: '{n} warnings' })}, ${plural('en', i, { one: '{n} note', other: '{n} notes' })}.`,
		entry: (n) => `entry ${n}`,
		capacity: 'Capacity',
		capacityCaption: 'How far the plan scales, per address family',
		noPlan: 'No capacity to show: the Pod and Service networks did not parse.',
		primary: 'primary',
		secondary: 'secondary',
		rows: {
			pod: 'Pod range',
			nodeMask: 'Per-node range',
			nodeRanges: 'Per-node Pod ranges',
			reserved: 'Reserved by the Service range',
			available: 'Available per-node ranges',
			addressesPerNode: 'Addresses per node',
			maxPods: 'Pods per node (maxPods)',
			node: 'Node network',
			nodeHosts: 'Node addresses',
			maxNodes: 'Max nodes',
			maxPodsTotal: 'Max Pods in the cluster',
			service: 'Service range',
			serviceIPs: 'Service IPs',
			kubernetesIP: 'kubernetes Service IP',
			dnsIP: 'Cluster DNS Service IP',
		},
		none: '—',
		bits: 'Network and host bits',
		bitsIntro: 'Each range’s prefix fixes the network bits; the rest are host bits. In a Pod range, the bits up to the node mask number the per-node ranges.',
		rulerText: (role, text, network, node, nodeMask, host) =>
			`${role} ${text}: ${plural('en', network, { one: '{n} network bit', other: '{n} network bits' })}${node !== undefined ? `, ${plural('en', node, { one: '{n} bit numbers', other: '{n} bits number' })} the per-node /${nodeMask} ranges` : ''}, ${plural('en', host, { one: '{n} host bit', other: '{n} host bits' })}${node !== undefined ? ' per node' : ''}.`,
		space: 'Address space',
		spaceIntro: 'Where the ranges sit inside the smallest block that holds them all. Overlaps are marked.',
		spaceView: (family, view, first, last) => `${family}: ${view} (${first} – ${last})`,
		overlap: 'Overlap',
		overlapText: (a, b, first, last) => `Overlap of ${a} and ${b}: ${first} – ${last}`,
		noOverlap: 'No ranges overlap.',
		config: 'Configuration',
		configIntro: 'The same plan, written for each tool.',
		configErrors: 'The plan has errors: fix them before you use this configuration.',
		configNone: 'No configuration: the Pod and Service networks must parse first.',
		copy: 'Copy',
		copyLabel: (what) => `Copy ${what}`,
	},
	form: {
		formLabel: 'Address plan',
		presets: 'Start from',
		labels: {
			node: 'Node network',
			pod: 'Pod network (podSubnet, --cluster-cidr)',
			service: 'Service network (serviceSubnet, --service-cluster-ip-range)',
			nodeMaskV4: 'IPv4 node mask',
			nodeMaskV6: 'IPv6 node mask',
			maxPods: 'maxPods per node',
		},
		hints: {
			node: 'The network your machines’ own addresses come from. Optional.',
			pod: 'One CIDR, or an IPv4 and an IPv6 CIDR separated by a comma (no space) for dual-stack.',
			service: 'One CIDR, or one per family for dual-stack.',
			nodeMaskV4: 'Prefix of each node’s IPv4 Pod range. Empty means the default, 24.',
			nodeMaskV6: 'Prefix of each node’s IPv6 Pod range. Empty means the default, 64. Set it only for IPv6 or dual-stack.',
			maxPods: 'The kubelet’s Pod limit. Empty means the default, 110.',
		},
		noscript: 'JavaScript is off, so the form cannot check your own plan. The results below are for the example plan.',
		reset: 'Reset to the example',
		share: 'Share link',
		copyLink: 'Copy link',
		copied: 'Copied.',
		copyFailed: 'Could not copy: select the text and copy it yourself.',
		badLink: 'This link does not hold a valid plan, so the example plan is shown instead. Reason:',
		badLinkKept: 'This link does not hold a valid plan, so the plan you had is kept. Reason:',
		linkNotRecognised: 'The link’s contents are not recognised.',
	},
	config: {
		heading: 'The plan as kubeadm configuration',
		intro:
			'The same plan as the file you would give kubeadm init --config. Edit either side: change a value here and the form follows; change the form and the value here changes in place, keeping the rest of your edits. The node network stays in the form: nodes take their addresses from your infrastructure, not from kubeadm.',
		label: 'kubeadm configuration (YAML)',
		problems: 'Problems in the configuration',
		comments: ['kubeadm init --config <this file>', 'The node network is not set here: nodes take their addresses from your infrastructure.'],
	},
	presets: { chapter: 'Chapter example', kubeadm: 'kubeadm defaults', k3s: 'k3s defaults', kind: 'kind defaults', 'dual-stack': 'Dual-stack' },
	shareProblem(p) {
		switch (p.id) {
			case 'too-long':
				return 'The link is too long to be a plan from this page.';
			case 'encoding':
				return 'The link contains broken percent-encoding.';
			case 'unknown':
				return `The link contains an unknown setting “${p.name}”.`;
			case 'duplicate':
				return `The link sets “${p.name}” twice.`;
			case 'value':
				return `The value of “${p.name}” is longer than ${p.max} characters or contains control characters, which this page never writes.`;
			case 'missing':
				return 'The link has no Pod or Service network.';
		}
	},
};
