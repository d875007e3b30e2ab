// networking.k8s.io, as kube-apiserver validates it (pkg/apis/networking/validation/validation.go): Ingress
// rules, paths and backends; IngressClass controllers and parameters; NetworkPolicy ports and peers, with
// ipBlock CIDRs read by the same strict parser the CIDR playground uses (k8s.io/utils/net ParseCIDRSloppy).
// networking/v1 applies no defaults that these checks depend on (pathType has none: it is required).
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import type { LocalizedText } from '../types.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import {
	child,
	cidrContainsNetworkOf,
	dig,
	elements,
	isSet,
	isWildcardDNS1123Subdomain,
	num,
	parseCIDRSloppy,
	parseIP,
	pathSegmentProblem,
	reportAt,
	reportKey,
	rootLoc,
	isEmpty,
	sizeOf,
	str,
	DNS1123_LABEL_TEXT,
	DNS1123_SUBDOMAIN_TEXT,
} from './net-values.ts';
import { checkLabelSelectorAt } from './label-selector.ts';
import type { Loc } from './net-values.ts';
import { isDNS1123Label, isDNS1123Subdomain, isValidPortNum, portNameProblem, readIntOrString } from './values.ts';

const FILE = 'pkg/apis/networking/validation/validation.go';

export const rules: RuleInfo[] = [
	semanticRule('semantic/ingress-rules-or-default-backend', 'error', ['Ingress routes nothing', 'Ingress 没有任何路由'], [
		'An Ingress needs spec.rules, spec.defaultBackend, or both.',
		'Ingress 需要 spec.rules 或 spec.defaultBackend（或两者都有）。',
	], `${FILE} ValidateIngressSpec`),
	semanticRule('semantic/ingress-host', 'error', ['Invalid Ingress host', 'Ingress 主机名无效'], [
		'A rule\'s host (and each spec.tls[].hosts entry) is a DNS name in lowercase, optionally with a leading "*." wildcard for one label; IP addresses and ports are not allowed.',
		'规则的 host（以及 spec.tls[].hosts 的每一项）是小写的 DNS 名称，可以用“*.”开头通配一个标签；不允许 IP 地址和端口。',
	], `${FILE} validateIngressRules`),
	semanticRule('semantic/ingress-path', 'error', ['Invalid Ingress path', 'Ingress 路径无效'], [
		'With pathType Prefix or Exact, path must be absolute (start with "/") and may not contain "//", "/./", "/../" or "%2f", nor end in "/." or "/..". An ImplementationSpecific path, when set, must also start with "/". Every rule with http needs at least one path.',
		'pathType 为 Prefix 或 Exact 时，path 必须是绝对路径（以“/”开头），不能包含“//”“/./”“/../”或“%2f”，也不能以“/.”或“/..”结尾。ImplementationSpecific 的路径如果设置了，也必须以“/”开头。每条带 http 的规则至少需要一个路径。',
	], `${FILE} validateHTTPIngressPath`),
	semanticRule('semantic/ingress-backend', 'error', ['Invalid Ingress backend', 'Ingress 后端无效'], [
		'A backend is either a service (with a name and exactly one of port.number or port.name) or a resource, never both. Port numbers are 1–65535; port names are IANA service names.',
		'后端要么是 service（带名称，并且 port.number 和 port.name 恰好设置一个），要么是 resource，不能两者都有。端口号为 1–65535；端口名称须为 IANA 服务名。',
	], `${FILE} validateIngressBackend`),
	semanticRule('semantic/ingress-tls', 'error', ['Invalid Ingress TLS entry', 'Ingress TLS 配置无效'], [
		'spec.tls[].secretName names a Secret (a DNS-1123 subdomain) and spec.tls[].hosts are DNS names, optionally wildcards.',
		'spec.tls[].secretName 是 Secret 的名称（DNS-1123 子域名），spec.tls[].hosts 是 DNS 名称，可以使用通配符。',
	], `${FILE} validateIngressTLS`),
	semanticRule('semantic/ingress-class', 'error', ['Invalid Ingress class', 'Ingress 类无效'], [
		'spec.ingressClassName names an IngressClass (a DNS-1123 subdomain); when the kubernetes.io/ingress.class annotation is also set, the two must agree.',
		'spec.ingressClassName 是 IngressClass 的名称（DNS-1123 子域名）；如果同时设置了 kubernetes.io/ingress.class 注解，两者必须一致。',
	], `${FILE} ValidateIngressCreate`),
	semanticRule('semantic/ingressclass-controller', 'error', ['Invalid IngressClass controller', 'IngressClass 控制器无效'], [
		'spec.controller is required: a domain-prefixed path such as example.com/ingress-controller, at most 250 characters.',
		'spec.controller 为必填项：形如 example.com/ingress-controller 的带域名前缀的路径，最多 250 个字符。',
	], `${FILE} validateIngressClassSpec`),
	semanticRule('semantic/ingressclass-parameters', 'error', ['Invalid IngressClass parameters', 'IngressClass 参数无效'], [
		'spec.parameters needs kind, name and scope; scope Namespace needs a namespace, scope Cluster forbids one.',
		'spec.parameters 需要 kind、name 和 scope；scope 为 Namespace 时必须有 namespace，为 Cluster 时不能有 namespace。',
	], `${FILE} validateIngressClassParametersReference`),
	semanticRule('semantic/networkpolicy-port', 'error', ['Invalid NetworkPolicy port', 'NetworkPolicy 端口无效'], [
		'A port is a number (1–65535) or an IANA port name. endPort makes a range: it needs a numeric port, must be at least port, and at most 65535.',
		'端口是端口号（1–65535）或 IANA 端口名称。endPort 表示端口范围：它要求 port 为数字，不能小于 port，且不超过 65535。',
	], `${FILE} ValidateNetworkPolicyPort`),
	semanticRule('semantic/networkpolicy-peer', 'error', ['Invalid NetworkPolicy peer', 'NetworkPolicy 对端无效'], [
		'Each from/to entry needs podSelector, namespaceSelector or ipBlock; ipBlock may not be combined with the selectors in the same entry.',
		'每个 from/to 条目需要 podSelector、namespaceSelector 或 ipBlock；同一条目中 ipBlock 不能与选择器组合。',
	], `${FILE} ValidateNetworkPolicyPeer`),
	semanticRule('semantic/networkpolicy-ip-block', 'error', ['Invalid ipBlock', 'ipBlock 无效'], [
		'ipBlock.cidr is a CIDR (e.g. 10.0.0.0/16); each except entry is a CIDR strictly inside it (longer prefix, same family).',
		'ipBlock.cidr 是 CIDR（例如 10.0.0.0/16）；except 的每一项都必须是严格位于其中的 CIDR（前缀更长、协议族相同）。',
	], `${FILE} ValidateIPBlock`),
	semanticRule('semantic/networkpolicy-policy-types', 'error', ['Too many policyTypes', 'policyTypes 过多'], [
		'policyTypes holds at most two values: Ingress and Egress.',
		'policyTypes 最多两个值：Ingress 和 Egress。',
	], `${FILE} ValidateNetworkPolicySpec`),
	semanticRule('semantic/servicecidr-cidrs', 'error', ['Invalid ServiceCIDR', 'ServiceCIDR 无效'], [
		'spec.cidrs holds one or two CIDRs, at most one per IP family (e.g. 10.96.0.0/16 and fd00:10:96::/112).',
		'spec.cidrs 包含一个或两个 CIDR，每个 IP 协议族最多一个（例如 10.96.0.0/16 和 fd00:10:96::/112）。',
	], `${FILE} validateServiceCIDRSpec`),
	semanticRule('semantic/ipaddress', 'error', ['Invalid IPAddress', 'IPAddress 无效'], [
		'An IPAddress object is named after the address it reserves (metadata.name is the IP), and spec.parentRef names the object that uses it: resource and name without "/" or "%", group a DNS-1123 subdomain ("" for core).',
		'IPAddress 对象以它所保留的地址命名（metadata.name 就是该 IP），spec.parentRef 指向使用它的对象：resource 和 name 不能包含“/”或“%”，group 为 DNS-1123 子域名（核心组为 ""）。',
	], `${FILE} ValidateIPAddress`),
];

// ---- Ingress ---------------------------------------------------------------------------------------

function hostProblem(host: string): string | undefined {
	if (parseIP(host)) return 'ip';
	if (host.includes('*')) return isWildcardDNS1123Subdomain(host) ? undefined : 'wildcard';
	return isDNS1123Subdomain(host) ? undefined : 'dns';
}

function reportHost(context: SemanticContext, rule: string, loc: Loc, host: string, problem: string): void {
	const message =
		problem === 'ip'
			? text(`Host "${host}" must be a DNS name, not an IP address.`, `主机“${host}”必须是 DNS 名称，而不是 IP 地址。`)
			: problem === 'wildcard'
				? text(`Host "${host}" is not a valid wildcard: "*." must be followed by a DNS-1123 subdomain (e.g. *.example.com); "*" may only stand for the whole first label.`, `主机“${host}”不是合法的通配符：“*.”后面必须是 DNS-1123 子域名（例如 *.example.com）；“*”只能代表完整的第一个标签。`)
				: hostHint(host);
	reportAt(context, rule, message, loc);
}

function hostHint(host: string): LocalizedText {
	const lower = isDNS1123Subdomain(host.toLowerCase());
	const port = !lower && /^[^:]+:\d+$/.test(host) && isDNS1123Subdomain(host.slice(0, host.indexOf(':')).toLowerCase());
	return text(
		`Host "${host}" is invalid: it ${DNS1123_SUBDOMAIN_TEXT.en}${lower ? ` (write it in lowercase: ${host.toLowerCase()})` : port ? ' (a port is not allowed in host)' : ''}.`,
		`主机“${host}”无效：${DNS1123_SUBDOMAIN_TEXT.zh}${lower ? `（请使用小写：${host.toLowerCase()}）` : port ? '（host 中不允许端口）' : ''}。`,
	);
}

function validateIngress(context: SemanticContext): void {
	if (context.object.apiVersion !== 'networking.k8s.io/v1') return; // v1beta1 was removed in 1.22
	const root = rootLoc(context);
	const spec = child(root, 'spec');
	const rulesLoc = child(spec, 'rules');
	const backend = child(spec, 'defaultBackend');
	if (isEmpty(rulesLoc) && !isSet(backend)) {
		context.report(
			'semantic/ingress-rules-or-default-backend',
			text('This Ingress has neither spec.rules nor spec.defaultBackend: it would route nothing. Add rules, a defaultBackend, or both.', '这个 Ingress 既没有 spec.rules 也没有 spec.defaultBackend：它不会路由任何流量。请添加 rules、defaultBackend 或两者。'),
			rulesLoc.key ?? spec.key ?? child(root, 'kind').at,
			['spec'],
		);
	}
	if (isSet(backend)) validateBackend(context, backend);
	for (const rule of elements(rulesLoc)) {
		const hostLoc = child(rule, 'host');
		const host = str(hostLoc);
		if (host) {
			const problem = hostProblem(host);
			if (problem) reportHost(context, 'semantic/ingress-host', hostLoc, host, problem);
		}
		const http = child(rule, 'http');
		if (!isSet(http)) continue;
		const paths = child(http, 'paths');
		if (paths.present && isEmpty(paths)) {
			reportKey(context, 'semantic/ingress-path', text('http.paths needs at least one path.', 'http.paths 至少需要一个路径。'), paths);
		}
		for (const path of elements(paths)) validatePath(context, path);
	}
	for (const tls of elements(child(spec, 'tls'))) {
		for (const hostLoc of elements(child(tls, 'hosts'))) {
			const host = str(hostLoc);
			if (host === undefined) continue;
			// validateIngressTLS checks the DNS (or wildcard) syntax only: an IPv4 address passes it.
			const problem = host.includes('*') ? (isWildcardDNS1123Subdomain(host) ? undefined : 'wildcard') : isDNS1123Subdomain(host) ? undefined : 'dns';
			if (problem) reportHost(context, 'semantic/ingress-tls', hostLoc, host, problem);
		}
		const secretLoc = child(tls, 'secretName');
		const secret = str(secretLoc);
		if (secret && !isDNS1123Subdomain(secret)) {
			reportAt(context, 'semantic/ingress-tls', text(`secretName "${secret}" is not a valid Secret name: it ${DNS1123_SUBDOMAIN_TEXT.en}.`, `secretName“${secret}”不是合法的 Secret 名称：${DNS1123_SUBDOMAIN_TEXT.zh}。`), secretLoc);
		}
	}
	const classLoc = child(spec, 'ingressClassName');
	const className = str(classLoc);
	if (className !== undefined && isSet(classLoc)) {
		if (!isDNS1123Subdomain(className)) {
			reportAt(context, 'semantic/ingress-class', text(`ingressClassName "${className}" is invalid: it ${DNS1123_SUBDOMAIN_TEXT.en}.`, `ingressClassName“${className}”无效：${DNS1123_SUBDOMAIN_TEXT.zh}。`), classLoc);
		}
		const annotation = child(dig(root, 'metadata', 'annotations'), 'kubernetes.io/ingress.class');
		const annotationValue = str(annotation);
		if (annotation.present && annotationValue !== undefined && annotationValue !== className) {
			reportAt(context, 'semantic/ingress-class', text(`The kubernetes.io/ingress.class annotation ("${annotationValue}") must match spec.ingressClassName ("${className}") when both are set; the annotation is deprecated, so remove it.`, `同时设置时，kubernetes.io/ingress.class 注解（“${annotationValue}”）必须与 spec.ingressClassName（“${className}”）一致；该注解已弃用，请删除它。`), annotation);
		}
	}
}

const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];

function validatePath(context: SemanticContext, pathItem: Loc): void {
	const typeLoc = child(pathItem, 'pathType');
	const pathType = str(typeLoc);
	const pathLoc = child(pathItem, 'path');
	const path = str(pathLoc) ?? '';
	const at = pathLoc.present ? pathLoc : pathLoc.pointingAt(typeLoc.at, typeLoc.key);
	const rule = 'semantic/ingress-path';
	if (pathType === 'Exact' || pathType === 'Prefix') {
		if (!path.startsWith('/')) {
			reportAt(context, rule, pathLoc.present
				? text(`Path "${path}" must be absolute for pathType ${pathType}: start it with "/" (e.g. "/${path}").`, `pathType 为 ${pathType} 时路径“${path}”必须是绝对路径：请以“/”开头（例如“/${path}”）。`)
				: text(`pathType ${pathType} needs an absolute path: add path: / (or the prefix to match).`, `pathType 为 ${pathType} 时需要绝对路径：请添加 path: /（或要匹配的前缀）。`), at);
		}
		for (const sequence of INVALID_SEQUENCES) {
			if (path.includes(sequence)) reportAt(context, rule, text(`Path "${path}" must not contain "${sequence}".`, `路径“${path}”不能包含“${sequence}”。`), pathLoc);
		}
		for (const suffix of INVALID_SUFFIXES) {
			if (path.endsWith(suffix)) reportAt(context, rule, text(`Path "${path}" must not end with "${suffix}".`, `路径“${path}”不能以“${suffix}”结尾。`), pathLoc);
		}
	} else if (pathType === 'ImplementationSpecific' && path !== '' && !path.startsWith('/')) {
		reportAt(context, rule, text(`Path "${path}" must be absolute: start it with "/".`, `路径“${path}”必须是绝对路径：请以“/”开头。`), pathLoc);
	}
	if (pathType === undefined) return; // missing pathType: the schema layer reports it; Go stops here too
	const backend = child(pathItem, 'backend');
	if (isSet(backend)) validateBackend(context, backend);
}

function validateBackend(context: SemanticContext, backend: Loc): void {
	const rule = 'semantic/ingress-backend';
	const service = child(backend, 'service');
	const resource = child(backend, 'resource');
	if (isSet(service) && isSet(resource)) {
		reportKey(context, rule, text('A backend may not set both service and resource.', '后端不能同时设置 service 和 resource。'), resource);
		return;
	}
	if (isSet(resource)) {
		for (const name of ['kind', 'name']) {
			const loc = child(resource, name);
			const value = str(loc);
			if (value === '') reportAt(context, rule, text(`resource.${name} is required.`, `resource.${name} 为必填项。`), loc);
			const problem = value ? pathSegmentProblem(value) : undefined;
			if (problem) reportAt(context, rule, text(`resource.${name} "${value}" is invalid: it ${problem.en}.`, `resource.${name}“${value}”无效：${problem.zh}。`), loc);
		}
		const groupLoc = child(resource, 'apiGroup');
		const group = str(groupLoc);
		if (group && !isDNS1123Subdomain(group)) reportAt(context, rule, text(`resource.apiGroup "${group}" is invalid: it ${DNS1123_SUBDOMAIN_TEXT.en}.`, `resource.apiGroup“${group}”无效：${DNS1123_SUBDOMAIN_TEXT.zh}。`), groupLoc);
		return;
	}
	if (!isSet(service)) {
		reportKey(context, rule, text('A backend needs a service (name and port) or a resource.', '后端需要 service（名称和端口）或 resource。'), backend);
		return;
	}
	const nameLoc = child(service, 'name');
	const name = str(nameLoc);
	// A DNS-1035 label, or a DNS-1123 label with RelaxedServiceNameValidation: only what fails both is reported.
	if (name && !isDNS1123Label(name)) {
		reportAt(context, rule, text(`Service name "${name}" is invalid: it ${DNS1123_LABEL_TEXT.en}.`, `Service 名称“${name}”无效：${DNS1123_LABEL_TEXT.zh}。`), nameLoc);
	}
	const port = child(service, 'port');
	const portName = str(child(port, 'name')) ?? '';
	const portNumber = num(child(port, 'number')) ?? 0;
	if (portName !== '' && portNumber !== 0) {
		reportKey(context, rule, text(`service.port sets both name ("${portName}") and number (${portNumber}): set exactly one.`, `service.port 同时设置了 name（“${portName}”）和 number（${portNumber}）：只能设置一个。`), child(port, 'name'));
	} else if (portName !== '') {
		const problem = portNameProblem(portName);
		if (problem) reportAt(context, rule, text(`Port name "${portName}" is invalid: it ${problem.en}.`, `端口名称“${portName}”无效：${problem.zh}。`), child(port, 'name'));
	} else if (portNumber !== 0) {
		if (!isValidPortNum(portNumber)) reportAt(context, rule, text(`Port number ${portNumber} is out of range: it must be between 1 and 65535.`, `端口号 ${portNumber} 超出范围：必须在 1 到 65535 之间。`), child(port, 'number'));
	} else {
		context.report(rule, text('service.port needs a number or a name.', 'service.port 需要 number 或 name。'), port.key ?? service.key, [...service.path, 'port']);
	}
}

// ---- IngressClass ----------------------------------------------------------------------------------

const HTTP_PATH = /^[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

function validateIngressClass(context: SemanticContext): void {
	const root = rootLoc(context);
	const spec = child(root, 'spec');
	const controllerLoc = child(spec, 'controller');
	const controller = str(controllerLoc) ?? '';
	const rule = 'semantic/ingressclass-controller';
	if (controller === '') {
		context.report(rule, text('spec.controller is required: the name of the controller that implements this class, e.g. example.com/ingress-controller.', 'spec.controller 为必填项：实现这个类的控制器名称，例如 example.com/ingress-controller。'), controllerLoc.at ?? spec.key ?? child(root, 'kind').at, ['spec', 'controller']);
	} else {
		const slash = controller.indexOf('/');
		const domain = slash === -1 ? '' : controller.slice(0, slash);
		const rest = slash === -1 ? '' : controller.slice(slash + 1);
		if (controller.length > 250) reportAt(context, rule, text(`controller must be at most 250 characters (it has ${controller.length}).`, `controller 最多 250 个字符（现有 ${controller.length} 个）。`), controllerLoc);
		if (domain === '' || rest === '') reportAt(context, rule, text(`controller "${controller}" must be a domain-prefixed path such as example.com/ingress-controller.`, `controller“${controller}”必须是带域名前缀的路径，例如 example.com/ingress-controller。`), controllerLoc);
		else if (!isDNS1123Subdomain(domain)) reportAt(context, rule, text(`The domain "${domain}" of controller "${controller}" ${DNS1123_SUBDOMAIN_TEXT.en}.`, `controller“${controller}”的域名“${domain}”${DNS1123_SUBDOMAIN_TEXT.zh}。`), controllerLoc);
		else if (!HTTP_PATH.test(rest)) reportAt(context, rule, text(`The path "${rest}" of controller "${controller}" may contain only letters, digits and -._~%!$&'()*+,;=:/.`, `controller“${controller}”的路径“${rest}”只能包含字母、数字和 -._~%!$&'()*+,;=:/。`), controllerLoc);
	}
	const params = child(spec, 'parameters');
	if (!isSet(params)) return;
	const prule = 'semantic/ingressclass-parameters';
	for (const name of ['kind', 'name']) {
		const loc = child(params, name);
		const value = str(loc);
		if (value === '') reportAt(context, prule, text(`parameters.${name} is required.`, `parameters.${name} 为必填项。`), loc);
		const problem = value ? pathSegmentProblem(value) : undefined;
		if (problem) reportAt(context, prule, text(`parameters.${name} "${value}" is invalid: it ${problem.en}.`, `parameters.${name}“${value}”无效：${problem.zh}。`), loc);
	}
	const scopeLoc = child(params, 'scope');
	const namespaceLoc = child(params, 'namespace');
	const scope = str(scopeLoc);
	if (!isSet(scopeLoc)) {
		context.report(prule, text('parameters.scope is required: Cluster or Namespace.', 'parameters.scope 为必填项：Cluster 或 Namespace。'), params.key, [...params.path, 'scope']);
	} else if (scope !== 'Cluster' && scope !== 'Namespace') {
		reportAt(context, prule, text(`parameters.scope "${scope}" is not supported: use Cluster or Namespace.`, `不支持 parameters.scope“${scope}”：请使用 Cluster 或 Namespace。`), scopeLoc);
	} else if (scope === 'Namespace' && !isSet(namespaceLoc)) {
		reportAt(context, prule, text('parameters.namespace is required when parameters.scope is Namespace.', 'parameters.scope 为 Namespace 时必须设置 parameters.namespace。'), scopeLoc);
	} else if (scope === 'Cluster' && isSet(namespaceLoc)) {
		reportKey(context, prule, text('parameters.namespace may not be set when parameters.scope is Cluster.', 'parameters.scope 为 Cluster 时不能设置 parameters.namespace。'), namespaceLoc);
	} else if (scope === 'Namespace') {
		const namespace = str(namespaceLoc);
		if (namespace !== undefined && !isDNS1123Label(namespace)) reportAt(context, prule, text(`parameters.namespace "${namespace}" is invalid: it ${DNS1123_LABEL_TEXT.en}.`, `parameters.namespace“${namespace}”无效：${DNS1123_LABEL_TEXT.zh}。`), namespaceLoc);
	}
}

// ---- NetworkPolicy ---------------------------------------------------------------------------------

function validatePolicyPort(context: SemanticContext, item: Loc): void {
	const rule = 'semantic/networkpolicy-port';
	const portLoc = child(item, 'port');
	const endLoc = child(item, 'endPort');
	const endPort = num(endLoc);
	const port = isSet(portLoc) ? readIntOrString(portLoc.node) : undefined;
	if (!port) {
		if (endPort !== undefined) reportKey(context, rule, text('endPort may not be specified when port is not specified.', '未指定 port 时不能指定 endPort。'), endLoc);
		return;
	}
	if (port.type === 'int') {
		if (!isValidPortNum(port.value)) reportAt(context, rule, text(`Port ${port.value} is out of range: it must be between 1 and 65535.`, `端口 ${port.value} 超出范围：必须在 1 到 65535 之间。`), portLoc);
		if (endPort !== undefined) {
			if (endPort < port.value) reportAt(context, rule, text(`endPort ${endPort} must be greater than or equal to port (${port.value}).`, `endPort ${endPort} 必须大于或等于 port（${port.value}）。`), endLoc);
			if (!isValidPortNum(endPort)) reportAt(context, rule, text(`endPort ${endPort} is out of range: it must be between 1 and 65535.`, `endPort ${endPort} 超出范围：必须在 1 到 65535 之间。`), endLoc);
		}
		return;
	}
	if (endPort !== undefined) reportKey(context, rule, text(`endPort may not be specified when port is a name ("${port.value}"): a range needs a numeric port.`, `port 为名称（“${port.value}”）时不能指定 endPort：端口范围需要数字端口。`), endLoc);
	const problem = portNameProblem(port.value);
	if (problem) {
		const numeric = /^\d+$/.test(port.value);
		reportAt(context, rule, text(`Port "${port.value}" is not a valid port name: it ${problem.en}.${numeric ? ` Write ${port.value} without quotes for a port number.` : ''}`, `端口“${port.value}”不是合法的端口名称：${problem.zh}。${numeric ? `如果要写端口号，请去掉引号写成 ${port.value}。` : ''}`), portLoc);
	}
}

function validatePeer(context: SemanticContext, peer: Loc): void {
	const rule = 'semantic/networkpolicy-peer';
	const ipBlock = child(peer, 'ipBlock');
	const count = ['podSelector', 'namespaceSelector', 'ipBlock'].filter((name) => isSet(child(peer, name))).length;
	if (count === 0) {
		reportAt(context, rule, text('This peer selects nothing: set podSelector, namespaceSelector or ipBlock (an empty podSelector: {} selects every Pod in the namespace).', '这个对端没有选择任何内容：请设置 podSelector、namespaceSelector 或 ipBlock（空的 podSelector: {} 会选中命名空间内的所有 Pod）。'), peer);
		return;
	}
	if (count > 1 && isSet(ipBlock)) {
		reportKey(context, rule, text('ipBlock may not be combined with podSelector or namespaceSelector in the same peer: make them separate list entries.', '同一个对端中 ipBlock 不能与 podSelector 或 namespaceSelector 组合：请把它们写成列表中的不同条目。'), ipBlock);
	}
	if (isSet(ipBlock)) validateIPBlock(context, ipBlock);
	checkLabelSelectorAt(context, child(peer, 'podSelector'));
	checkLabelSelectorAt(context, child(peer, 'namespaceSelector'));
}

function validateIPBlock(context: SemanticContext, ipBlock: Loc): void {
	const rule = 'semantic/networkpolicy-ip-block';
	const cidrLoc = child(ipBlock, 'cidr');
	const cidrText = str(cidrLoc);
	if (cidrText === undefined) return; // missing: the schema reports the required field
	if (cidrText === '') {
		reportAt(context, rule, text('ipBlock.cidr is required: a CIDR such as 10.0.0.0/16.', 'ipBlock.cidr 为必填项：例如 10.0.0.0/16 这样的 CIDR。'), cidrLoc);
		return;
	}
	const cidr = parseCIDRSloppy(cidrText);
	if (!cidr) {
		reportAt(context, rule, text(`"${cidrText}" is not a valid CIDR (e.g. 10.0.0.0/16 or 2001:db8::/48)${parseIP(cidrText) ? `; for a single address write ${cidrText}/${cidrText.includes(':') ? 128 : 32}` : ''}.`, `“${cidrText}”不是合法的 CIDR（例如 10.0.0.0/16 或 2001:db8::/48）${parseIP(cidrText) ? `；单个地址请写成 ${cidrText}/${cidrText.includes(':') ? 128 : 32}` : ''}。`), cidrLoc);
		return;
	}
	for (const exceptLoc of elements(child(ipBlock, 'except'))) {
		const exceptText = str(exceptLoc);
		if (exceptText === undefined) continue;
		const except = parseCIDRSloppy(exceptText);
		if (!except) {
			reportAt(context, rule, text(`"${exceptText}" is not a valid CIDR (e.g. 10.0.5.0/24).`, `“${exceptText}”不是合法的 CIDR（例如 10.0.5.0/24）。`), exceptLoc);
			continue;
		}
		// Go compares the masks as parsed and tests the except network address against cidr.
		if (!cidrContainsNetworkOf(cidr, except) || cidr.prefix >= except.prefix) {
			reportAt(context, rule, text(`except "${exceptText}" must be a strict subset of cidr "${cidrText}" (inside it, with a longer prefix).`, `except“${exceptText}”必须是 cidr“${cidrText}”的真子集（位于其中且前缀更长）。`), exceptLoc);
		}
	}
}

function validateNetworkPolicy(context: SemanticContext): void {
	const spec = child(rootLoc(context), 'spec');
	checkLabelSelectorAt(context, child(spec, 'podSelector'));
	for (const [list, peers] of [['ingress', 'from'], ['egress', 'to']] as const) {
		for (const rule of elements(child(spec, list))) {
			for (const port of elements(child(rule, 'ports'))) validatePolicyPort(context, port);
			for (const peer of elements(child(rule, peers))) validatePeer(context, peer);
		}
	}
	const types = child(spec, 'policyTypes');
	if (sizeOf(types) > 2) reportKey(context, 'semantic/networkpolicy-policy-types', text(`policyTypes may hold at most two values (Ingress, Egress); it has ${sizeOf(types)}.`, `policyTypes 最多两个值（Ingress、Egress）；现在有 ${sizeOf(types)} 个。`), types);
}

// ---- ServiceCIDR and IPAddress ---------------------------------------------------------------------

function validateServiceCIDR(context: SemanticContext): void {
	const root = rootLoc(context);
	const spec = child(root, 'spec');
	const cidrs = child(spec, 'cidrs');
	const rule = 'semantic/servicecidr-cidrs';
	if (isEmpty(cidrs)) {
		context.report(rule, text('spec.cidrs needs at least one CIDR, e.g. [10.96.0.0/16].', 'spec.cidrs 至少需要一个 CIDR，例如 [10.96.0.0/16]。'), cidrs.key ?? spec.key ?? child(root, 'kind').at, ['spec', 'cidrs']);
		return;
	}
	const list = elements(cidrs);
	if (list.length > 2) {
		reportKey(context, rule, text(`spec.cidrs may hold at most 2 values (one per IP family); it has ${list.length}.`, `spec.cidrs 最多只能有 2 个值（每个 IP 协议族一个）；现在有 ${list.length} 个。`), cidrs);
		return;
	}
	const parsed = list.map((loc) => {
		const value = str(loc);
		const cidr = value === undefined ? undefined : parseCIDRSloppy(value);
		if (value !== undefined && !cidr) reportAt(context, rule, text(`"${value}" is not a valid CIDR (e.g. 10.96.0.0/16 or fd00:10:96::/112).`, `“${value}”不是合法的 CIDR（例如 10.96.0.0/16 或 fd00:10:96::/112）。`), loc);
		return cidr;
	});
	if (parsed.length === 2 && parsed[0] && parsed[1] && parsed[0].family === parsed[1].family) {
		reportAt(context, rule, text(`spec.cidrs may hold only one CIDR per IP family; both are ${parsed[0].family}.`, `spec.cidrs 中每个 IP 协议族只能有一个 CIDR；这两个都是 ${parsed[0].family}。`), list[1]!);
	}
}

function validateIPAddress(context: SemanticContext): void {
	const root = rootLoc(context);
	const rule = 'semantic/ipaddress';
	const nameLoc = child(child(root, 'metadata'), 'name');
	const name = str(nameLoc);
	if (name && !parseIP(name)) reportAt(context, rule, text(`An IPAddress is named after its address: "${name}" is not an IP address (e.g. 10.96.0.10 or 2001:db8::a).`, `IPAddress 以其地址命名：“${name}”不是 IP 地址（例如 10.96.0.10 或 2001:db8::a）。`), nameLoc);
	const ref = child(child(root, 'spec'), 'parentRef');
	if (!isSet(ref)) return; // required by the schema
	const groupLoc = child(ref, 'group');
	const group = str(groupLoc);
	if (group && !isDNS1123Subdomain(group)) reportAt(context, rule, text(`parentRef.group "${group}" is invalid: it ${DNS1123_SUBDOMAIN_TEXT.en}.`, `parentRef.group“${group}”无效：${DNS1123_SUBDOMAIN_TEXT.zh}。`), groupLoc);
	for (const field of ['resource', 'name', 'namespace']) {
		const loc = child(ref, field);
		const value = str(loc);
		if (value === '' && field !== 'namespace') reportAt(context, rule, text(`parentRef.${field} is required.`, `parentRef.${field} 为必填项。`), loc);
		const problem = value ? pathSegmentProblem(value) : undefined;
		if (problem) reportAt(context, rule, text(`parentRef.${field} "${value}" is invalid: it ${problem.en}.`, `parentRef.${field}“${value}”无效：${problem.zh}。`), loc);
	}
}

export const validators: Record<string, SemanticValidator> = {
	'networking.k8s.io/ServiceCIDR': validateServiceCIDR,
	'networking.k8s.io/IPAddress': validateIPAddress,
	'networking.k8s.io/Ingress': validateIngress,
	'networking.k8s.io/IngressClass': validateIngressClass,
	'networking.k8s.io/NetworkPolicy': validateNetworkPolicy,
};
