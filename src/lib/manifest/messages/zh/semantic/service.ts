// 简体中文 words of src/lib/manifest/semantic/service.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/service.ts';

export const messages: CatalogueLike<typeof en> = {
	'semantic/service-topology-annotations': (p) =>
		`同时设置时，service.kubernetes.io/topology-mode“${p.mode}”必须与已弃用的 service.kubernetes.io/topology-aware-hints（“${p.hints}”）相同；请删除 topology-aware-hints。`,
	'semantic/service-ports-required': (p) =>
		`这个 ${p.type} Service 没有端口：spec.ports 至少需要一项。只有无头 Service（clusterIP: None）或 ExternalName Service 可以没有端口。`,
	'semantic/service-headless-type': (p) => `${p.type} Service 的 clusterIP 不能为“None”：只有 ClusterIP Service 可以是无头的。`,
	'semantic/service-duplicate-port': (p) => `端口 ${p.port}/${p.protocol} 在 spec.ports 中出现了两次。`,
	'semantic/service-node-port': (p) => `type 为 ClusterIP${p.isSet ? ` ` : `（默认类型）`}时不能使用 nodePort：请设置 type: NodePort 或 LoadBalancer，或删除 nodePort。`,
	'semantic/service-node-port:node-port-is-used-twice-in': (p) => `nodePort ${p.nodePort}/${p.protocol} 在这个 Service 中被使用了两次。`,
	'semantic/service-port-name-required': (p) => `ports[${p.index}]${p.hasValue ? `（端口 ${p.port}）` : ` `}没有名称：有多个端口的 Service 的每个端口都必须命名。`,
	'semantic/service-port-name-invalid': (p) => `端口名称“${p.name}”无效：${p.DNS1123_LABEL_TEXT}。`,
	'semantic/service-port-name-duplicate': (p) => `端口名称“${p.name}”在这个 Service 中被使用了两次。`,
	'semantic/service-port-number': (p) => `端口 ${p.port} 超出范围：必须在 1 到 65535 之间。`,
	'semantic/service-target-port': (p) => `${p.portLabel} 的 targetPort ${p.value} 超出范围：必须在 1 到 65535 之间。`,
	'semantic/service-target-port:target-port-is-not-a-valid': (p) =>
		`targetPort“${p.value}”不是合法的端口名称：${p.problem}。${p.hasNumeric ? `如果要写端口号，请去掉引号写成 ${p.value}。` : ``}`,
	'semantic/service-app-protocol': (p) => `appProtocol“${p.appProtocol}”无效：${p.problem}。`,
	'semantic/service-external-name': () => `ExternalName Service 需要 spec.externalName：这个 Service 作为别名所指向的 DNS 名称。`,
	'semantic/service-external-name:external-name-is-invalid-it': (p) => `externalName“${p.nameLoc}”无效：${p.DNS1123_SUBDOMAIN_TEXT}。`,
	'semantic/service-external-name:may-not-be-set-for': (p) => `ExternalName Service 不能设置 ${p.path}。`,
	'semantic/service-external-name:may-not-be-set-for-2': (p) => `ExternalName Service 不能设置 ${p.name}。`,
	'semantic/service-cluster-ip': () => `未设置 clusterIP 时 clusterIPs 必须为空：请同时把 clusterIP 设为第一个地址。`,
	'semantic/service-cluster-ip:cluster-ips-0-must-match-cluster-ip': (p) => `clusterIPs[0]（“${p.value}”）必须与 clusterIP（“${p.clusterIP}”）相同。`,
	'semantic/service-ip-families': (p) => `ipFamilies 中 ${p.value} 出现了两次。`,
	'semantic/service-cluster-ip:none-must-be-the-first': () => `“None”必须是 clusterIPs 中唯一的值。`,
	'fragment/hint:write-none-capital-n-for': () => `无头 Service 请写“None”（首字母大写）。`,
	'fragment/none': () => ``,
	'semantic/service-cluster-ip:is-not-a-valid-ip': (p) => `“${p.value}”不是合法的 IP 地址（例如 10.96.0.10 或 fd00::10）、“None”或空值。${p.hint}`,
	'semantic/service-cluster-ip:cluster-ips-may-hold-at-most': (p) => `clusterIPs 最多只能有 2 个值（每个 IP 协议族一个）；现在有 ${p.clusterIPsCount} 个。`,
	'semantic/service-cluster-ip:cluster-ips-may-hold-only-one': (p) => `clusterIPs 中每个 IP 协议族只能有一个地址；这两个都是 ${p.family}。`,
	'semantic/service-ip-families:cluster-ips-is-but-ip-families-says': (p) => `clusterIPs[${p.i}]“${p.value}”是 ${p.family}，但 ipFamilies[${p.i}] 是 ${p.family2}。`,
	'fragment/what:ip-family': () => ` IP 协议族`,
	'fragment/what:cluster-ip': () => `集群 IP`,
	'semantic/service-ip-families:ip-family-policy-single-stack-allows-one': (p) =>
		`ipFamilyPolicy 为 SingleStack 时只允许一个${p.what}，但 ${p.field} 列出了两个：请使用 PreferDualStack 或 RequireDualStack。`,
	'semantic/service-ip-families:lists-two-values-but-ip-family-policy': (p) =>
		`${p.field} 列出了两个值，但没有设置 ipFamilyPolicy，创建时它默认为 SingleStack：请把 ipFamilyPolicy 设为 PreferDualStack 或 RequireDualStack。`,
	'semantic/service-selector': (p) => `选择器键“${p.name}”无效：${p.keyProblem}。`,
	'semantic/service-selector:selector-value-is-invalid-it': (p) => `选择器值“${p.value}”无效：${p.valueProblem}。`,
	'semantic/service-session-affinity': (p) => `timeoutSeconds ${p.timeout} 超出范围：必须大于 0 且不超过 86400（一天）。`,
	'fragment/problem:must-be-a-valid-ip': () => `必须是合法的 IP 地址（例如 192.0.2.10 或 2001:db8::10）`,
	'semantic/service-external-ip': (p) => `外部 IP“${p.value}”无效：${p.problem}。`,
	'semantic/service-load-balancer-field': (p) => `loadBalancerSourceRanges 只能在 type 为 LoadBalancer 时使用（这个 Service 是 ${p.type}）。`,
	'semantic/service-load-balancer-field:is-not-a-valid-cidr': (p) => `“${p.value}”不是合法的 CIDR（例如 203.0.113.0/24 或 2001:db8::/64）。`,
	'semantic/service-load-balancer-field:allocate-load-balancer-node-ports-may-on': (p) =>
		`allocateLoadBalancerNodePorts 只能在 type 为 LoadBalancer 时使用（这个 Service 是 ${p.type}）。`,
	'semantic/service-load-balancer-field:load-balancer-class-may-only-be-used': (p) => `loadBalancerClass 只能在 type 为 LoadBalancer 时使用（这个 Service 是 ${p.type}）。`,
	'semantic/service-load-balancer-field:load-balancer-class-is-invalid': (p) => `loadBalancerClass“${p.lbClass}”无效：${p.problem}。`,
	'semantic/service-traffic-policy': (p) =>
		`externalTrafficPolicy 只能用于可从外部访问的 Service（NodePort、LoadBalancer，或设置了 externalIPs 的 ClusterIP）；这个 Service 是 ${p.type}。`,
	'semantic/service-traffic-policy:health-check-node-port-may-only-be-set': () => `healthCheckNodePort 只能在 type 为 LoadBalancer 且 externalTrafficPolicy 为 Local 时设置。`,
	'semantic/service-traffic-policy:health-check-node-port-is-out-of-range': (p) => `healthCheckNodePort ${p.health} 超出范围：必须在 1 到 65535 之间。`,
	'fragment/fqdn-problem': () => `应是至少由两段（以点分隔）组成的域名`,
	'fragment/fqdn-problem:must-consist-of-dns-1123-labels': () => `必须由最多 63 个字符的 DNS-1123 标签组成`,
	'semantic/endpointslice-endpoint': () => `端点至少要包含 1 个地址。`,
	'semantic/endpointslice-endpoint:an-endpoint-may-have-at': (p) => `一个端点最多 100 个地址；这个有 ${p.listCount} 个。`,
	'fragment/validate-endpoint-slice': (p) => `必须是合法的 ${p.addressType} 地址`,
	'semantic/endpointslice-endpoint:address-is-invalid-it': (p) => `地址“${p.value}”无效：${p.problem}。`,
	'semantic/endpointslice-endpoint:hostname-is-invalid-it': (p) => `hostname“${p.hostname}”无效：${p.DNS1123_LABEL_TEXT}。`,
	'semantic/endpointslice-port': (p) => `端口名称“${p.name}”无效：${p.DNS1123_LABEL_TEXT}。`,
	'semantic/endpointslice-port:port-name-is-used-twice': (p) => `端口名称“${p.name}”在这个 EndpointSlice 中被使用了两次${p.hasValue ? `（未命名的端口按 "" 计）` : ``}。`,
	'semantic/endpointslice-port:app-protocol-is-invalid': (p) => `appProtocol“${p.appProtocol}”无效：${p.problem}。`,
	'fragment/problem:must-be-a-valid-ip-2': () => `必须是合法的 IP 地址（例如 10.244.1.5）`,
	'semantic/endpoints-subset': (p) => `端点 ip“${p.value}”无效：${p.problem}。`,
	'semantic/endpoints-subset:hostname-is-invalid-it': (p) => `hostname“${p.hostname}”无效：${p.DNS1123_LABEL_TEXT}。`,
	'semantic/endpoints-port': () => `有多个端口的子集中，每个端口都需要名称。`,
	'semantic/endpoints-port:port-name-is-invalid-it': (p) => `端口名称“${p.name}”无效：${p.DNS1123_LABEL_TEXT}。`,
	'semantic/endpoints-port:port-is-out-of-range': (p) => `端口 ${p.number} 超出范围：必须在 1 到 65535 之间。`,
	'semantic/endpoints-port:app-protocol-is-invalid': (p) => `appProtocol“${p.appProtocol}”无效：${p.problem}。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/service-ports-required': {
		title: 'Service 没有端口',
		explanation: 'Service 的 spec.ports 至少要有一项，除非它是无头 Service（clusterIP: None）或 ExternalName 类型。',
	},
	'semantic/service-port-name-required': {
		title: '多端口 Service 中有未命名的端口',
		explanation: 'Service 有多个端口时，每个端口都必须有名称，Endpoints 和客户端才能区分它们。',
	},
	'semantic/service-port-name-invalid': { title: 'Service 端口名称无效', explanation: 'Service 端口名称必须是 DNS-1123 标签：小写字母、数字和“-”，最多 63 个字符。' },
	'semantic/service-port-name-duplicate': { title: 'Service 端口名称重复', explanation: 'Service 的两个端口同名；同一 Service 内的端口名称必须唯一。' },
	'semantic/service-port-number': { title: 'Service 端口超出范围', explanation: 'spec.ports[].port 必须在 1 到 65535 之间。' },
	'semantic/service-target-port': {
		title: 'targetPort 无效',
		explanation:
			'targetPort 要么是端口号（1–65535），要么是容器端口的名称（IANA 服务名：最多 15 个小写字母、数字和“-”，至少包含一个字母）。加了引号的数字（如 "8080"）被当作名称，而且不是合法名称。省略时默认等于 port。',
	},
	'semantic/service-duplicate-port': { title: 'Service 端口重复', explanation: 'spec.ports 中有两项的端口和协议都相同（协议默认为 TCP）。' },
	'semantic/service-node-port': {
		title: 'nodePort 不允许或重复',
		explanation: 'ClusterIP 类型（默认类型）的 Service 不能设置 nodePort；请使用 NodePort 或 LoadBalancer 类型。两个端口也不能使用相同的 nodePort 和协议。',
	},
	'semantic/service-headless-type': {
		title: '无头的 NodePort 或 LoadBalancer Service',
		explanation: 'clusterIP: None（无头 Service）只适用于 ClusterIP 类型：NodePort 和 LoadBalancer Service 需要把流量转发到集群 IP。',
	},
	'semantic/service-external-name': {
		title: 'ExternalName Service 无效',
		explanation:
			'ExternalName Service 需要 spec.externalName，它必须是 DNS 名称（DNS-1123 子域名，可以带结尾的点），且不能设置 clusterIP/clusterIPs、ipFamilies 或 ipFamilyPolicy。',
	},
	'semantic/service-cluster-ip': {
		title: 'clusterIP 无效',
		explanation:
			'clusterIP 是一个 IP 地址、无头 Service 的“None”，或者省略（自动分配）。clusterIPs 的第一项必须等于 clusterIP，最多再加一个另一 IP 协议族的地址，且不能在没有 clusterIP 时单独设置。',
	},
	'semantic/service-ip-families': {
		title: 'IP 协议族不一致',
		explanation: 'ipFamilies 中每个协议族最多出现一次，顺序与 clusterIPs 一致；SingleStack 策略只允许一个协议族和一个集群 IP。',
	},
	'semantic/service-session-affinity': {
		title: '会话亲和超时无效',
		explanation: 'sessionAffinity 为 ClientIP 时，sessionAffinityConfig.clientIP.timeoutSeconds 必须在 1 到 86400 之间（默认 10800）。',
	},
	'semantic/service-traffic-policy': {
		title: '流量策略用在了错误的 Service 类型上',
		explanation:
			'externalTrafficPolicy 只适用于可从外部访问的 Service（NodePort、LoadBalancer，或设置了 externalIPs 的 ClusterIP）；healthCheckNodePort 只适用于 externalTrafficPolicy 为 Local 的 LoadBalancer。',
	},
	'semantic/service-load-balancer-field': {
		title: '非 LoadBalancer 类型使用了 LoadBalancer 字段',
		explanation:
			'loadBalancerSourceRanges、allocateLoadBalancerNodePorts 和 loadBalancerClass 只能在 type 为 LoadBalancer 时设置；源地址范围必须是 CIDR，loadBalancerClass 必须是限定名称（例如 example.com/lb）。',
	},
	'semantic/service-external-ip': { title: '外部 IP 无效', explanation: 'externalIPs 的每一项都必须是 IP 地址，且不能是未指定地址、环回地址或链路本地地址。' },
	'semantic/service-selector': { title: 'Service 选择器无效', explanation: 'spec.selector 是标签映射：键和值都要符合标签语法。' },
	'semantic/service-app-protocol': {
		title: 'appProtocol 无效',
		explanation: 'appProtocol 必须是限定名称：IANA 服务名（http、h2c ……）或带前缀的名称，例如 kubernetes.io/ws、example.com/proto。',
	},
	'semantic/service-topology-annotations': {
		title: '拓扑注解冲突',
		explanation: '同时设置 service.kubernetes.io/topology-mode 和已弃用的 service.kubernetes.io/topology-aware-hints 时，两者的值必须相同；请只保留 topology-mode。',
	},
	'semantic/endpoints-subset': {
		title: 'Endpoints 子集无效',
		explanation: 'Endpoints 子集（addresses 和 notReadyAddresses）中的每个 ip 都必须是 IP 地址，且不能是未指定、环回或链路本地地址；hostname 必须是 DNS-1123 标签。',
	},
	'semantic/endpoints-port': {
		title: 'Endpoints 端口无效',
		explanation: 'Endpoints 子集的端口为 1–65535；一个子集有多个端口时，每个端口都要用 DNS-1123 标签命名；appProtocol 是限定名称。',
	},
	'semantic/endpointslice-endpoint': {
		title: 'EndpointSlice 端点无效',
		explanation:
			'每个端点有 1–100 个与切片 addressType 相符的地址：IPv4 或 IPv6 地址（不能是未指定、环回或链路本地地址），FQDN 类型则为完全限定域名；hostname 如果设置，必须是 DNS-1123 标签。',
	},
	'semantic/endpointslice-port': {
		title: 'EndpointSlice 端口无效',
		explanation: 'EndpointSlice 的端口名称是 DNS-1123 标签（或为空），在切片内唯一；appProtocol 是限定名称。',
	},
};
