// The CIDR playground's own words, in both languages of the site. Diagnostics bring their own messages.

import type { Field, Severity } from '../../lib/cidr/types.ts';
import type { BitKind, Role } from '../../lib/cidr/layout.ts';

export type Lang = 'en' | 'zh';

export function langOf(locale: string | undefined): Lang {
	return locale !== undefined && locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

interface Text {
	severity: Record<Severity, string>;
	role: Record<Role, string>;
	bitKind: Record<BitKind, string>;
	fieldName: Record<Field, string>;
	summary: (ok: boolean, errors: number, warnings: number, infos: number) => string;
	entry: (n: number) => string;
	capacity: string;
	capacityCaption: string;
	noPlan: string;
	primary: string;
	secondary: string;
	rows: {
		pod: string;
		nodeMask: string;
		nodeRanges: string;
		reserved: string;
		available: string;
		addressesPerNode: string;
		maxPods: string;
		node: string;
		nodeHosts: string;
		maxNodes: string;
		maxPodsTotal: string;
		service: string;
		serviceIPs: string;
		kubernetesIP: string;
		dnsIP: string;
	};
	none: string;
	bits: string;
	bitsIntro: string;
	rulerText: (role: string, text: string, network: number, node: number | undefined, nodeMask: number | undefined, host: number) => string;
	space: string;
	spaceIntro: string;
	spaceView: (family: string, view: string, first: string, last: string) => string;
	overlap: string;
	overlapText: (a: string, b: string, first: string, last: string) => string;
	noOverlap: string;
	config: string;
	configIntro: string;
	configErrors: string;
	configNone: string;
	copy: string;
	copyLabel: (what: string) => string;
}

export const TEXT: Record<Lang, Text> = {
	en: {
		severity: { error: 'Error', warning: 'Warning', info: 'Note' },
		role: { node: 'Node network', pod: 'Pod network', service: 'Service network' },
		bitKind: { network: 'network bits', node: 'per-node range bits', host: 'host bits' },
		fieldName: { pod: 'Pod network', service: 'Service network', node: 'Node network', nodeMaskV4: 'IPv4 node mask', nodeMaskV6: 'IPv6 node mask', maxPods: 'maxPods' },
		summary: (ok, e, w, i) =>
			`${ok ? 'The plan works' : 'The plan has errors'}: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} note${i === 1 ? '' : 's'}.`,
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
			`${role} ${text}: ${network} network bits${node !== undefined ? `, ${node} bits number the per-node /${nodeMask} ranges` : ''}, ${host} host bits${node !== undefined ? ' per node' : ''}.`,
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
	zh: {
		severity: { error: '错误', warning: '警告', info: '提示' },
		role: { node: '节点网络', pod: 'Pod 网络', service: 'Service 网络' },
		bitKind: { network: '网络位', node: '节点网段位', host: '主机位' },
		fieldName: { pod: 'Pod 网络', service: 'Service 网络', node: '节点网络', nodeMaskV4: 'IPv4 节点掩码', nodeMaskV6: 'IPv6 节点掩码', maxPods: 'maxPods' },
		summary: (ok, e, w, i) => `${ok ? '规划可用' : '规划有错误'}：${e} 个错误，${w} 个警告，${i} 条提示。`,
		entry: (n) => `第 ${n} 项`,
		capacity: '容量',
		capacityCaption: '按地址族列出规划的容量',
		noPlan: '无法显示容量：Pod 网络和 Service 网络都无法解析。',
		primary: '主地址族',
		secondary: '次地址族',
		rows: {
			pod: 'Pod 网段',
			nodeMask: '每节点网段',
			nodeRanges: '节点 Pod 网段数',
			reserved: '被 Service 网段占用',
			available: '可用的节点网段',
			addressesPerNode: '每节点地址数',
			maxPods: '每节点 Pod 数（maxPods）',
			node: '节点网络',
			nodeHosts: '节点地址数',
			maxNodes: '最多节点数',
			maxPodsTotal: '集群最多 Pod 数',
			service: 'Service 网段',
			serviceIPs: 'Service IP 数',
			kubernetesIP: 'kubernetes Service IP',
			dnsIP: '集群 DNS Service IP',
		},
		none: '—',
		bits: '网络位与主机位',
		bitsIntro: '前缀长度决定网络位，其余为主机位。在 Pod 网段中，从前缀到节点掩码之间的位用来给每个节点的网段编号。',
		rulerText: (role, text, network, node, nodeMask, host) =>
			`${role} ${text}：${network} 个网络位${node !== undefined ? `，${node} 位给每个节点的 /${nodeMask} 网段编号` : ''}，${node !== undefined ? '每个节点 ' : ''}${host} 个主机位。`,
		space: '地址空间',
		spaceIntro: '各网段在能容纳它们的最小地址块中的位置，重叠部分会被标出。',
		spaceView: (family, view, first, last) => `${family}：${view}（${first} – ${last}）`,
		overlap: '重叠',
		overlapText: (a, b, first, last) => `${a} 与 ${b} 重叠：${first} – ${last}`,
		noOverlap: '没有网段重叠。',
		config: '配置',
		configIntro: '同一个规划，按各个工具的写法给出。',
		configErrors: '规划有错误：请先修正，再使用这些配置。',
		configNone: '无法生成配置：Pod 网络和 Service 网络必须先能解析。',
		copy: '复制',
		copyLabel: (what) => `复制 ${what}`,
	},
};

/** Labels of the form and the controls around it. */
export const FORM_TEXT = {
	en: {
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
	},
	zh: {
		formLabel: '地址规划',
		presets: '从这里开始',
		labels: {
			node: '节点网络',
			pod: 'Pod 网络（podSubnet、--cluster-cidr）',
			service: 'Service 网络（serviceSubnet、--service-cluster-ip-range）',
			nodeMaskV4: 'IPv4 节点掩码',
			nodeMaskV6: 'IPv6 节点掩码',
			maxPods: '每节点 maxPods',
		},
		hints: {
			node: '机器本身的地址所在的网络。可不填。',
			pod: '一个 CIDR；双栈时写一个 IPv4 和一个 IPv6 CIDR，用逗号分隔（不要空格）。',
			service: '一个 CIDR；双栈时每个地址族一个。',
			nodeMaskV4: '每个节点 IPv4 Pod 网段的前缀长度。留空表示默认值 24。',
			nodeMaskV6: '每个节点 IPv6 Pod 网段的前缀长度。留空表示默认值 64。只在 IPv6 或双栈时设置。',
			maxPods: 'kubelet 的 Pod 数上限。留空表示默认值 110。',
		},
		noscript: 'JavaScript 已关闭，表单无法检查你自己的规划。下面是示例规划的结果。',
		reset: '恢复为示例',
		share: '分享链接',
		copyLink: '复制链接',
		copied: '已复制。',
		copyFailed: '无法复制：请选中文本后自行复制。',
		badLink: '这个链接不包含有效的规划，因此显示的是示例规划。原因：',
		badLinkKept: '这个链接不包含有效的规划，因此保留了你原来的规划。原因：',
	},
} as const;

/** The kubeadm configuration view of the plan (src/playgrounds/cidr/config-editor.ts). */
export const CONFIG_TEXT = {
	en: {
		heading: 'The plan as kubeadm configuration',
		intro:
			'The same plan as the file you would give kubeadm init --config. Edit either side: change a value here and the form follows; change the form and the value here changes in place, keeping the rest of your edits. The node network stays in the form: nodes take their addresses from your infrastructure, not from kubeadm.',
		label: 'kubeadm configuration (YAML)',
		problems: 'Problems in the configuration',
		/** Comment lines at the top of a configuration written afresh. */
		comments: ['kubeadm init --config <this file>', 'The node network is not set here: nodes take their addresses from your infrastructure.'],
	},
	zh: {
		heading: '用 kubeadm 配置表示的规划',
		intro:
			'同一个规划，写成交给 kubeadm init --config 的文件。两边都可以编辑：在这里改一个值，表单随之更新；改表单时，这里的值就地更新，你的其他修改都会保留。节点网络只在表单里：节点的地址来自你的基础设施，而不是来自 kubeadm。',
		label: 'kubeadm 配置（YAML）',
		problems: '配置中的问题',
		comments: ['kubeadm init --config <此文件>', '这里不设置节点网络：节点的地址来自你的基础设施。'],
	},
} as const;
