// The CIDR playground's words in Simplified Chinese: the Chinese page's script carries these and nothing of the
// other language. The diagnostics' catalogues come apart (messages-zh.ts).
import type { CidrWords } from './text.ts';

export const WORDS: CidrWords = {
	lang: 'zh',
	view: {
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
	form: {
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
		linkNotRecognised: '无法识别链接中的内容。',
	},
	config: {
		heading: '用 kubeadm 配置表示的规划',
		intro:
			'同一个规划，写成交给 kubeadm init --config 的文件。两边都可以编辑：在这里改一个值，表单随之更新；改表单时，这里的值就地更新，你的其他修改都会保留。节点网络只在表单里：节点的地址来自你的基础设施，而不是来自 kubeadm。',
		label: 'kubeadm 配置（YAML）',
		problems: '配置中的问题',
		comments: ['kubeadm init --config <此文件>', '这里不设置节点网络：节点的地址来自你的基础设施。'],
	},
	presets: { chapter: '本章示例', kubeadm: 'kubeadm 默认值', k3s: 'k3s 默认值', kind: 'kind 默认值', 'dual-stack': '双栈' },
	shareProblem(p) {
		switch (p.id) {
			case 'too-long':
				return '这个链接太长，不像是本页生成的规划。';
			case 'encoding':
				return '链接中的百分号编码已损坏。';
			case 'unknown':
				return `链接中有未知的设置“${p.name}”。`;
			case 'duplicate':
				return `链接中“${p.name}”出现了两次。`;
			case 'value':
				return `“${p.name}”的值超过 ${p.max} 个字符，或含有控制字符，本页生成的链接不会这样。`;
			case 'missing':
				return '链接中缺少 Pod 网络或 Service 网络。';
		}
	},
};
