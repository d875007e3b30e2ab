// 简体中文 words of src/lib/manifest/semantic/networking.ts (same ids and params as the English file).
import type { CatalogueLike, RuleText } from '../../../../i18n/index.ts';
import type { messages as en, rules as enRules } from '../../en/semantic/networking.ts';

export const messages: CatalogueLike<typeof en> = {
	'fragment/message': (p) => `主机“${p.host}”必须是 DNS 名称，而不是 IP 地址。`,
	'fragment/message:host-is-not-a-valid': (p) => `主机“${p.host}”不是合法的通配符：“*.”后面必须是 DNS-1123 子域名（例如 *.example.com）；“*”只能代表完整的第一个标签。`,
	'fragment/host-hint': (p) => `主机“${p.host}”无效：${p.DNS1123_SUBDOMAIN_TEXT}${p.hasLower ? `（请使用小写：${p.host2}）` : p.hasPort ? `（host 中不允许端口）` : ``}。`,
	'semantic/ingress-rules-or-default-backend': () => `这个 Ingress 既没有 spec.rules 也没有 spec.defaultBackend：它不会路由任何流量。请添加 rules、defaultBackend 或两者。`,
	'semantic/ingress-path': () => `http.paths 至少需要一个路径。`,
	'semantic/ingress-tls': (p) => `secretName“${p.secret}”不是合法的 Secret 名称：${p.DNS1123_SUBDOMAIN_TEXT}。`,
	'semantic/ingress-class': (p) => `ingressClassName“${p.className}”无效：${p.DNS1123_SUBDOMAIN_TEXT}。`,
	'semantic/ingress-class:the-kubernetes-io-ingress-class-annotati': (p) =>
		`同时设置时，kubernetes.io/ingress.class 注解（“${p.annotationValue}”）必须与 spec.ingressClassName（“${p.className}”）一致；该注解已弃用，请删除它。`,
	'semantic/ingress-path:path-must-be-absolute-for': (p) => `pathType 为 ${p.pathType} 时路径“${p.path}”必须是绝对路径：请以“/”开头（例如“/${p.path}”）。`,
	'semantic/ingress-path:path-type-needs-an-absolute-path': (p) => `pathType 为 ${p.pathType} 时需要绝对路径：请添加 path: /（或要匹配的前缀）。`,
	'semantic/ingress-path:path-must-not-contain': (p) => `路径“${p.path}”不能包含“${p.sequence}”。`,
	'semantic/ingress-path:path-must-not-end-with': (p) => `路径“${p.path}”不能以“${p.suffix}”结尾。`,
	'semantic/ingress-path:path-must-be-absolute-start': (p) => `路径“${p.path}”必须是绝对路径：请以“/”开头。`,
	'semantic/ingress-backend': () => `后端不能同时设置 service 和 resource。`,
	'semantic/ingress-backend:resource-is-required': (p) => `resource.${p.name} 为必填项。`,
	'semantic/ingress-backend:resource-is-invalid-it': (p) => `resource.${p.name}“${p.value}”无效：${p.problem}。`,
	'semantic/ingress-backend:resource-api-group-is-invalid-it': (p) => `resource.apiGroup“${p.group}”无效：${p.DNS1123_SUBDOMAIN_TEXT}。`,
	'semantic/ingress-backend:a-backend-needs-a-service': () => `后端需要 service（名称和端口）或 resource。`,
	'semantic/ingress-backend:service-name-is-invalid-it': (p) => `Service 名称“${p.name}”无效：${p.DNS1123_LABEL_TEXT}。`,
	'semantic/ingress-backend:service-port-sets-both-name-and': (p) => `service.port 同时设置了 name（“${p.portName}”）和 number（${p.portNumber}）：只能设置一个。`,
	'semantic/ingress-backend:port-name-is-invalid-it': (p) => `端口名称“${p.portName}”无效：${p.problem}。`,
	'semantic/ingress-backend:port-number-is-out-of': (p) => `端口号 ${p.portNumber} 超出范围：必须在 1 到 65535 之间。`,
	'semantic/ingress-backend:service-port-needs-a-number-or': () => `service.port 需要 number 或 name。`,
	'semantic/ingressclass-controller': () => `spec.controller 为必填项：实现这个类的控制器名称，例如 example.com/ingress-controller。`,
	'semantic/ingressclass-controller:controller-must-be-at-most': (p) => `controller 最多 250 个字符（现有 ${p.controllerCount} 个）。`,
	'semantic/ingressclass-controller:controller-must-be-a-domain-prefixed': (p) => `controller“${p.controller}”必须是带域名前缀的路径，例如 example.com/ingress-controller。`,
	'semantic/ingressclass-controller:the-domain-of-controller': (p) => `controller“${p.controller}”的域名“${p.domain}”${p.DNS1123_SUBDOMAIN_TEXT}。`,
	'semantic/ingressclass-controller:the-path-of-controller-may': (p) => `controller“${p.controller}”的路径“${p.rest}”只能包含字母、数字和 -._~%!$&'()*+,;=:/。`,
	'semantic/ingressclass-parameters': (p) => `parameters.${p.name} 为必填项。`,
	'semantic/ingressclass-parameters:parameters-is-invalid-it': (p) => `parameters.${p.name}“${p.value}”无效：${p.problem}。`,
	'semantic/ingressclass-parameters:parameters-scope-is-required-cluster-or': () => `parameters.scope 为必填项：Cluster 或 Namespace。`,
	'semantic/ingressclass-parameters:parameters-scope-is-not-supported-use': (p) => `不支持 parameters.scope“${p.scope}”：请使用 Cluster 或 Namespace。`,
	'semantic/ingressclass-parameters:parameters-namespace-is-required-when-pa': () => `parameters.scope 为 Namespace 时必须设置 parameters.namespace。`,
	'semantic/ingressclass-parameters:parameters-namespace-may-not-be-set': () => `parameters.scope 为 Cluster 时不能设置 parameters.namespace。`,
	'semantic/ingressclass-parameters:parameters-namespace-is-invalid-it': (p) => `parameters.namespace“${p.namespace}”无效：${p.DNS1123_LABEL_TEXT}。`,
	'semantic/networkpolicy-port': () => `未指定 port 时不能指定 endPort。`,
	'semantic/networkpolicy-port:port-is-out-of-range': (p) => `端口 ${p.value} 超出范围：必须在 1 到 65535 之间。`,
	'semantic/networkpolicy-port:end-port-must-be-greater-than': (p) => `endPort ${p.endPort} 必须大于或等于 port（${p.value}）。`,
	'semantic/networkpolicy-port:end-port-is-out-of-range': (p) => `endPort ${p.endPort} 超出范围：必须在 1 到 65535 之间。`,
	'semantic/networkpolicy-port:end-port-may-not-be-specified': (p) => `port 为名称（“${p.value}”）时不能指定 endPort：端口范围需要数字端口。`,
	'semantic/networkpolicy-port:port-is-not-a-valid': (p) =>
		`端口“${p.value}”不是合法的端口名称：${p.problem}。${p.hasNumeric ? `如果要写端口号，请去掉引号写成 ${p.value}。` : ``}`,
	'semantic/networkpolicy-peer': () => `这个对端没有选择任何内容：请设置 podSelector、namespaceSelector 或 ipBlock（空的 podSelector: {} 会选中命名空间内的所有 Pod）。`,
	'semantic/networkpolicy-peer:ip-block-may-not-be-combined': () => `同一个对端中 ipBlock 不能与 podSelector 或 namespaceSelector 组合：请把它们写成列表中的不同条目。`,
	'semantic/networkpolicy-ip-block': () => `ipBlock.cidr 为必填项：例如 10.0.0.0/16 这样的 CIDR。`,
	'semantic/networkpolicy-ip-block:is-not-a-valid-cidr': (p) =>
		`“${p.cidrText}”不是合法的 CIDR（例如 10.0.0.0/16 或 2001:db8::/48）${p.hasParseIP ? `；单个地址请写成 ${p.cidrText}/${p.value}` : ``}。`,
	'semantic/networkpolicy-ip-block:is-not-a-valid-cidr-2': (p) => `“${p.exceptText}”不是合法的 CIDR（例如 10.0.5.0/24）。`,
	'semantic/networkpolicy-ip-block:except-must-be-a-strict': (p) => `except“${p.exceptText}”必须是 cidr“${p.cidrText}”的真子集（位于其中且前缀更长）。`,
	'semantic/networkpolicy-policy-types': (p) => `policyTypes 最多两个值（Ingress、Egress）；现在有 ${p.sizeOf} 个。`,
	'semantic/servicecidr-cidrs': () => `spec.cidrs 至少需要一个 CIDR，例如 [10.96.0.0/16]。`,
	'semantic/servicecidr-cidrs:spec-cidrs-may-hold-at-most': (p) => `spec.cidrs 最多只能有 2 个值（每个 IP 协议族一个）；现在有 ${p.listCount} 个。`,
	'semantic/servicecidr-cidrs:is-not-a-valid-cidr': (p) => `“${p.value}”不是合法的 CIDR（例如 10.96.0.0/16 或 fd00:10:96::/112）。`,
	'semantic/servicecidr-cidrs:spec-cidrs-may-hold-only-one': (p) => `spec.cidrs 中每个 IP 协议族只能有一个 CIDR；这两个都是 ${p.family}。`,
	'semantic/ipaddress': (p) => `IPAddress 以其地址命名：“${p.name}”不是 IP 地址（例如 10.96.0.10 或 2001:db8::a）。`,
	'semantic/ipaddress:parent-ref-group-is-invalid-it': (p) => `parentRef.group“${p.group}”无效：${p.DNS1123_SUBDOMAIN_TEXT}。`,
	'semantic/ipaddress:parent-ref-is-required': (p) => `parentRef.${p.field} 为必填项。`,
	'semantic/ipaddress:parent-ref-is-invalid-it': (p) => `parentRef.${p.field}“${p.value}”无效：${p.problem}。`,
};

export const rules: Record<keyof typeof enRules, RuleText> = {
	'semantic/ingress-rules-or-default-backend': { title: 'Ingress 没有任何路由', explanation: 'Ingress 需要 spec.rules 或 spec.defaultBackend（或两者都有）。' },
	'semantic/ingress-host': {
		title: 'Ingress 主机名无效',
		explanation: '规则的 host（以及 spec.tls[].hosts 的每一项）是小写的 DNS 名称，可以用“*.”开头通配一个标签；不允许 IP 地址和端口。',
	},
	'semantic/ingress-path': {
		title: 'Ingress 路径无效',
		explanation:
			'pathType 为 Prefix 或 Exact 时，path 必须是绝对路径（以“/”开头），不能包含“//”“/./”“/../”或“%2f”，也不能以“/.”或“/..”结尾。ImplementationSpecific 的路径如果设置了，也必须以“/”开头。每条带 http 的规则至少需要一个路径。',
	},
	'semantic/ingress-backend': {
		title: 'Ingress 后端无效',
		explanation: '后端要么是 service（带名称，并且 port.number 和 port.name 恰好设置一个），要么是 resource，不能两者都有。端口号为 1–65535；端口名称须为 IANA 服务名。',
	},
	'semantic/ingress-tls': {
		title: 'Ingress TLS 配置无效',
		explanation: 'spec.tls[].secretName 是 Secret 的名称（DNS-1123 子域名），spec.tls[].hosts 是 DNS 名称，可以使用通配符。',
	},
	'semantic/ingress-class': {
		title: 'Ingress 类无效',
		explanation: 'spec.ingressClassName 是 IngressClass 的名称（DNS-1123 子域名）；如果同时设置了 kubernetes.io/ingress.class 注解，两者必须一致。',
	},
	'semantic/ingressclass-controller': {
		title: 'IngressClass 控制器无效',
		explanation: 'spec.controller 为必填项：形如 example.com/ingress-controller 的带域名前缀的路径，最多 250 个字符。',
	},
	'semantic/ingressclass-parameters': {
		title: 'IngressClass 参数无效',
		explanation: 'spec.parameters 需要 kind、name 和 scope；scope 为 Namespace 时必须有 namespace，为 Cluster 时不能有 namespace。',
	},
	'semantic/networkpolicy-port': {
		title: 'NetworkPolicy 端口无效',
		explanation: '端口是端口号（1–65535）或 IANA 端口名称。endPort 表示端口范围：它要求 port 为数字，不能小于 port，且不超过 65535。',
	},
	'semantic/networkpolicy-peer': {
		title: 'NetworkPolicy 对端无效',
		explanation: '每个 from/to 条目需要 podSelector、namespaceSelector 或 ipBlock；同一条目中 ipBlock 不能与选择器组合。',
	},
	'semantic/networkpolicy-ip-block': {
		title: 'ipBlock 无效',
		explanation: 'ipBlock.cidr 是 CIDR（例如 10.0.0.0/16）；except 的每一项都必须是严格位于其中的 CIDR（前缀更长、协议族相同）。',
	},
	'semantic/networkpolicy-policy-types': { title: 'policyTypes 过多', explanation: 'policyTypes 最多两个值：Ingress 和 Egress。' },
	'semantic/servicecidr-cidrs': {
		title: 'ServiceCIDR 无效',
		explanation: 'spec.cidrs 包含一个或两个 CIDR，每个 IP 协议族最多一个（例如 10.96.0.0/16 和 fd00:10:96::/112）。',
	},
	'semantic/ipaddress': {
		title: 'IPAddress 无效',
		explanation:
			'IPAddress 对象以它所保留的地址命名（metadata.name 就是该 IP），spec.parentRef 指向使用它的对象：resource 和 name 不能包含“/”或“%”，group 为 DNS-1123 子域名（核心组为 ""）。',
	},
};
