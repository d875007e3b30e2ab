// The CIDR planner's messages in Simplified Chinese: the same ids and parameters as en.ts (the type says so).
import { plural } from '../../i18n/index.ts';
import type { CatalogueLike } from '../../i18n/index.ts';
import type { Field, ParseFailure } from '../types.ts';
import { formatCount } from './count.ts';
import type { en } from './en.ts';

export const FIELD_NAMES: Record<Field, string> = {
	pod: 'Pod 网络',
	service: 'Service 网络',
	node: '节点网络',
	nodeMaskV4: 'IPv4 节点掩码',
	nodeMaskV6: 'IPv6 节点掩码',
	maxPods: 'maxPods',
};

export const RANGE_NAMES: Record<string, string> = {
	'0.0.0.0/8': '“本网络”（RFC 1122）',
	'10.0.0.0/8': '私有地址（RFC 1918）',
	'100.64.0.0/10': '运营商级 NAT 共享地址（RFC 6598）',
	'127.0.0.0/8': '环回地址（RFC 1122）',
	'169.254.0.0/16': '链路本地地址（RFC 3927）',
	'172.16.0.0/12': '私有地址（RFC 1918）',
	'172.17.0.0/16': 'Docker 默认网桥 docker0',
	'192.0.0.0/24': 'IETF 协议分配（RFC 6890）',
	'192.0.2.0/24': '文档示例 TEST-NET-1（RFC 5737）',
	'192.88.99.0/24': '已废弃的 6to4 中继任播（RFC 7526）',
	'192.168.0.0/16': '私有地址（RFC 1918）',
	'198.18.0.0/15': '网络基准测试（RFC 2544）',
	'198.51.100.0/24': '文档示例 TEST-NET-2（RFC 5737）',
	'203.0.113.0/24': '文档示例 TEST-NET-3（RFC 5737）',
	'224.0.0.0/4': '组播地址（RFC 5771）',
	'240.0.0.0/4': '保留地址及广播地址（RFC 1112、RFC 919）',
	'::/3': 'IETF 保留地址空间（IANA IPv6 地址空间）',
	'::/128': '未指定地址（RFC 4291）',
	'::1/128': '环回地址（RFC 4291）',
	'100::/64': '仅丢弃前缀（RFC 6666）',
	'2000::/3': '全球单播地址',
	'2001::/23': 'IETF 协议分配（RFC 2928）',
	'2001:db8::/32': '文档示例（RFC 3849）',
	'2002::/16': '6to4（RFC 3056）',
	'3fff::/20': '文档示例（RFC 9637）',
	'4000::/2': 'IETF 保留地址空间（IANA IPv6 地址空间）',
	'8000::/2': 'IETF 保留地址空间（IANA IPv6 地址空间）',
	'c000::/3': 'IETF 保留地址空间（IANA IPv6 地址空间）',
	'e000::/4': 'IETF 保留地址空间（IANA IPv6 地址空间）',
	'f000::/5': 'IETF 保留地址空间（IANA IPv6 地址空间）',
	'f800::/6': 'IETF 保留地址空间（IANA IPv6 地址空间）',
	'fc00::/7': '唯一本地地址（RFC 4193）',
	'fe00::/9': 'IETF 保留地址空间（IANA IPv6 地址空间）',
	'fe80::/10': '链路本地地址（RFC 4291）',
	'fec0::/10': '站点本地地址，已被 RFC 3879 废弃',
	'ff00::/8': '组播地址（RFC 4291）',
	'': '公网地址空间',
};

const PARSE: Record<ParseFailure, string> = {
	empty: '是一个空条目（多写了逗号？）',
	whitespace: '包含空白字符——Kubernetes 只按“,”切分列表且不去除空格，逗号后的空格会导致解析失败',
	'non-ascii': '包含非 ASCII 字符（全角数字等 Unicode 数字在 Go 看来不是数字）',
	'too-long': '远长于任何合法 CIDR',
	'no-prefix': '缺少前缀长度——CIDR 需要“/n”，例如 10.244.0.0/16',
	'bad-prefix': '的前缀长度不是普通的十进制数字',
	'prefix-too-long': '的前缀长度超过地址位数（IPv4 为 32，IPv6 为 128）',
	zone: '带有 IPv6 区域标识（“%…”），CIDR 不能带区域',
	'ipv4-shorthand': '是 IPv4 简写——Go 要求写全四个八位组，例如用 10.96.0.0/12 而不是 10.96/12',
	'ipv4-octet-range': '中有大于 255 的 IPv4 八位组',
	'ipv4-syntax': '不是合法的点分十进制 IPv4 地址',
	'ipv6-syntax': '不是合法的 IPv6 地址（每组 1–4 个十六进制数字，“::”最多出现一次）',
	'bad-address': '既不是 IPv4 也不是 IPv6 地址',
};

type Params<K extends keyof typeof en> = Parameters<(typeof en)[K]>[0];
type RangeParams = Params<'cidr/range-loopback'>;

const n = (value: bigint | number | string) => formatCount('zh', value);
const names = (ranges: readonly string[]) => ranges.map((cidr) => (cidr ? `${cidr}（${RANGE_NAMES[cidr] ?? cidr}）` : RANGE_NAMES[''])).join('、');
const range = (advice: (p: RangeParams) => string) => (p: RangeParams) =>
	`${FIELD_NAMES[p.field]} ${p.cidr} ${p.inside ? '位于' : '与'} ${names(p.ranges)} ${p.inside ? '之内' : '重叠'}。${advice(p)}`;

export const zh: CatalogueLike<typeof en> = {
	'cidr/empty:pod': () =>
		'Pod 网络为空。没有 Pod CIDR 时，kubeadm 不启用节点 IPAM，kube-controller-manager 也不会给节点分配 Pod 网段。请填写一个 CIDR（例如 10.244.0.0/16），双栈则填写一个 IPv4 和一个 IPv6 CIDR，用逗号分隔。',
	'cidr/empty:service': () =>
		'Service 网络为空。kubeadm 会悄悄使用默认值 10.96.0.0/12；请明确填写，以便与 Pod 网络和节点网络一起检查。填写一个 CIDR，双栈则每个地址族各一个。',
	'cidr/parse': (p) =>
		`${FIELD_NAMES[p.field]}第 ${p.entry} 项 ${p.input} ${PARSE[p.reason]}。Kubernetes（Go 的 net.ParseCIDR）会拒绝它，kubeadm init 和组件参数都会失败。请写成“地址/前缀”，例如 10.96.0.0/12 或 fd00:10:96::/112。`,
	'cidr/parse:more': (p) => `${FIELD_NAMES[p.field]}还有 ${plural('zh', p.count, { other: '{n}' })} 个条目同样无法解析，不再逐一列出。`,
	'cidr/leading-zeros': (p) =>
		`${FIELD_NAMES[p.field]}的值 ${p.input} 带有前导零。Kubernetes 为兼容而接受它，并把每个数字按十进制（而非八进制）读取，实际使用 ${p.normalised}。请直接写 ${p.normalised}，以免其他工具把 010 读成 8。`,
	'cidr/host-bits-set': (p) =>
		`${FIELD_NAMES[p.field]}的值 ${p.input} 设置了主机位。Kubernetes 会悄悄把它们清零，实际使用网络 ${p.normalised}。请写成 ${p.normalised}，让配置与集群的实际行为一致。`,
	'cidr/ipv4-mapped': (p) =>
		`${FIELD_NAMES[p.field]}的值 ${p.input} 是 IPv4 映射的 IPv6 CIDR。Kubernetes 把它归为 IPv4（即 ${p.effective}），却保留 128 位掩码 /${p.prefix}，因此 IPv4 节点掩码、双栈地址族检查和大小限制看到的都是 /${p.prefix}。请改写为 IPv4 形式 ${p.effective}。`,
	'cidr/too-many': (p) =>
		`${FIELD_NAMES[p.field]}列出了 ${p.count} 个 CIDR。Kubernetes 只接受一个，双栈时两个（一个 IPv4、一个 IPv6）；kubeadm、kube-apiserver 和 kube-controller-manager 都会拒绝更多。请删除多余的条目。${p.count > p.analysed ? `这里只分析前 ${p.analysed} 个。` : ''}`,
	'cidr/same-family': (p) =>
		`${FIELD_NAMES[p.field]}列出了两个 ${p.family} CIDR（${p.first} 和 ${p.second}）。两个条目表示双栈，必须是一个 IPv4 加一个 IPv6；同一地址族的两个条目会被 Kubernetes 拒绝。请只保留一个 ${p.family} 网段，双栈时再加一个另一地址族的网段。`,
	'cidr/family-mismatch': (p) =>
		`Service 网络有 ${p.family} 网段（${p.service}），Pod 网络却没有。${p.family} Service 会分到 ClusterIP，但 Pod 没有 ${p.family} 地址，EndpointSlice 将一直为空。请添加 ${p.family} Pod 网段，或删除 ${p.service}。`,
	'cidr/family-without-service': (p) =>
		`Pod 网络有 ${p.family} 网段（${p.pod}），Service 网络却没有。Pod 会得到 ${p.family} 地址，但任何 Service 都不能有 ${p.family} ClusterIP。若 Service 需要通过 ${p.family} 访问，请添加 ${p.family} Service 网段。`,
	'cidr/primary-family-mismatch': (p) =>
		`Pod 网络以 ${p.podFamily} 开头，Service 网络却以 ${p.serviceFamily} 开头。第一项决定主地址族：Pod 首先报告其 ${p.podFamily} 地址，而单栈 Service 会分到 ${p.serviceFamily} ClusterIP，kubernetes Service 也是 ${p.serviceFamily}。请让两个列表的顺序一致。`,
	'cidr/node-family-mismatch': (p) =>
		`Pod 网络有 ${p.family} 网段（${p.pod}），节点网络却没有。没有 ${p.family} 地址的节点通常无法在节点之间路由 ${p.family} Pod 流量，kubelet 也不会上报 ${p.family} 节点 IP。请添加节点的 ${p.family} 网络，或去掉 ${p.family} Pod 网段。`,
	'cidr/service-too-small': (p) =>
		`Service 网段 ${p.cidr} 只有 ${n(p.size)} 个地址。kubeadm 要求至少 10 个，因为集群 DNS Service 使用第 10 个地址（API 服务器本身在少于 8 个时拒绝启动）。IPv4 请用 /28 或更大（IPv6 用 /124）——实际一般取 /16 到 /12。`,
	'cidr/service-too-large': (p) =>
		`Service 网段 ${p.cidr} 有 ${p.bits - p.prefix} 个主机位；kubeadm 最多允许 20 个（${p.bits} 位地址的掩码必须 ≥ /${p.bits - 20}），否则 init 失败。较新的 API 服务器（启用 MultiCIDRServiceAllocator 与 DisableAllocatorDualWrite 的 ServiceCIDR API，v1.34 起默认开启）取消了这一上限（IPv6 改为最大 /64），但 kubeadm 仍然保留。请使用 /${p.bits - 20} 或更小的网段。`,
	'cidr/service-ipv6-clamped': (p) =>
		`IPv6 Service 网段 ${p.cidr}（/${p.prefix}）大于 /112。仍使用旧位图分配器的 API 服务器（ServiceCIDR 分配器在 v1.33–v1.34 成为默认之前）只会分配其中前 ${n(65536)} 个地址。除非所有 API 服务器都是 v1.34 或更新版本，请使用 /112。`,
	'cidr/pod-too-small': (p) =>
		`Pod 网段 ${p.cidr} 只有 ${n(p.size)} 个地址。kubeadm 要求至少 14 个（IPv4 /28）。请使用大得多的网段——IPv4 通常为 /16，IPv6 为 /48–/56——这样每个节点才能分到自己的 Pod 网段。`,
	'cidr/pod-smaller-than-node-range': (p) =>
		`Pod 网段 ${p.cidr}（/${p.prefix}）比单个节点的 Pod 网段（/${p.nodeMask}）还小。kubeadm 会拒绝，kube-controller-manager 会以“mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size”退出。请使用 /${p.nodeMask} 或更大的 Pod 网段，或加长 ${p.family} 节点掩码。${p.mapped ? `（这是 IPv4 映射 CIDR：Kubernetes 会拿它的 128 位掩码 /${p.prefix} 与 IPv4 节点掩码比较。）` : ''}`,
	'cidr/node-mask-diff': (p) =>
		`节点掩码 /${p.nodeMask} 比 Pod 网段 ${p.cidr} 长 ${p.nodeMask - p.prefix} 位；Kubernetes 最多允许 16 位（${n(65536)} 个节点网段）。kubeadm 会拒绝；${
			p.family === 'IPv6'
				? 'kube-controller-manager 同样拒绝（“the node CIDR size is too big”），因为它用未压缩的位图记录每个节点的网段'
				: 'kube-controller-manager 本身只对 IPv6 检查这一点，但 kubeadm 会拒绝 init'
		}。请使用 /${p.prefix + 16} 或更短的节点掩码，或更小的 Pod 网段。`,
	'cidr/node-mask-invalid': (p) =>
		`${FIELD_NAMES[p.field]} ${p.input} 不是 1 到 ${p.width} 之间的整数。${p.zero ? ' kube-controller-manager 把 0 当作“未设置”，会改用默认值。' : ''}请填写每个节点 ${p.family} Pod 网段的前缀长度（默认 ${p.fallback}）；下面的规划暂按 ${p.fallback} 计算。`,
	'cidr/node-mask-unused-family': (p) =>
		`设置了${FIELD_NAMES[p.field]}，但 Pod 网络是单栈 ${p.clusterFamily}。kube-controller-manager 会拒绝启动（“usage of ${p.family === 'IPv4' ? '--node-cidr-mask-size-ipv4' : '--node-cidr-mask-size-ipv6'} is not allowed for a single-stack ${p.clusterFamily} cluster”）。请去掉 ${p.family} 节点掩码，或添加 ${p.family} Pod 网段以启用双栈。`,
	'cidr/max-pods-invalid': (p) =>
		`maxPods ${p.input} 不是 0 到 2147483647 之间的整数。kubelet 拒绝负数的 maxPods，且该字段是 32 位整数。请填写 kubelet 的 maxPods（默认 110）；下面的规划暂按 110 计算。`,
	'cidr/overlap': (p) => {
		const lost =
			p.reserved === undefined || p.total === undefined
				? ''
				: BigInt(p.reserved) >= BigInt(p.total)
					? `kube-controller-manager 会把与它重叠的节点网段标记为已用——这里是全部 ${n(p.total)} 个 /${p.nodeMask} 网段，任何节点都分不到 Pod 网段。`
					: `kube-controller-manager 会把与它重叠的节点网段标记为已用：${n(p.total)} 个 /${p.nodeMask} 网段中有 ${n(p.reserved)} 个无法再给 Pod 使用。`;
		return `${FIELD_NAMES[p.field]} ${p.cidr} 与 ${FIELD_NAMES[p.other]} ${p.otherCidr} 重叠。Kubernetes 不会检查这一点，但发往重叠地址的数据包会被送错地方（kube-proxy 会截获 Service IP，节点会路由 Pod 网段）。${lost}请选择互不重叠的网段。`;
	},
	'cidr/range-loopback': range(() => '环回地址不会离开主机，API 服务器也拒绝把它们用作端点地址，Pod 或 Service 放在这里无法工作。请使用 10.0.0.0/8 或 fd00::/8 等私有网段。'),
	'cidr/range-link-local': range(() => '链路本地地址不可路由，且被节点自身使用（例如云元数据服务 169.254.169.254）；API 服务器拒绝把它们用作端点地址。请使用私有网段。'),
	'cidr/range-multicast': range(() => '组播地址不能分配给 Pod、Service 或节点。请使用私有单播网段。'),
	'cidr/range-reserved': range(() => '保留地址不能作为单播主机地址使用，内核和路由器可能直接丢弃。请使用 10.0.0.0/8 或 fd00::/8 等私有网段。'),
	'cidr/range-documentation': range(() => '文档示例网段只用于举例，不得在真实网络中使用。请使用私有网段。'),
	'cidr/range-shared': range(
		() => '这段地址属于运营商级 NAT，一些云平台（以及 Tailscale）会使用它，流量可能冲突。除非确定在你的环境中未被占用，否则优先使用 RFC 1918 私有地址。',
	),
	'cidr/range-public': range((p) =>
		p.field === 'node'
			? '如果节点确实拥有这些公网地址则没有问题，否则请使用私有地址。'
			: '用公网地址给 Pod 或 Service 编号，会让集群访问不到这些地址的真实所有者。除非你拥有这段地址，否则请使用私有地址（RFC 1918 或 fd00::/8）。',
	),
	'cidr/range-docker-bridge': range(
		() => '运行 Docker（或任何会创建 docker0 的程序）的节点会把 172.17.0.0/16 路由到本地网桥，这段地址上的 Pod 或 Service 在这些节点上将无法访问。请换一个网段。',
	),
	'cidr/range-site-local': range(() => '站点本地地址已被 RFC 3879 废弃，kubeadm 会为此输出警告。请改用唯一本地地址（fd00::/8）。'),
	'cidr/range-special': range(() => '这段地址有专门用途，网络设备可能会特殊处理。请优先使用私有地址。'),
	'cidr/no-nodes': (p) =>
		`${p.family} 规划中一个节点都容纳不下：${
			p.reason === 'reserved' ? 'Service 网段占用了所有节点网段' : p.reason === 'node-network' ? '节点网络没有可用的主机地址' : 'Pod 网段无法切分出节点网段'
		}。节点将分不到 Pod 网段（处于 NotReady）。请扩大网段或消除重叠。`,
	'cidr/few-nodes': (p) =>
		`${p.family} 规划只能容纳 ${n(p.maxNodes)} 个节点${BigInt(p.maxNodes) === 1n ? '——这是单节点集群' : ''}：${
			p.limitedBy === 'pod' ? `Pod 网段 ${p.pod} 只能切出 ${n(p.maxNodes)} 个可用的 /${p.nodeMask} 节点网段` : `节点网络只有 ${n(p.maxNodes)} 个可用地址`
		}。再加入的节点分不到 Pod 网段，会一直处于 NotReady。请使用更大的 Pod 网段或更长的节点掩码${p.limitedBy === 'node' ? '，或更大的节点网络' : ''}。`,
	'cidr/node-range-small': (p) =>
		`${
			BigInt(p.addresses) - 2n < BigInt(p.maxPods)
				? `每个节点的 ${p.family} Pod 网段（/${p.nodeMask}，${n(p.addresses)} 个地址）连 maxPods = ${p.maxPods} 都容纳不下：kubelet 会接纳 Pod，但它们拿不到 IP。`
				: `每个节点的 ${p.family} Pod 网段（/${p.nodeMask}，${n(p.addresses)} 个地址）小于 2 × maxPods = ${2 * p.maxPods}；Pod 频繁创建删除时地址不会立即复用，网段可能被用尽。`
		}请使用更短的节点掩码（/24 有 256 个地址，适合默认的 110 个 Pod），或调低 maxPods。`,
	'cidr/node-network-limit': (p) =>
		`${p.family} 节点网络 ${p.node} 只有 ${n(p.hosts)} 个节点地址，少于可用的 ${n(p.ranges)} 个节点 Pod 网段，因此限制集群规模（${n(p.hosts)} 个节点）的是节点网络。`,
};
