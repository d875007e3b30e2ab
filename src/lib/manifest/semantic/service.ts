// Service (and EndpointSlice, pkg/apis/discovery/validation), as kube-apiserver validates it
// (pkg/apis/core/validation ValidateService and its helpers), after
// the v1 defaults (pkg/apis/core/v1/defaults.go SetDefaults_Service: type ClusterIP, protocol TCP,
// targetPort = port, sessionAffinity None, which also drops sessionAffinityConfig) and after the create
// path copies clusterIP into an empty clusterIPs (pkg/registry/core/service/storage normalizeClusterIPs).
// What depends on the cluster (the Service CIDR, the NodePort range, which IP families it runs) is not
// judged here: only what every cluster refuses.
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import type { LocalizedText } from '../types.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import {
	child,
	dig,
	elements,
	entries,
	isSet,
	num,
	parseCIDRSloppy,
	parseIP,
	reportAt,
	reportKey,
	rootLoc,
	isEmpty,
	sizeOf,
	specialIPProblem,
	str,
	DNS1123_LABEL_TEXT,
	DNS1123_SUBDOMAIN_TEXT,
} from './net-values.ts';
import type { Loc } from './net-values.ts';
import { isDNS1123Label, isDNS1123Subdomain, isValidPortNum, labelValueProblem, portNameProblem, qualifiedNameProblem, readIntOrString } from './values.ts';

const SERVICE = 'pkg/apis/core/validation/validation.go ValidateService';
const SERVICE_PORT = 'pkg/apis/core/validation/validation.go validateServicePort';
const CLUSTER_IPS = 'pkg/apis/core/validation/validation.go ValidateServiceClusterIPsRelatedFields';

export const rules: RuleInfo[] = [
	semanticRule('semantic/service-ports-required', 'error', ['Service without ports', 'Service 没有端口'], [
		'A Service needs at least one entry in spec.ports, unless it is headless (clusterIP: None) or of type ExternalName.',
		'Service 的 spec.ports 至少要有一项，除非它是无头 Service（clusterIP: None）或 ExternalName 类型。',
	], SERVICE),
	semanticRule('semantic/service-port-name-required', 'error', ['Unnamed port in a multi-port Service', '多端口 Service 中有未命名的端口'], [
		'When a Service has more than one port, every port needs a name, so that Endpoints and clients can tell them apart.',
		'Service 有多个端口时，每个端口都必须有名称，Endpoints 和客户端才能区分它们。',
	], SERVICE_PORT),
	semanticRule('semantic/service-port-name-invalid', 'error', ['Invalid Service port name', 'Service 端口名称无效'], [
		'A Service port name must be a DNS-1123 label: lowercase letters, digits and "-", at most 63 characters.',
		'Service 端口名称必须是 DNS-1123 标签：小写字母、数字和“-”，最多 63 个字符。',
	], SERVICE_PORT),
	semanticRule('semantic/service-port-name-duplicate', 'error', ['Duplicate Service port name', 'Service 端口名称重复'], [
		'Two ports of the Service have the same name; port names must be unique within a Service.',
		'Service 的两个端口同名；同一 Service 内的端口名称必须唯一。',
	], SERVICE_PORT),
	semanticRule('semantic/service-port-number', 'error', ['Service port out of range', 'Service 端口超出范围'], [
		'spec.ports[].port must be between 1 and 65535.',
		'spec.ports[].port 必须在 1 到 65535 之间。',
	], SERVICE_PORT),
	semanticRule('semantic/service-target-port', 'error', ['Invalid targetPort', 'targetPort 无效'], [
		'targetPort is either a port number (1–65535) or the name of a container port (an IANA service name: at most 15 lowercase letters, digits and "-", with at least one letter). A quoted number such as "8080" is a name, and not a valid one. Left out, it defaults to port.',
		'targetPort 要么是端口号（1–65535），要么是容器端口的名称（IANA 服务名：最多 15 个小写字母、数字和“-”，至少包含一个字母）。加了引号的数字（如 "8080"）被当作名称，而且不是合法名称。省略时默认等于 port。',
	], 'pkg/apis/core/validation/validation.go ValidatePortNumOrName'),
	semanticRule('semantic/service-duplicate-port', 'error', ['Duplicate Service port', 'Service 端口重复'], [
		'Two entries of spec.ports have the same port and protocol (protocol defaults to TCP).',
		'spec.ports 中有两项的端口和协议都相同（协议默认为 TCP）。',
	], SERVICE),
	semanticRule('semantic/service-node-port', 'error', ['nodePort not allowed or duplicated', 'nodePort 不允许或重复'], [
		'nodePort may not be set on a ClusterIP Service (the default type); use type NodePort or LoadBalancer. Two ports may not ask for the same nodePort and protocol.',
		'ClusterIP 类型（默认类型）的 Service 不能设置 nodePort；请使用 NodePort 或 LoadBalancer 类型。两个端口也不能使用相同的 nodePort 和协议。',
	], SERVICE),
	semanticRule('semantic/service-headless-type', 'error', ['Headless NodePort or LoadBalancer', '无头的 NodePort 或 LoadBalancer Service'], [
		'clusterIP: None (a headless Service) is only possible for type ClusterIP: NodePort and LoadBalancer Services forward traffic to a cluster IP.',
		'clusterIP: None（无头 Service）只适用于 ClusterIP 类型：NodePort 和 LoadBalancer Service 需要把流量转发到集群 IP。',
	], SERVICE),
	semanticRule('semantic/service-external-name', 'error', ['Invalid ExternalName Service', 'ExternalName Service 无效'], [
		'An ExternalName Service needs spec.externalName, a DNS name (a DNS-1123 subdomain, optionally with a trailing dot), and may not set clusterIP/clusterIPs, ipFamilies or ipFamilyPolicy.',
		'ExternalName Service 需要 spec.externalName，它必须是 DNS 名称（DNS-1123 子域名，可以带结尾的点），且不能设置 clusterIP/clusterIPs、ipFamilies 或 ipFamilyPolicy。',
	], SERVICE),
	semanticRule('semantic/service-cluster-ip', 'error', ['Invalid clusterIP', 'clusterIP 无效'], [
		'clusterIP is an IP address, "None" for a headless Service, or left out (allocated). clusterIPs repeats clusterIP as its first entry, may add one address of the other IP family, and may not be set without clusterIP.',
		'clusterIP 是一个 IP 地址、无头 Service 的“None”，或者省略（自动分配）。clusterIPs 的第一项必须等于 clusterIP，最多再加一个另一 IP 协议族的地址，且不能在没有 clusterIP 时单独设置。',
	], CLUSTER_IPS),
	semanticRule('semantic/service-ip-families', 'error', ['Inconsistent IP families', 'IP 协议族不一致'], [
		'ipFamilies lists each family at most once, in the order of clusterIPs; a SingleStack policy allows only one family and one cluster IP.',
		'ipFamilies 中每个协议族最多出现一次，顺序与 clusterIPs 一致；SingleStack 策略只允许一个协议族和一个集群 IP。',
	], CLUSTER_IPS),
	semanticRule('semantic/service-session-affinity', 'error', ['Invalid session affinity timeout', '会话亲和超时无效'], [
		'With sessionAffinity: ClientIP, sessionAffinityConfig.clientIP.timeoutSeconds must be between 1 and 86400 (it defaults to 10800).',
		'sessionAffinity 为 ClientIP 时，sessionAffinityConfig.clientIP.timeoutSeconds 必须在 1 到 86400 之间（默认 10800）。',
	], 'pkg/apis/core/validation/validation.go validateClientIPAffinityConfig'),
	semanticRule('semantic/service-traffic-policy', 'error', ['Traffic policy on the wrong Service type', '流量策略用在了错误的 Service 类型上'], [
		'externalTrafficPolicy applies only to externally reachable Services (NodePort, LoadBalancer, or ClusterIP with externalIPs); healthCheckNodePort only to a LoadBalancer with externalTrafficPolicy: Local.',
		'externalTrafficPolicy 只适用于可从外部访问的 Service（NodePort、LoadBalancer，或设置了 externalIPs 的 ClusterIP）；healthCheckNodePort 只适用于 externalTrafficPolicy 为 Local 的 LoadBalancer。',
	], 'pkg/apis/core/validation/validation.go validateServiceExternalTrafficPolicy'),
	semanticRule('semantic/service-load-balancer-field', 'error', ['LoadBalancer field on another type', '非 LoadBalancer 类型使用了 LoadBalancer 字段'], [
		'loadBalancerSourceRanges, allocateLoadBalancerNodePorts and loadBalancerClass may only be set when type is LoadBalancer; source ranges must be CIDRs and loadBalancerClass a qualified name such as example.com/lb.',
		'loadBalancerSourceRanges、allocateLoadBalancerNodePorts 和 loadBalancerClass 只能在 type 为 LoadBalancer 时设置；源地址范围必须是 CIDR，loadBalancerClass 必须是限定名称（例如 example.com/lb）。',
	], SERVICE),
	semanticRule('semantic/service-external-ip', 'error', ['Invalid external IP', '外部 IP 无效'], [
		'Each externalIPs entry must be an IP address that is not unspecified, loopback or link-local.',
		'externalIPs 的每一项都必须是 IP 地址，且不能是未指定地址、环回地址或链路本地地址。',
	], 'pkg/apis/core/validation/validation.go ValidateNonSpecialIP'),
	semanticRule('semantic/service-selector', 'error', ['Invalid Service selector', 'Service 选择器无效'], [
		'spec.selector is a map of labels: keys and values follow the label syntax.',
		'spec.selector 是标签映射：键和值都要符合标签语法。',
	], 'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabels'),
	semanticRule('semantic/service-app-protocol', 'error', ['Invalid appProtocol', 'appProtocol 无效'], [
		'appProtocol must be a qualified name: an IANA service name (http, h2c …) or a prefixed name such as kubernetes.io/ws or example.com/proto.',
		'appProtocol 必须是限定名称：IANA 服务名（http、h2c ……）或带前缀的名称，例如 kubernetes.io/ws、example.com/proto。',
	], SERVICE_PORT),
	semanticRule('semantic/service-topology-annotations', 'error', ['Conflicting topology annotations', '拓扑注解冲突'], [
		'When both service.kubernetes.io/topology-mode and the deprecated service.kubernetes.io/topology-aware-hints are set, they must have the same value; keep only topology-mode.',
		'同时设置 service.kubernetes.io/topology-mode 和已弃用的 service.kubernetes.io/topology-aware-hints 时，两者的值必须相同；请只保留 topology-mode。',
	], SERVICE),
	semanticRule('semantic/endpoints-subset', 'error', ['Invalid Endpoints subset', 'Endpoints 子集无效'], [
		'Every ip of an Endpoints subset (addresses and notReadyAddresses) is an IP address that is not unspecified, loopback or link-local, and a hostname is a DNS-1123 label.',
		'Endpoints 子集（addresses 和 notReadyAddresses）中的每个 ip 都必须是 IP 地址，且不能是未指定、环回或链路本地地址；hostname 必须是 DNS-1123 标签。',
	], 'pkg/apis/core/validation/validation.go validateEndpointAddress'),
	semanticRule('semantic/endpoints-port', 'error', ['Invalid Endpoints port', 'Endpoints 端口无效'], [
		'Ports of an Endpoints subset are 1–65535 and, when a subset has more than one, named with DNS-1123 labels; appProtocol is a qualified name.',
		'Endpoints 子集的端口为 1–65535；一个子集有多个端口时，每个端口都要用 DNS-1123 标签命名；appProtocol 是限定名称。',
	], 'pkg/apis/core/validation/validation.go validateEndpointPort'),
	semanticRule('semantic/endpointslice-endpoint', 'error', ['Invalid EndpointSlice endpoint', 'EndpointSlice 端点无效'], [
		'Each endpoint has 1–100 addresses of the slice\'s addressType: IPv4 or IPv6 addresses that are not unspecified, loopback or link-local, or fully qualified domain names for FQDN; hostname, when set, is a DNS-1123 label.',
		'每个端点有 1–100 个与切片 addressType 相符的地址：IPv4 或 IPv6 地址（不能是未指定、环回或链路本地地址），FQDN 类型则为完全限定域名；hostname 如果设置，必须是 DNS-1123 标签。',
	], 'pkg/apis/discovery/validation/validation.go validateEndpoints'),
	semanticRule('semantic/endpointslice-port', 'error', ['Invalid EndpointSlice port', 'EndpointSlice 端口无效'], [
		'EndpointSlice port names are DNS-1123 labels (or empty), unique within the slice; appProtocol is a qualified name.',
		'EndpointSlice 的端口名称是 DNS-1123 标签（或为空），在切片内唯一；appProtocol 是限定名称。',
	], 'pkg/apis/discovery/validation/validation.go validatePorts'),
];

function portLabel(index: number, name: string | undefined): string {
	return name ? `port "${name}"` : `ports[${index}]`;
}

interface PortInfo {
	loc: Loc;
	index: number;
	name: string | undefined;
	port: number | undefined;
	protocol: string;
}

function validateService(context: SemanticContext): void {
	const root = rootLoc(context);
	const spec = child(root, 'spec');
	const type = str(child(spec, 'type')) || 'ClusterIP';
	const clusterIPLoc = child(spec, 'clusterIP');
	const clusterIPsLoc = child(spec, 'clusterIPs');
	const clusterIP = str(clusterIPLoc) ?? '';
	// normalizeClusterIPs on create: clusterIP alone fills clusterIPs.
	const clusterIPsWritten = elements(clusterIPsLoc).map((l) => ({ loc: l, value: str(l) ?? '' }));
	const clusterIPs = clusterIP !== '' && clusterIPsWritten.length === 0 ? [{ loc: clusterIPLoc, value: clusterIP }] : clusterIPsWritten;
	const headless = clusterIPs.length === 1 && clusterIPs[0]!.value === 'None';
	const portsLoc = child(spec, 'ports');
	const ports = elements(portsLoc);

	const annotations = dig(root, 'metadata', 'annotations');
	const mode = child(annotations, 'service.kubernetes.io/topology-mode');
	const hints = child(annotations, 'service.kubernetes.io/topology-aware-hints');
	if (mode.present && hints.present && str(mode) !== undefined && str(hints) !== undefined && str(mode) !== str(hints)) {
		reportAt(context, 'semantic/service-topology-annotations', text(`service.kubernetes.io/topology-mode "${str(mode)}" must match the deprecated service.kubernetes.io/topology-aware-hints ("${str(hints)}") when both are set; remove topology-aware-hints.`, `同时设置时，service.kubernetes.io/topology-mode“${str(mode)}”必须与已弃用的 service.kubernetes.io/topology-aware-hints（“${str(hints)}”）相同；请删除 topology-aware-hints。`), mode);
	}

	if (isEmpty(portsLoc) && !headless && type !== 'ExternalName') {
		context.report(
			'semantic/service-ports-required',
			text(
				`This ${type} Service has no ports: spec.ports needs at least one entry (only a headless Service, clusterIP: None, or an ExternalName Service may have none).`,
				`这个 ${type} Service 没有端口：spec.ports 至少需要一项。只有无头 Service（clusterIP: None）或 ExternalName Service 可以没有端口。`,
			),
			portsLoc.key ?? spec.key ?? root.at,
			['spec', 'ports'],
		);
	}

	if (headless && (type === 'LoadBalancer' || type === 'NodePort')) {
		reportAt(context, 'semantic/service-headless-type', text(`clusterIP may not be "None" for ${type} Services: only a ClusterIP Service can be headless.`, `${type} Service 的 clusterIP 不能为“None”：只有 ClusterIP Service 可以是无头的。`), clusterIPs[0]!.loc);
	}

	if (type === 'ExternalName') validateExternalName(context, spec, clusterIPs);
	else validateClusterIPs(context, spec, clusterIPsLoc, clusterIP, clusterIPsWritten, clusterIPs, headless);

	// Ports.
	const infos: PortInfo[] = ports.map((loc, index) => ({
		loc,
		index,
		name: str(child(loc, 'name')) || undefined,
		port: num(child(loc, 'port')),
		protocol: str(child(loc, 'protocol')) || 'TCP',
	}));
	const names = new Set<string>();
	for (const info of infos) validatePort(context, info, infos.length > 1, names);
	const seenPorts = new Set<string>();
	const seenNodePorts = new Set<string>();
	for (const info of infos) {
		const portLoc = child(info.loc, 'port');
		if (info.port !== undefined) {
			const key = `${info.protocol}/${info.port}`;
			if (seenPorts.has(key)) {
				reportAt(context, 'semantic/service-duplicate-port', text(`Port ${info.port}/${info.protocol} appears twice in spec.ports.`, `端口 ${info.port}/${info.protocol} 在 spec.ports 中出现了两次。`), portLoc);
			}
			seenPorts.add(key);
		}
		const nodePortLoc = child(info.loc, 'nodePort');
		const nodePort = num(nodePortLoc);
		if (nodePort === undefined || nodePort === 0) continue;
		if (type === 'ClusterIP') {
			reportKey(
				context,
				'semantic/service-node-port',
				text(
					`nodePort may not be used when type is ClusterIP${isSet(child(spec, 'type')) ? '' : ' (the default)'}: set type: NodePort or LoadBalancer, or remove nodePort.`,
					`type 为 ClusterIP${isSet(child(spec, 'type')) ? ' ' : '（默认类型）'}时不能使用 nodePort：请设置 type: NodePort 或 LoadBalancer，或删除 nodePort。`,
				),
				nodePortLoc,
			);
		}
		const key = `${info.protocol}/${nodePort}`;
		if (seenNodePorts.has(key)) {
			reportAt(context, 'semantic/service-node-port', text(`nodePort ${nodePort}/${info.protocol} is used twice in this Service.`, `nodePort ${nodePort}/${info.protocol} 在这个 Service 中被使用了两次。`), nodePortLoc);
		}
		seenNodePorts.add(key);
	}

	validateSelector(context, child(spec, 'selector'));
	validateSessionAffinity(context, spec);
	validateExternalIPs(context, child(spec, 'externalIPs'));
	validateLoadBalancerFields(context, spec, type);
	validateTrafficPolicy(context, spec, type);
}

function validatePort(context: SemanticContext, info: PortInfo, requireName: boolean, names: Set<string>): void {
	const nameLoc = child(info.loc, 'name');
	if (requireName && !info.name) {
		context.report(
			'semantic/service-port-name-required',
			text(
				`ports[${info.index}]${info.port !== undefined ? ` (port ${info.port})` : ''} has no name: every port of a Service with more than one port must be named.`,
				`ports[${info.index}]${info.port !== undefined ? `（端口 ${info.port}）` : ' '}没有名称：有多个端口的 Service 的每个端口都必须命名。`,
			),
			nameLoc.at ?? child(info.loc, 'port').key ?? info.loc.at,
			[...info.loc.path, 'name'],
		);
	} else if (info.name) {
		if (!isDNS1123Label(info.name)) {
			reportAt(context, 'semantic/service-port-name-invalid', text(`Port name "${info.name}" is invalid: it ${DNS1123_LABEL_TEXT.en}.`, `端口名称“${info.name}”无效：${DNS1123_LABEL_TEXT.zh}。`), nameLoc);
		}
		if (names.has(info.name)) {
			reportAt(context, 'semantic/service-port-name-duplicate', text(`Port name "${info.name}" is used twice in this Service.`, `端口名称“${info.name}”在这个 Service 中被使用了两次。`), nameLoc);
		}
		names.add(info.name);
	}
	const portLoc = child(info.loc, 'port');
	if (info.port !== undefined && !isValidPortNum(info.port)) {
		reportAt(context, 'semantic/service-port-number', text(`Port ${info.port} is out of range: it must be between 1 and 65535.`, `端口 ${info.port} 超出范围：必须在 1 到 65535 之间。`), portLoc);
	}
	const targetLoc = child(info.loc, 'targetPort');
	const target = readIntOrString(targetLoc.node);
	// SetDefaults_Service: a targetPort of 0 or "" becomes port.
	if (target && !(target.type === 'int' && target.value === 0) && !(target.type === 'string' && target.value === '')) {
		if (target.type === 'int' && !isValidPortNum(target.value)) {
			reportAt(context, 'semantic/service-target-port', text(`targetPort ${target.value} of ${portLabel(info.index, info.name)} is out of range: it must be between 1 and 65535.`, `${portLabel(info.index, info.name)} 的 targetPort ${target.value} 超出范围：必须在 1 到 65535 之间。`), targetLoc);
		} else if (target.type === 'string') {
			const problem = portNameProblem(target.value);
			if (problem) {
				const numeric = /^\d+$/.test(target.value);
				reportAt(
					context,
					'semantic/service-target-port',
					text(
						`targetPort "${target.value}" is not a valid port name: it ${problem.en}.${numeric ? ` Write ${target.value} without quotes for a port number.` : ''}`,
						`targetPort“${target.value}”不是合法的端口名称：${problem.zh}。${numeric ? `如果要写端口号，请去掉引号写成 ${target.value}。` : ''}`,
					),
					targetLoc,
				);
			}
		}
	}
	const appProtocolLoc = child(info.loc, 'appProtocol');
	const appProtocol = str(appProtocolLoc);
	if (appProtocol !== undefined) {
		const problem = qualifiedNameProblem(appProtocol);
		if (problem) reportAt(context, 'semantic/service-app-protocol', text(`appProtocol "${appProtocol}" is invalid: ${problem.en}.`, `appProtocol“${appProtocol}”无效：${problem.zh}。`), appProtocolLoc);
	}
}

function validateExternalName(context: SemanticContext, spec: Loc, clusterIPs: { loc: Loc; value: string }[]): void {
	const nameLoc = child(spec, 'externalName');
	const name = (str(nameLoc) ?? '').replace(/\.$/, '');
	if (name === '') {
		context.report(
			'semantic/service-external-name',
			text('An ExternalName Service needs spec.externalName: the DNS name the Service is an alias for.', 'ExternalName Service 需要 spec.externalName：这个 Service 作为别名所指向的 DNS 名称。'),
			nameLoc.at ?? child(spec, 'type').at ?? spec.key,
			['spec', 'externalName'],
		);
	} else if (!isDNS1123Subdomain(name)) {
		reportAt(context, 'semantic/service-external-name', text(`externalName "${str(nameLoc)}" is invalid: it ${DNS1123_SUBDOMAIN_TEXT.en}.`, `externalName“${str(nameLoc)}”无效：${DNS1123_SUBDOMAIN_TEXT.zh}。`), nameLoc);
	}
	if (clusterIPs.length > 0) {
		const loc = child(spec, 'clusterIPs').present ? child(spec, 'clusterIPs') : child(spec, 'clusterIP');
		reportKey(context, 'semantic/service-external-name', text(`${loc.path.at(-1)} may not be set for ExternalName Services.`, `ExternalName Service 不能设置 ${loc.path.at(-1)}。`), loc);
	}
	for (const name of ['ipFamilies', 'ipFamilyPolicy']) {
		const loc = child(spec, name);
		if (name === 'ipFamilies' ? sizeOf(loc) > 0 : isSet(loc)) reportKey(context, 'semantic/service-external-name', text(`${name} may not be set for ExternalName Services.`, `ExternalName Service 不能设置 ${name}。`), loc);
	}
}

function validateClusterIPs(
	context: SemanticContext,
	spec: Loc,
	clusterIPsLoc: Loc,
	clusterIP: string,
	written: { loc: Loc; value: string }[],
	clusterIPs: { loc: Loc; value: string }[],
	headless: boolean,
): void {
	const rule = 'semantic/service-cluster-ip';
	const before = context.findings.length;
	if (clusterIP === '' && written.length > 0) {
		reportKey(context, rule, text('clusterIPs must be empty when clusterIP is not set: set clusterIP to the first address too.', '未设置 clusterIP 时 clusterIPs 必须为空：请同时把 clusterIP 设为第一个地址。'), clusterIPsLoc);
	} else if (clusterIP !== '' && written.length > 0 && written[0]!.value !== clusterIP) {
		reportAt(context, rule, text(`clusterIPs[0] ("${written[0]!.value}") must match clusterIP ("${clusterIP}").`, `clusterIPs[0]（“${written[0]!.value}”）必须与 clusterIP（“${clusterIP}”）相同。`), written[0]!.loc);
	}
	// ipFamilies stand alone: each at most once.
	const familiesLoc = child(spec, 'ipFamilies');
	const families = elements(familiesLoc).map((loc) => ({ loc, value: str(loc) ?? '' }));
	const seenFamilies = new Set<string>();
	for (const family of families) {
		if (seenFamilies.has(family.value)) reportAt(context, 'semantic/service-ip-families', text(`IP family ${family.value} is listed twice in ipFamilies.`, `ipFamilies 中 ${family.value} 出现了两次。`), family.loc);
		seenFamilies.add(family.value);
	}
	let invalid = false;
	const parsed = clusterIPs.map((entry, index) => {
		if (index === 0 && entry.value === 'None') {
			if (clusterIPs.length > 1) {
				invalid = true;
				reportAt(context, rule, text('"None" must be the first and only value of clusterIPs.', '“None”必须是 clusterIPs 中唯一的值。'), entry.loc);
			}
			return undefined;
		}
		const ip = parseIP(entry.value);
		if (!ip) {
			invalid = true;
			const hint = entry.value.toLowerCase() === 'none' ? text(' Write "None" (capital N) for a headless Service.', '无头 Service 请写“None”（首字母大写）。') : text('', '');
			reportAt(context, rule, text(`"${entry.value}" is not a valid IP address (e.g. 10.96.0.10 or fd00::10), "None", or empty.${hint.en}`, `“${entry.value}”不是合法的 IP 地址（例如 10.96.0.10 或 fd00::10）、“None”或空值。${hint.zh}`), entry.loc);
		}
		return ip;
	});
	if (clusterIPs.length > 2) {
		reportKey(context, rule, text(`clusterIPs may hold at most 2 values (one per IP family); it has ${clusterIPs.length}.`, `clusterIPs 最多只能有 2 个值（每个 IP 协议族一个）；现在有 ${clusterIPs.length} 个。`), clusterIPsLoc);
	}
	if (invalid) return;
	if (clusterIPs.length === 2 && parsed[0] && parsed[1] && parsed[0].family === parsed[1].family) {
		reportAt(context, rule, text(`clusterIPs may hold only one address per IP family; both are ${parsed[0].family}.`, `clusterIPs 中每个 IP 协议族只能有一个地址；这两个都是 ${parsed[0].family}。`), clusterIPs[1]!.loc);
	}
	if (!headless) {
		parsed.forEach((ip, i) => {
			const family = families[i]?.value;
			if (!ip || (family !== 'IPv4' && family !== 'IPv6') || ip.family === family) return;
			reportAt(context, 'semantic/service-ip-families', text(`clusterIPs[${i}] "${clusterIPs[i]!.value}" is ${ip.family}, but ipFamilies[${i}] says ${family}.`, `clusterIPs[${i}]“${clusterIPs[i]!.value}”是 ${ip.family}，但 ipFamilies[${i}] 是 ${family}。`), clusterIPs[i]!.loc);
		});
	}
	// The allocator's pre-validation (ValidateServiceClusterIPsRelatedFields) stops at the errors above.
	if (context.findings.length > before) return;
	// pkg/registry/core/service/storage/alloc.go initIPFamilyFields: on create an unset policy becomes
	// SingleStack (RequireDualStack for a headless Service without selector), and SingleStack allows one
	// family and one cluster IP.
	const policyLoc = child(spec, 'ipFamilyPolicy');
	const writtenPolicy = str(policyLoc);
	const selectorless = isEmpty(child(spec, 'selector'));
	const policy = writtenPolicy || (clusterIP === 'None' && selectorless ? 'RequireDualStack' : 'SingleStack');
	if (policy === 'SingleStack' && (families.length > 1 || clusterIPs.length > 1)) {
		const what = families.length > 1 ? text('IP family', ' IP 协议族') : text('cluster IP', '集群 IP');
		const field = families.length > 1 ? 'ipFamilies' : 'clusterIPs';
		const at = writtenPolicy ? policyLoc : families.length > 1 ? familiesLoc : clusterIPsLoc;
		reportAt(
			context,
			'semantic/service-ip-families',
			writtenPolicy
				? text(`ipFamilyPolicy SingleStack allows one ${what.en}, but ${field} lists two: use PreferDualStack or RequireDualStack.`, `ipFamilyPolicy 为 SingleStack 时只允许一个${what.zh}，但 ${field} 列出了两个：请使用 PreferDualStack 或 RequireDualStack。`)
				: text(`${field} lists two values, but ipFamilyPolicy is not set and so defaults to SingleStack on create: set ipFamilyPolicy to PreferDualStack or RequireDualStack.`, `${field} 列出了两个值，但没有设置 ipFamilyPolicy，创建时它默认为 SingleStack：请把 ipFamilyPolicy 设为 PreferDualStack 或 RequireDualStack。`),
			at,
		);
	}
}

function validateSelector(context: SemanticContext, selector: Loc): void {
	for (const entry of entries(selector)) {
		const keyProblem = qualifiedNameProblem(entry.name);
		if (keyProblem) context.report('semantic/service-selector', text(`Selector key "${entry.name}" is invalid: ${keyProblem.en}.`, `选择器键“${entry.name}”无效：${keyProblem.zh}。`), entry.key, [...selector.path, entry.name]);
		const value = str(entry);
		const valueProblem = value === undefined ? undefined : labelValueProblem(value);
		if (valueProblem) context.report('semantic/service-selector', text(`Selector value "${value}" is invalid: it ${valueProblem.en}.`, `选择器值“${value}”无效：${valueProblem.zh}。`), entry.at, [...selector.path, entry.name]);
	}
}

function validateSessionAffinity(context: SemanticContext, spec: Loc): void {
	if (str(child(spec, 'sessionAffinity')) !== 'ClientIP') return; // None drops sessionAffinityConfig (SetDefaults_Service)
	const timeoutLoc = dig(spec, 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds');
	const timeout = num(timeoutLoc);
	if (timeout === undefined || (timeout > 0 && timeout <= 86400)) return;
	reportAt(context, 'semantic/service-session-affinity', text(`timeoutSeconds ${timeout} is out of range: it must be greater than 0 and at most 86400 (one day).`, `timeoutSeconds ${timeout} 超出范围：必须大于 0 且不超过 86400（一天）。`), timeoutLoc);
}

function validateExternalIPs(context: SemanticContext, list: Loc): void {
	for (const loc of elements(list)) {
		const value = str(loc);
		if (value === undefined) continue;
		const ip = parseIP(value);
		const problem: LocalizedText | undefined = ip ? specialIPProblem(ip) : text('must be a valid IP address (e.g. 192.0.2.10 or 2001:db8::10)', '必须是合法的 IP 地址（例如 192.0.2.10 或 2001:db8::10）');
		if (problem) reportAt(context, 'semantic/service-external-ip', text(`External IP "${value}" is invalid: it ${problem.en}.`, `外部 IP“${value}”无效：${problem.zh}。`), loc);
	}
}

function validateLoadBalancerFields(context: SemanticContext, spec: Loc, type: string): void {
	const rule = 'semantic/service-load-balancer-field';
	const isLB = type === 'LoadBalancer';
	const ranges = child(spec, 'loadBalancerSourceRanges');
	if (sizeOf(ranges) > 0) {
		if (!isLB) reportKey(context, rule, text(`loadBalancerSourceRanges may only be used when type is LoadBalancer (this Service is ${type}).`, `loadBalancerSourceRanges 只能在 type 为 LoadBalancer 时使用（这个 Service 是 ${type}）。`), ranges);
		for (const loc of elements(ranges)) {
			const value = str(loc);
			// Historical accident: these values may be space-padded.
			if (value !== undefined && !parseCIDRSloppy(value.trim())) {
				reportAt(context, rule, text(`"${value}" is not a valid CIDR (e.g. 203.0.113.0/24 or 2001:db8::/64).`, `“${value}”不是合法的 CIDR（例如 203.0.113.0/24 或 2001:db8::/64）。`), loc);
			}
		}
	}
	const allocate = child(spec, 'allocateLoadBalancerNodePorts');
	if (isSet(allocate) && !isLB) reportKey(context, rule, text(`allocateLoadBalancerNodePorts may only be used when type is LoadBalancer (this Service is ${type}).`, `allocateLoadBalancerNodePorts 只能在 type 为 LoadBalancer 时使用（这个 Service 是 ${type}）。`), allocate);
	const classLoc = child(spec, 'loadBalancerClass');
	const lbClass = str(classLoc);
	if (isSet(classLoc) && !isLB) reportKey(context, rule, text(`loadBalancerClass may only be used when type is LoadBalancer (this Service is ${type}).`, `loadBalancerClass 只能在 type 为 LoadBalancer 时使用（这个 Service 是 ${type}）。`), classLoc);
	else if (lbClass !== undefined && isLB) {
		const problem = qualifiedNameProblem(lbClass);
		if (problem) reportAt(context, rule, text(`loadBalancerClass "${lbClass}" is invalid: ${problem.en}.`, `loadBalancerClass“${lbClass}”无效：${problem.zh}。`), classLoc);
	}
}

function validateTrafficPolicy(context: SemanticContext, spec: Loc, type: string): void {
	const rule = 'semantic/service-traffic-policy';
	const externallyAccessible = type === 'LoadBalancer' || type === 'NodePort' || (type === 'ClusterIP' && sizeOf(child(spec, 'externalIPs')) > 0);
	const policyLoc = child(spec, 'externalTrafficPolicy');
	const policy = str(policyLoc);
	if (!externallyAccessible && policy) {
		reportAt(context, rule, text(`externalTrafficPolicy may only be set for externally reachable Services (NodePort, LoadBalancer, or ClusterIP with externalIPs); this one is ${type}.`, `externalTrafficPolicy 只能用于可从外部访问的 Service（NodePort、LoadBalancer，或设置了 externalIPs 的 ClusterIP）；这个 Service 是 ${type}。`), policyLoc);
	}
	const healthLoc = child(spec, 'healthCheckNodePort');
	const health = num(healthLoc);
	if (health === undefined || health === 0) return;
	const needsHealthCheck = type === 'LoadBalancer' && policy === 'Local';
	if (!needsHealthCheck) {
		reportKey(context, rule, text('healthCheckNodePort may only be set when type is LoadBalancer and externalTrafficPolicy is Local.', 'healthCheckNodePort 只能在 type 为 LoadBalancer 且 externalTrafficPolicy 为 Local 时设置。'), healthLoc);
	} else if (!isValidPortNum(health)) {
		reportAt(context, rule, text(`healthCheckNodePort ${health} is out of range: it must be between 1 and 65535.`, `healthCheckNodePort ${health} 超出范围：必须在 1 到 65535 之间。`), healthLoc);
	}
}

/** IsFullyQualifiedDomainName: a DNS-1123 subdomain of at least two labels, an optional trailing dot. */
function fqdnProblem(value: string): LocalizedText | undefined {
	const name = value.endsWith('.') ? value.slice(0, -1) : value;
	if (!isDNS1123Subdomain(name)) return DNS1123_SUBDOMAIN_TEXT;
	if (!name.includes('.')) return text('should be a domain with at least two segments separated by dots', '应是至少由两段（以点分隔）组成的域名');
	if (!name.split('.').every(isDNS1123Label)) return text('must consist of DNS-1123 labels of at most 63 characters', '必须由最多 63 个字符的 DNS-1123 标签组成');
	return undefined;
}

function validateEndpointSlice(context: SemanticContext): void {
	if (context.object.apiVersion !== 'discovery.k8s.io/v1') return;
	const root = rootLoc(context);
	const addressType = str(child(root, 'addressType'));
	const rule = 'semantic/endpointslice-endpoint';
	for (const endpoint of elements(child(root, 'endpoints'))) {
		const addresses = child(endpoint, 'addresses');
		const list = elements(addresses);
		if (addresses.present && isEmpty(addresses)) reportAt(context, rule, text('An endpoint must contain at least 1 address.', '端点至少要包含 1 个地址。'), addresses);
		else if (list.length > 100) reportKey(context, rule, text(`An endpoint may have at most 100 addresses; this one has ${list.length}.`, `一个端点最多 100 个地址；这个有 ${list.length} 个。`), addresses);
		for (const loc of list) {
			const value = str(loc);
			if (value === undefined) continue;
			let problem: LocalizedText | undefined;
			if (addressType === 'IPv4' || addressType === 'IPv6') {
				const ip = parseIP(value);
				problem = !ip || ip.family !== addressType ? text(`must be a valid ${addressType} address`, `必须是合法的 ${addressType} 地址`) : specialIPProblem(ip);
			} else if (addressType === 'FQDN') problem = fqdnProblem(value);
			if (problem) reportAt(context, rule, text(`Address "${value}" is invalid: it ${problem.en}.`, `地址“${value}”无效：${problem.zh}。`), loc);
		}
		const hostnameLoc = child(endpoint, 'hostname');
		const hostname = str(hostnameLoc);
		if (hostname !== undefined && !isDNS1123Label(hostname)) reportAt(context, rule, text(`hostname "${hostname}" is invalid: it ${DNS1123_LABEL_TEXT.en}.`, `hostname“${hostname}”无效：${DNS1123_LABEL_TEXT.zh}。`), hostnameLoc);
	}
	const names = new Set<string>();
	for (const port of elements(child(root, 'ports'))) {
		const prule = 'semantic/endpointslice-port';
		const nameLoc = child(port, 'name');
		const name = str(nameLoc) ?? ''; // defaults to ""
		if (name !== '' && !isDNS1123Label(name)) reportAt(context, prule, text(`Port name "${name}" is invalid: it ${DNS1123_LABEL_TEXT.en}.`, `端口名称“${name}”无效：${DNS1123_LABEL_TEXT.zh}。`), nameLoc);
		if (names.has(name)) context.report(prule, text(`Port name "${name}" is used twice in this EndpointSlice${name === '' ? ' (an unnamed port counts as "")' : ''}.`, `端口名称“${name}”在这个 EndpointSlice 中被使用了两次${name === '' ? '（未命名的端口按 "" 计）' : ''}。`), nameLoc.at ?? child(port, 'port').key ?? port.at, [...port.path, 'name']);
		names.add(name);
		const appProtocolLoc = child(port, 'appProtocol');
		const appProtocol = str(appProtocolLoc);
		const problem = appProtocol === undefined ? undefined : qualifiedNameProblem(appProtocol);
		if (problem) reportAt(context, prule, text(`appProtocol "${appProtocol}" is invalid: ${problem.en}.`, `appProtocol“${appProtocol}”无效：${problem.zh}。`), appProtocolLoc);
	}
}

function validateEndpoints(context: SemanticContext): void {
	const rule = 'semantic/endpoints-subset';
	for (const subset of elements(child(rootLoc(context), 'subsets'))) {
		const ready = child(subset, 'addresses');
		const notReady = child(subset, 'notReadyAddresses');
		// (A subset without addresses is not judged: the create path repacks subsets first, RepackSubsets.)
		for (const address of [...elements(ready), ...elements(notReady)]) {
			const ipLoc = child(address, 'ip');
			const value = str(ipLoc);
			if (value !== undefined) {
				const ip = parseIP(value);
				const problem = ip ? specialIPProblem(ip) : text('must be a valid IP address (e.g. 10.244.1.5)', '必须是合法的 IP 地址（例如 10.244.1.5）');
				if (problem) reportAt(context, rule, text(`Endpoint ip "${value}" is invalid: it ${problem.en}.`, `端点 ip“${value}”无效：${problem.zh}。`), ipLoc);
			}
			const hostnameLoc = child(address, 'hostname');
			const hostname = str(hostnameLoc);
			if (hostname && !isDNS1123Label(hostname)) reportAt(context, rule, text(`hostname "${hostname}" is invalid: it ${DNS1123_LABEL_TEXT.en}.`, `hostname“${hostname}”无效：${DNS1123_LABEL_TEXT.zh}。`), hostnameLoc);
		}
		const ports = elements(child(subset, 'ports'));
		for (const port of ports) {
			const prule = 'semantic/endpoints-port';
			const nameLoc = child(port, 'name');
			const name = str(nameLoc) ?? '';
			if (ports.length > 1 && name === '') context.report(prule, text('Every port of a subset with more than one port needs a name.', '有多个端口的子集中，每个端口都需要名称。'), nameLoc.at ?? child(port, 'port').key ?? port.at, [...port.path, 'name']);
			else if (name !== '' && !isDNS1123Label(name)) reportAt(context, prule, text(`Port name "${name}" is invalid: it ${DNS1123_LABEL_TEXT.en}.`, `端口名称“${name}”无效：${DNS1123_LABEL_TEXT.zh}。`), nameLoc);
			const numberLoc = child(port, 'port');
			const number = num(numberLoc);
			if (number !== undefined && !isValidPortNum(number)) reportAt(context, prule, text(`Port ${number} is out of range: it must be between 1 and 65535.`, `端口 ${number} 超出范围：必须在 1 到 65535 之间。`), numberLoc);
			const appProtocolLoc = child(port, 'appProtocol');
			const appProtocol = str(appProtocolLoc);
			const problem = appProtocol === undefined ? undefined : qualifiedNameProblem(appProtocol);
			if (problem) reportAt(context, prule, text(`appProtocol "${appProtocol}" is invalid: ${problem.en}.`, `appProtocol“${appProtocol}”无效：${problem.zh}。`), appProtocolLoc);
		}
	}
}

// Only the v1 Service exists (and is validated) in the core group.
export const validators: Record<string, SemanticValidator> = {
	'discovery.k8s.io/EndpointSlice': validateEndpointSlice,
	'/Endpoints': validateEndpoints,
	'/Service': (context) => {
		if (context.object.apiVersion === 'v1') validateService(context);
	},
};
