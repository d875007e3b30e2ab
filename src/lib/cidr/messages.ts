// Bilingual diagnostic messages. Each names the value, says what Kubernetes does with it and what to do instead.
// User text only ever appears through quote() (bounded, control characters escaped); normalised CIDRs and
// numbers are produced by this library.

import { describeCount } from './addr.ts';
import type { RangeCategory, SpecialRange } from './ranges.ts';
import { quote } from './text.ts';
import type { Family, Field, Message, ParseFailure } from './types.ts';

const FIELD_EN: Record<Field, string> = {
	pod: 'Pod network',
	service: 'Service network',
	node: 'node network',
	nodeMaskV4: 'IPv4 node mask',
	nodeMaskV6: 'IPv6 node mask',
	maxPods: 'maxPods',
};

const FIELD_ZH: Record<Field, string> = {
	pod: 'Pod 网络',
	service: 'Service 网络',
	node: '节点网络',
	nodeMaskV4: 'IPv4 节点掩码',
	nodeMaskV6: 'IPv6 节点掩码',
	maxPods: 'maxPods',
};

export function fieldName(field: Field): Message {
	return { en: FIELD_EN[field], zh: FIELD_ZH[field] };
}

function cap(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

function n(value: bigint | number): string {
	return describeCount(BigInt(value));
}

export function empty(field: 'pod' | 'service'): Message {
	if (field === 'pod') {
		return {
			en: 'The Pod network is empty. Without a Pod CIDR kubeadm leaves node IPAM off and kube-controller-manager hands out no per-node Pod ranges. Enter one CIDR (e.g. 10.244.0.0/16), or one IPv4 and one IPv6 CIDR separated by a comma for dual-stack.',
			zh: 'Pod 网络为空。没有 Pod CIDR 时，kubeadm 不启用节点 IPAM，kube-controller-manager 也不会给节点分配 Pod 网段。请填写一个 CIDR（例如 10.244.0.0/16），双栈则填写一个 IPv4 和一个 IPv6 CIDR，用逗号分隔。',
		};
	}
	return {
		en: 'The Service network is empty. kubeadm would silently use its default 10.96.0.0/12; write the range down so it can be checked against the Pod and node networks. Enter one CIDR, or one per family for dual-stack.',
		zh: 'Service 网络为空。kubeadm 会悄悄使用默认值 10.96.0.0/12；请明确填写，以便与 Pod 网络和节点网络一起检查。填写一个 CIDR，双栈则每个地址族各一个。',
	};
}

const PARSE_EN: Record<ParseFailure, string> = {
	empty: 'is an empty entry (a stray comma?)',
	whitespace: 'contains whitespace — Kubernetes splits the list on "," only and does not trim, so a space after a comma breaks parsing',
	'non-ascii': 'contains characters other than plain ASCII (full-width or other Unicode digits are not digits to Go)',
	'too-long': 'is far longer than any CIDR',
	'no-prefix': 'has no prefix length — a CIDR needs "/n", e.g. 10.244.0.0/16',
	'bad-prefix': 'has a prefix length that is not a plain decimal number',
	'prefix-too-long': 'has a prefix length larger than the address width (32 for IPv4, 128 for IPv6)',
	zone: 'has an IPv6 zone ("%…"); CIDRs cannot carry zones',
	'ipv4-shorthand': 'is IPv4 shorthand — Go needs all four octets, e.g. 10.96.0.0/12 instead of 10.96/12',
	'ipv4-octet-range': 'has an IPv4 octet above 255',
	'ipv4-syntax': 'is not a valid dotted-quad IPv4 address',
	'ipv6-syntax': 'is not a valid IPv6 address (1–4 hex digits per group, at most one "::")',
	'bad-address': 'is not an IPv4 or IPv6 address',
};

const PARSE_ZH: Record<ParseFailure, string> = {
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

export function parse(field: 'pod' | 'service' | 'node', index: number, input: string, reason: ParseFailure): Message {
	const who = `${FIELD_EN[field]} entry ${index + 1}`;
	const whoZh = `${FIELD_ZH[field]}第 ${index + 1} 项`;
	return {
		en: `${cap(who)} ${quote(input)} ${PARSE_EN[reason]}. Kubernetes (Go's net.ParseCIDR) rejects it, so kubeadm init and the component flags fail. Write it as address/prefix, e.g. 10.96.0.0/12 or fd00:10:96::/112.`,
		zh: `${whoZh} ${quote(input)} ${PARSE_ZH[reason]}。Kubernetes（Go 的 net.ParseCIDR）会拒绝它，kubeadm init 和组件参数都会失败。请写成“地址/前缀”，例如 10.96.0.0/12 或 fd00:10:96::/112。`,
	};
}

export function parseMore(field: 'pod' | 'service' | 'node', count: number): Message {
	return {
		en: `${count} more entries of the ${FIELD_EN[field]} cannot be parsed either; they are not listed one by one.`,
		zh: `${FIELD_ZH[field]}还有 ${count} 个条目同样无法解析，不再逐一列出。`,
	};
}

export function leadingZeros(field: Field, input: string, normalised: string): Message {
	return {
		en: `${cap(FIELD_EN[field])} value ${quote(input)} has leading zeros. Kubernetes accepts them for compatibility and reads every number as decimal (not octal), so it uses ${normalised}. Write ${normalised} to avoid surprising other tools, which may read 010 as 8.`,
		zh: `${FIELD_ZH[field]}的值 ${quote(input)} 带有前导零。Kubernetes 为兼容而接受它，并把每个数字按十进制（而非八进制）读取，实际使用 ${normalised}。请直接写 ${normalised}，以免其他工具把 010 读成 8。`,
	};
}

export function hostBitsSet(field: Field, input: string, normalised: string): Message {
	return {
		en: `${cap(FIELD_EN[field])} value ${quote(input)} has host bits set. Kubernetes silently masks them and uses the network ${normalised}. Write ${normalised} so the configuration says what the cluster does.`,
		zh: `${FIELD_ZH[field]}的值 ${quote(input)} 设置了主机位。Kubernetes 会悄悄把它们清零，实际使用网络 ${normalised}。请写成 ${normalised}，让配置与集群的实际行为一致。`,
	};
}

export function ipv4Mapped(field: Field, input: string, effective: string, prefix: number): Message {
	return {
		en: `${cap(FIELD_EN[field])} value ${quote(input)} is an IPv4-mapped IPv6 CIDR. Kubernetes classifies it as IPv4 (the range ${effective}) but keeps its 128-bit mask /${prefix}, so IPv4 node masks, the dual-stack family check and size limits see /${prefix}. Write the IPv4 form ${effective} instead.`,
		zh: `${FIELD_ZH[field]}的值 ${quote(input)} 是 IPv4 映射的 IPv6 CIDR。Kubernetes 把它归为 IPv4（即 ${effective}），却保留 128 位掩码 /${prefix}，因此 IPv4 节点掩码、双栈地址族检查和大小限制看到的都是 /${prefix}。请改写为 IPv4 形式 ${effective}。`,
	};
}

export function tooMany(field: 'pod' | 'service' | 'node', count: number, analysed: number): Message {
	const beyond = count > analysed;
	return {
		en: `The ${FIELD_EN[field]} lists ${count} CIDRs. Kubernetes accepts one, or two for dual-stack (one IPv4 and one IPv6); kubeadm, kube-apiserver and kube-controller-manager all refuse more. Remove the extra entries.${beyond ? ` Only the first ${analysed} are analysed here.` : ''}`,
		zh: `${FIELD_ZH[field]}列出了 ${count} 个 CIDR。Kubernetes 只接受一个，双栈时两个（一个 IPv4、一个 IPv6）；kubeadm、kube-apiserver 和 kube-controller-manager 都会拒绝更多。请删除多余的条目。${beyond ? `这里只分析前 ${analysed} 个。` : ''}`,
	};
}

export function sameFamily(field: 'pod' | 'service' | 'node', family: Family, first: string, second: string): Message {
	return {
		en: `The ${FIELD_EN[field]} lists two ${family} CIDRs (${first} and ${second}). Two entries mean dual-stack, which needs one IPv4 and one IPv6 CIDR; Kubernetes rejects two of the same family. Keep one ${family} range and, for dual-stack, add one of the other family.`,
		zh: `${FIELD_ZH[field]}列出了两个 ${family} CIDR（${first} 和 ${second}）。两个条目表示双栈，必须是一个 IPv4 加一个 IPv6；同一地址族的两个条目会被 Kubernetes 拒绝。请只保留一个 ${family} 网段，双栈时再加一个另一地址族的网段。`,
	};
}

export function familyMismatch(family: Family, service: string): Message {
	return {
		en: `The Service network has an ${family} range (${service}) but the Pod network has none. ${family} Services would get ClusterIPs whose EndpointSlices stay empty, because Pods have no ${family} addresses. Add an ${family} Pod range or remove ${service}.`,
		zh: `Service 网络有 ${family} 网段（${service}），Pod 网络却没有。${family} Service 会分到 ClusterIP，但 Pod 没有 ${family} 地址，EndpointSlice 将一直为空。请添加 ${family} Pod 网段，或删除 ${service}。`,
	};
}

export function familyWithoutService(family: Family, pod: string): Message {
	return {
		en: `The Pod network has an ${family} range (${pod}) but the Service network has none. Pods get ${family} addresses, yet no Service can have an ${family} ClusterIP. Add an ${family} Service range if Services should be reachable over ${family}.`,
		zh: `Pod 网络有 ${family} 网段（${pod}），Service 网络却没有。Pod 会得到 ${family} 地址，但任何 Service 都不能有 ${family} ClusterIP。若 Service 需要通过 ${family} 访问，请添加 ${family} Service 网段。`,
	};
}

export function primaryFamilyMismatch(podFamily: Family, serviceFamily: Family): Message {
	return {
		en: `The Pod network starts with ${podFamily} but the Service network starts with ${serviceFamily}. The first entry is the primary family: Pods report their ${podFamily} address first, while single-stack Services get ${serviceFamily} ClusterIPs and the kubernetes Service is ${serviceFamily}. List both in the same order.`,
		zh: `Pod 网络以 ${podFamily} 开头，Service 网络却以 ${serviceFamily} 开头。第一项决定主地址族：Pod 首先报告其 ${podFamily} 地址，而单栈 Service 会分到 ${serviceFamily} ClusterIP，kubernetes Service 也是 ${serviceFamily}。请让两个列表的顺序一致。`,
	};
}

export function nodeFamilyMismatch(missing: Family, pod: string): Message {
	return {
		en: `The Pod network has an ${missing} range (${pod}) but the node network has none. Nodes without ${missing} addresses usually cannot route ${missing} Pod traffic between nodes, and the kubelet reports no ${missing} node IP. Add the nodes' ${missing} network or drop the ${missing} Pod range.`,
		zh: `Pod 网络有 ${missing} 网段（${pod}），节点网络却没有。没有 ${missing} 地址的节点通常无法在节点之间路由 ${missing} Pod 流量，kubelet 也不会上报 ${missing} 节点 IP。请添加节点的 ${missing} 网络，或去掉 ${missing} Pod 网段。`,
	};
}

export function serviceTooSmall(cidr: string, size: bigint): Message {
	return {
		en: `The Service range ${cidr} has only ${n(size)} addresses. kubeadm requires at least 10, because the cluster DNS Service takes the 10th address (the API server itself refuses fewer than 8). Use /28 or larger for IPv4 (/124 for IPv6) — realistically /16 to /12.`,
		zh: `Service 网段 ${cidr} 只有 ${n(size)} 个地址。kubeadm 要求至少 10 个，因为集群 DNS Service 使用第 10 个地址（API 服务器本身在少于 8 个时拒绝启动）。IPv4 请用 /28 或更大（IPv6 用 /124）——实际一般取 /16 到 /12。`,
	};
}

export function serviceTooLarge(cidr: string, bits: number, prefix: number): Message {
	const min = bits - 20;
	return {
		en: `The Service range ${cidr} has ${bits - prefix} host bits; kubeadm allows at most 20 (for ${bits}-bit addresses the mask must be ≥ /${min}) and refuses to init. Newer API servers (ServiceCIDR API with MultiCIDRServiceAllocator and DisableAllocatorDualWrite, default from v1.34) lift this cap — IPv6 is then limited to /64 — but kubeadm keeps it. Use /${min} or smaller.`,
		zh: `Service 网段 ${cidr} 有 ${bits - prefix} 个主机位；kubeadm 最多允许 20 个（${bits} 位地址的掩码必须 ≥ /${min}），否则 init 失败。较新的 API 服务器（启用 MultiCIDRServiceAllocator 与 DisableAllocatorDualWrite 的 ServiceCIDR API，v1.34 起默认开启）取消了这一上限（IPv6 改为最大 /64），但 kubeadm 仍然保留。请使用 /${min} 或更小的网段。`,
	};
}

export function serviceIPv6Clamped(cidr: string, prefix: number): Message {
	return {
		en: `The IPv6 Service range ${cidr} (/${prefix}) is larger than /112. API servers still using the old bitmap allocator (before the ServiceCIDR allocator became the default in v1.33–v1.34) hand out only the first 65,536 addresses of it. Use /112 unless all your API servers are v1.34 or newer.`,
		zh: `IPv6 Service 网段 ${cidr}（/${prefix}）大于 /112。仍使用旧位图分配器的 API 服务器（ServiceCIDR 分配器在 v1.33–v1.34 成为默认之前）只会分配其中前 65,536 个地址。除非所有 API 服务器都是 v1.34 或更新版本，请使用 /112。`,
	};
}

export function podTooSmall(cidr: string, size: bigint): Message {
	return {
		en: `The Pod range ${cidr} has only ${n(size)} addresses. kubeadm requires at least 14 (an IPv4 /28). Use a much larger range — typically /16 for IPv4 or /48–/56 for IPv6 — so that each node can get its own Pod range.`,
		zh: `Pod 网段 ${cidr} 只有 ${n(size)} 个地址。kubeadm 要求至少 14 个（IPv4 /28）。请使用大得多的网段——IPv4 通常为 /16，IPv6 为 /48–/56——这样每个节点才能分到自己的 Pod 网段。`,
	};
}

export function podSmallerThanNodeRange(cidr: string, prefix: number, nodeMask: number, family: Family, mapped: boolean): Message {
	const mappedNote = mapped
		? ` (It is an IPv4-mapped CIDR: Kubernetes compares its 128-bit mask /${prefix} with the IPv4 node mask.)`
		: '';
	const mappedNoteZh = mapped ? `（这是 IPv4 映射 CIDR：Kubernetes 会拿它的 128 位掩码 /${prefix} 与 IPv4 节点掩码比较。）` : '';
	return {
		en: `The Pod range ${cidr} (/${prefix}) is smaller than one node's Pod range (/${nodeMask}). kubeadm rejects this and kube-controller-manager exits with "mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size". Use a Pod range of /${nodeMask} or larger, or a longer ${family} node mask.${mappedNote}`,
		zh: `Pod 网段 ${cidr}（/${prefix}）比单个节点的 Pod 网段（/${nodeMask}）还小。kubeadm 会拒绝，kube-controller-manager 会以“mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size”退出。请使用 /${nodeMask} 或更大的 Pod 网段，或加长 ${family} 节点掩码。${mappedNoteZh}`,
	};
}

export function nodeMaskDiff(cidr: string, prefix: number, nodeMask: number, family: Family): Message {
	const kcm =
		family === 'IPv6'
			? 'kube-controller-manager also refuses it ("the node CIDR size is too big"), because it tracks per-node ranges in an uncompressed bitmap'
			: 'kube-controller-manager itself only enforces this for IPv6, but kubeadm refuses to init';
	const kcmZh =
		family === 'IPv6'
			? 'kube-controller-manager 同样拒绝（“the node CIDR size is too big”），因为它用未压缩的位图记录每个节点的网段'
			: 'kube-controller-manager 本身只对 IPv6 检查这一点，但 kubeadm 会拒绝 init';
	return {
		en: `The node mask /${nodeMask} is ${nodeMask - prefix} bits longer than the Pod range ${cidr}; Kubernetes allows at most 16 (65,536 per-node ranges). kubeadm rejects it; ${kcm}. Use a node mask of /${prefix + 16} or shorter, or a smaller Pod range.`,
		zh: `节点掩码 /${nodeMask} 比 Pod 网段 ${cidr} 长 ${nodeMask - prefix} 位；Kubernetes 最多允许 16 位（65,536 个节点网段）。kubeadm 会拒绝；${kcmZh}。请使用 /${prefix + 16} 或更短的节点掩码，或更小的 Pod 网段。`,
	};
}

export function nodeMaskInvalid(field: 'nodeMaskV4' | 'nodeMaskV6', raw: string, family: Family, width: number, fallback: number): Message {
	const zeroEn = raw.trim() === '0' ? ' kube-controller-manager treats 0 as "not set" and would use the default.' : '';
	const zeroZh = raw.trim() === '0' ? ' kube-controller-manager 把 0 当作“未设置”，会改用默认值。' : '';
	return {
		en: `The ${FIELD_EN[field]} ${quote(raw)} is not a whole number from 1 to ${width}.${zeroEn} Enter the prefix length each node's ${family} Pod range gets (default ${fallback}); the plan below uses ${fallback}.`,
		zh: `${FIELD_ZH[field]} ${quote(raw)} 不是 1 到 ${width} 之间的整数。${zeroZh}请填写每个节点 ${family} Pod 网段的前缀长度（默认 ${fallback}）；下面的规划暂按 ${fallback} 计算。`,
	};
}

export function nodeMaskUnusedFamily(field: 'nodeMaskV4' | 'nodeMaskV6', family: Family, clusterFamily: Family): Message {
	const flag = family === 'IPv4' ? '--node-cidr-mask-size-ipv4' : '--node-cidr-mask-size-ipv6';
	return {
		en: `An ${FIELD_EN[field]} is set, but the Pod network is single-stack ${clusterFamily}. kube-controller-manager refuses to start ("usage of ${flag} is not allowed for a single-stack ${clusterFamily} cluster"). Remove the ${family} node mask, or add an ${family} Pod range for dual-stack.`,
		zh: `设置了${FIELD_ZH[field]}，但 Pod 网络是单栈 ${clusterFamily}。kube-controller-manager 会拒绝启动（“usage of ${flag} is not allowed for a single-stack ${clusterFamily} cluster”）。请去掉 ${family} 节点掩码，或添加 ${family} Pod 网段以启用双栈。`,
	};
}

export function maxPodsInvalid(raw: string): Message {
	return {
		en: `maxPods ${quote(raw)} is not a whole number from 0 to 2147483647. The kubelet refuses a negative maxPods and the field is a 32-bit integer. Enter the kubelet's maxPods (default 110); the plan below uses 110.`,
		zh: `maxPods ${quote(raw)} 不是 0 到 2147483647 之间的整数。kubelet 拒绝负数的 maxPods，且该字段是 32 位整数。请填写 kubelet 的 maxPods（默认 110）；下面的规划暂按 110 计算。`,
	};
}

export function overlap(a: Field, aCidr: string, b: Field, bCidr: string, reserved?: { count: bigint; total: bigint; nodeMask: number }): Message {
	let extraEn = '';
	let extraZh = '';
	if (reserved) {
		const all = reserved.count >= reserved.total;
		extraEn = all
			? ` kube-controller-manager marks every per-node range it covers as used — here all ${n(reserved.total)} /${reserved.nodeMask} ranges, so no node gets a Pod range.`
			: ` kube-controller-manager marks the per-node ranges it covers as used: ${n(reserved.count)} of ${n(reserved.total)} /${reserved.nodeMask} ranges are lost to Pods.`;
		extraZh = all
			? `kube-controller-manager 会把与它重叠的节点网段标记为已用——这里是全部 ${n(reserved.total)} 个 /${reserved.nodeMask} 网段，任何节点都分不到 Pod 网段。`
			: `kube-controller-manager 会把与它重叠的节点网段标记为已用：${n(reserved.total)} 个 /${reserved.nodeMask} 网段中有 ${n(reserved.count)} 个无法再给 Pod 使用。`;
	}
	return {
		en: `The ${FIELD_EN[b]} ${bCidr} overlaps the ${FIELD_EN[a]} ${aCidr}. Kubernetes does not check this, but packets to the shared addresses are routed to the wrong place (kube-proxy captures Service IPs, nodes route Pod ranges).${extraEn} Choose non-overlapping ranges.`,
		zh: `${FIELD_ZH[b]} ${bCidr} 与 ${FIELD_ZH[a]} ${aCidr} 重叠。Kubernetes 不会检查这一点，但发往重叠地址的数据包会被送错地方（kube-proxy 会截获 Service IP，节点会路由 Pod 网段）。${extraZh}请选择互不重叠的网段。`,
	};
}

const CATEGORY_EN: Record<RangeCategory, string> = {
	loopback: 'loopback',
	'link-local': 'link-local',
	multicast: 'multicast',
	reserved: 'reserved',
	documentation: 'documentation',
	shared: 'shared',
	'site-local': 'site-local',
	'docker-bridge': 'Docker bridge',
	special: 'special-purpose',
	private: 'private',
	public: 'public',
};

function rangeNames(ranges: SpecialRange[], zh: boolean): string {
	return ranges
		.map((r) => (r.cidr ? `${r.cidr} ${zh ? `（${r.nameZh}）` : `(${r.name})`}` : zh ? r.nameZh : r.name))
		.join(zh ? '、' : ', ');
}

export function specialRange(field: Field, cidr: string, category: RangeCategory, ranges: SpecialRange[], inside: boolean): Message {
	const where = inside ? 'lies in' : 'overlaps';
	const whereZh = inside ? '位于' : '与';
	const tailZh = inside ? '之内' : '重叠';
	const names = rangeNames(ranges, false);
	const namesZh = rangeNames(ranges, true);
	const head = `The ${FIELD_EN[field]} ${cidr} ${where} ${names}.`;
	const headZh = `${FIELD_ZH[field]} ${cidr} ${whereZh} ${namesZh} ${tailZh}。`;
	const pick = (en: string, zh: string): Message => ({ en: `${head} ${en}`, zh: `${headZh}${zh}` });
	switch (category) {
		case 'loopback':
			return pick(
				'Loopback addresses never leave a host, and the API server rejects them as endpoint addresses, so Pods or Services there cannot work. Use a private range such as 10.0.0.0/8 or fd00::/8.',
				'环回地址不会离开主机，API 服务器也拒绝把它们用作端点地址，Pod 或 Service 放在这里无法工作。请使用 10.0.0.0/8 或 fd00::/8 等私有网段。',
			);
		case 'link-local':
			return pick(
				'Link-local addresses are not routed and are used by nodes themselves (e.g. the cloud metadata service 169.254.169.254); the API server rejects them as endpoint addresses. Use a private range.',
				'链路本地地址不可路由，且被节点自身使用（例如云元数据服务 169.254.169.254）；API 服务器拒绝把它们用作端点地址。请使用私有网段。',
			);
		case 'multicast':
			return pick(
				'Multicast addresses cannot be assigned to Pods, Services or nodes. Use a private unicast range.',
				'组播地址不能分配给 Pod、Service 或节点。请使用私有单播网段。',
			);
		case 'reserved':
			return pick(
				'Reserved addresses are not usable as unicast host addresses; kernels and routers may drop them. Use a private range such as 10.0.0.0/8 or fd00::/8.',
				'保留地址不能作为单播主机地址使用，内核和路由器可能直接丢弃。请使用 10.0.0.0/8 或 fd00::/8 等私有网段。',
			);
		case 'documentation':
			return pick(
				'Documentation ranges are for examples only and must not be used on real networks. Use a private range.',
				'文档示例网段只用于举例，不得在真实网络中使用。请使用私有网段。',
			);
		case 'shared':
			return pick(
				'This space belongs to carrier-grade NAT; some clouds (and Tailscale) use it, so traffic may collide. Prefer RFC 1918 space unless you know it is free in your environment.',
				'这段地址属于运营商级 NAT，一些云平台（以及 Tailscale）会使用它，流量可能冲突。除非确定在你的环境中未被占用，否则优先使用 RFC 1918 私有地址。',
			);
		case 'public':
			return pick(
				field === 'node'
					? 'Fine if your nodes really own these public addresses; otherwise use private space.'
					: 'Pods or Services numbered from public space hide the real owners of those addresses from your cluster. Use private space (RFC 1918 or fd00::/8) unless you own this range.',
				field === 'node'
					? '如果节点确实拥有这些公网地址则没有问题，否则请使用私有地址。'
					: '用公网地址给 Pod 或 Service 编号，会让集群访问不到这些地址的真实所有者。除非你拥有这段地址，否则请使用私有地址（RFC 1918 或 fd00::/8）。',
			);
		case 'docker-bridge':
			return pick(
				'Nodes running Docker (or anything that creates docker0) route 172.17.0.0/16 to the local bridge, so Pods or Services there become unreachable from those nodes. Pick another range.',
				'运行 Docker（或任何会创建 docker0 的程序）的节点会把 172.17.0.0/16 路由到本地网桥，这段地址上的 Pod 或 Service 在这些节点上将无法访问。请换一个网段。',
			);
		case 'site-local':
			return pick(
				'Site-local addresses were deprecated by RFC 3879; kubeadm logs a warning for them. Use unique local addresses (fd00::/8) instead.',
				'站点本地地址已被 RFC 3879 废弃，kubeadm 会为此输出警告。请改用唯一本地地址（fd00::/8）。',
			);
		case 'special':
			return pick(
				'This block is set aside for a special purpose and may be treated specially by network equipment. Prefer private space.',
				'这段地址有专门用途，网络设备可能会特殊处理。请优先使用私有地址。',
			);
		default:
			return pick('', '');
	}
}

export function categoryName(category: RangeCategory): string {
	return CATEGORY_EN[category];
}

export function noNodes(family: Family, pod: string, reason: 'reserved' | 'node-network' | 'mask'): Message {
	const why =
		reason === 'reserved'
			? { en: 'the Service range takes every per-node range', zh: 'Service 网段占用了所有节点网段' }
			: reason === 'node-network'
				? { en: 'the node network has no usable host address', zh: '节点网络没有可用的主机地址' }
				: { en: 'the Pod range cannot be split into per-node ranges', zh: 'Pod 网段无法切分出节点网段' };
	return {
		en: `The ${family} plan leaves room for no node at all: ${why.en}. Nodes would stay without a Pod range (NotReady). Enlarge the ranges or remove the overlap.`,
		zh: `${family} 规划中一个节点都容纳不下：${why.zh}。节点将分不到 Pod 网段（处于 NotReady）。请扩大网段或消除重叠。`,
	};
}

export function fewNodes(family: Family, maxNodes: bigint, limitedBy: 'pod' | 'node', pod: string, nodeMask: number): Message {
	const one = maxNodes === 1n;
	const byEn =
		limitedBy === 'pod'
			? `the Pod range ${pod} yields only ${n(maxNodes)} usable /${nodeMask} per-node range${one ? '' : 's'}`
			: `the node network has only ${n(maxNodes)} usable address${one ? '' : 'es'}`;
	const byZh =
		limitedBy === 'pod'
			? `Pod 网段 ${pod} 只能切出 ${n(maxNodes)} 个可用的 /${nodeMask} 节点网段`
			: `节点网络只有 ${n(maxNodes)} 个可用地址`;
	return {
		en: `The ${family} plan has room for only ${n(maxNodes)} node${one ? ' — a one-node cluster' : 's'}: ${byEn}. Further nodes get no Pod range and stay NotReady. Use a larger Pod range or a longer node mask${limitedBy === 'node' ? ', or a larger node network' : ''}.`,
		zh: `${family} 规划只能容纳 ${n(maxNodes)} 个节点${one ? '——这是单节点集群' : ''}：${byZh}。再加入的节点分不到 Pod 网段，会一直处于 NotReady。请使用更大的 Pod 网段或更长的节点掩码${limitedBy === 'node' ? '，或更大的节点网络' : ''}。`,
	};
}

export function nodeRangeSmall(family: Family, nodeMask: number, addresses: bigint, maxPods: number): Message {
	const tooFew = addresses - 2n < BigInt(maxPods);
	const en = tooFew
		? `Each node's ${family} Pod range (/${nodeMask}, ${n(addresses)} addresses) cannot even hold maxPods = ${maxPods}: the kubelet admits Pods that then fail to get an IP.`
		: `Each node's ${family} Pod range (/${nodeMask}, ${n(addresses)} addresses) is smaller than 2 × maxPods = ${2 * maxPods}; with Pods churning, addresses are not reused immediately and the range can run dry.`;
	const zh = tooFew
		? `每个节点的 ${family} Pod 网段（/${nodeMask}，${n(addresses)} 个地址）连 maxPods = ${maxPods} 都容纳不下：kubelet 会接纳 Pod，但它们拿不到 IP。`
		: `每个节点的 ${family} Pod 网段（/${nodeMask}，${n(addresses)} 个地址）小于 2 × maxPods = ${2 * maxPods}；Pod 频繁创建删除时地址不会立即复用，网段可能被用尽。`;
	return {
		en: `${en} Use a shorter node mask (/24 gives 256 addresses for the default 110 Pods) or lower maxPods.`,
		zh: `${zh}请使用更短的节点掩码（/24 有 256 个地址，适合默认的 110 个 Pod），或调低 maxPods。`,
	};
}

export function nodeNetworkLimit(family: Family, node: string, hosts: bigint, ranges: bigint): Message {
	return {
		en: `The ${family} node network ${node} offers ${n(hosts)} node addresses, fewer than the ${n(ranges)} per-node Pod ranges available, so it is the node network that limits the cluster to ${n(hosts)} nodes.`,
		zh: `${family} 节点网络 ${node} 只有 ${n(hosts)} 个节点地址，少于可用的 ${n(ranges)} 个节点 Pod 网段，因此限制集群规模（${n(hosts)} 个节点）的是节点网络。`,
	};
}
