// networking.k8s.io, as kube-apiserver validates it (pkg/apis/networking/validation/validation.go): Ingress
// rules, paths and backends; IngressClass controllers and parameters; NetworkPolicy ports and peers, with
// ipBlock CIDRs read by the same strict parser the CIDR playground uses (k8s.io/utils/net ParseCIDRSloppy).
// networking/v1 applies no defaults that these checks depend on (pathType has none: it is required).
import type { SemanticContext, SemanticValidator } from './context.ts';
import type { RuleId } from '../rule-catalogue.ts';
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
import { message as toMessage, type ManifestMessage } from '../message.ts';

const FILE = 'pkg/apis/networking/validation/validation.go';

export const rules = [
	semanticRule('semantic/ingress-rules-or-default-backend', 'error', `${FILE} ValidateIngressSpec`),
	semanticRule('semantic/ingress-host', 'error', `${FILE} validateIngressRules`),
	semanticRule('semantic/ingress-path', 'error', `${FILE} validateHTTPIngressPath`),
	semanticRule('semantic/ingress-backend', 'error', `${FILE} validateIngressBackend`),
	semanticRule('semantic/ingress-tls', 'error', `${FILE} validateIngressTLS`),
	semanticRule('semantic/ingress-class', 'error', `${FILE} ValidateIngressCreate`),
	semanticRule('semantic/ingressclass-controller', 'error', `${FILE} validateIngressClassSpec`),
	semanticRule('semantic/ingressclass-parameters', 'error', `${FILE} validateIngressClassParametersReference`),
	semanticRule('semantic/networkpolicy-port', 'error', `${FILE} ValidateNetworkPolicyPort`),
	semanticRule('semantic/networkpolicy-peer', 'error', `${FILE} ValidateNetworkPolicyPeer`),
	semanticRule('semantic/networkpolicy-ip-block', 'error', `${FILE} ValidateIPBlock`),
	semanticRule('semantic/networkpolicy-policy-types', 'error', `${FILE} ValidateNetworkPolicySpec`),
	semanticRule('semantic/servicecidr-cidrs', 'error', `${FILE} validateServiceCIDRSpec`),
	semanticRule('semantic/ipaddress', 'error', `${FILE} ValidateIPAddress`),
];

// ---- Ingress ---------------------------------------------------------------------------------------

function hostProblem(host: string): string | undefined {
	if (parseIP(host)) return 'ip';
	if (host.includes('*')) return isWildcardDNS1123Subdomain(host) ? undefined : 'wildcard';
	return isDNS1123Subdomain(host) ? undefined : 'dns';
}

function reportHost(context: SemanticContext, rule: RuleId, loc: Loc, host: string, problem: string): void {
	const message =
		problem === 'ip' ? toMessage('fragment/message', { host }) : problem === 'wildcard' ? toMessage('fragment/message:host-is-not-a-valid', { host }) : hostHint(host);
	reportAt(context, rule, message, loc);
}

function hostHint(host: string): ManifestMessage {
	const lower = isDNS1123Subdomain(host.toLowerCase());
	const port = !lower && /^[^:]+:\d+$/.test(host) && isDNS1123Subdomain(host.slice(0, host.indexOf(':')).toLowerCase());
	return toMessage('fragment/host-hint', { host, DNS1123_SUBDOMAIN_TEXT, hasLower: lower, host2: host.toLowerCase(), hasPort: port });
}

function validateIngress(context: SemanticContext): void {
	if (context.object.apiVersion !== 'networking.k8s.io/v1') return; // v1beta1 was removed in 1.22
	const root = rootLoc(context);
	const spec = child(root, 'spec');
	const rulesLoc = child(spec, 'rules');
	const backend = child(spec, 'defaultBackend');
	if (isEmpty(rulesLoc) && !isSet(backend)) {
		context.report('semantic/ingress-rules-or-default-backend', toMessage('semantic/ingress-rules-or-default-backend'), rulesLoc.key ?? spec.key ?? child(root, 'kind').at, [
			'spec',
		]);
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
			reportKey(context, 'semantic/ingress-path', toMessage('semantic/ingress-path'), paths);
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
			reportAt(context, 'semantic/ingress-tls', toMessage('semantic/ingress-tls', { secret, DNS1123_SUBDOMAIN_TEXT }), secretLoc);
		}
	}
	const classLoc = child(spec, 'ingressClassName');
	const className = str(classLoc);
	if (className !== undefined && isSet(classLoc)) {
		if (!isDNS1123Subdomain(className)) {
			reportAt(context, 'semantic/ingress-class', toMessage('semantic/ingress-class', { className, DNS1123_SUBDOMAIN_TEXT }), classLoc);
		}
		const annotation = child(dig(root, 'metadata', 'annotations'), 'kubernetes.io/ingress.class');
		const annotationValue = str(annotation);
		if (annotation.present && annotationValue !== undefined && annotationValue !== className) {
			reportAt(context, 'semantic/ingress-class', toMessage('semantic/ingress-class:the-kubernetes-io-ingress-class-annotati', { annotationValue, className }), annotation);
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
			reportAt(
				context,
				rule,
				pathLoc.present
					? toMessage('semantic/ingress-path:path-must-be-absolute-for', { path, pathType })
					: toMessage('semantic/ingress-path:path-type-needs-an-absolute-path', { pathType }),
				at,
			);
		}
		for (const sequence of INVALID_SEQUENCES) {
			if (path.includes(sequence)) reportAt(context, rule, toMessage('semantic/ingress-path:path-must-not-contain', { path, sequence }), pathLoc);
		}
		for (const suffix of INVALID_SUFFIXES) {
			if (path.endsWith(suffix)) reportAt(context, rule, toMessage('semantic/ingress-path:path-must-not-end-with', { path, suffix }), pathLoc);
		}
	} else if (pathType === 'ImplementationSpecific' && path !== '' && !path.startsWith('/')) {
		reportAt(context, rule, toMessage('semantic/ingress-path:path-must-be-absolute-start', { path }), pathLoc);
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
		reportKey(context, rule, toMessage('semantic/ingress-backend'), resource);
		return;
	}
	if (isSet(resource)) {
		for (const name of ['kind', 'name']) {
			const loc = child(resource, name);
			const value = str(loc);
			if (value === '') reportAt(context, rule, toMessage('semantic/ingress-backend:resource-is-required', { name }), loc);
			const problem = value ? pathSegmentProblem(value) : undefined;
			if (problem) reportAt(context, rule, toMessage('semantic/ingress-backend:resource-is-invalid-it', { name, value, problem }), loc);
		}
		const groupLoc = child(resource, 'apiGroup');
		const group = str(groupLoc);
		if (group && !isDNS1123Subdomain(group))
			reportAt(context, rule, toMessage('semantic/ingress-backend:resource-api-group-is-invalid-it', { group, DNS1123_SUBDOMAIN_TEXT }), groupLoc);
		return;
	}
	if (!isSet(service)) {
		reportKey(context, rule, toMessage('semantic/ingress-backend:a-backend-needs-a-service'), backend);
		return;
	}
	const nameLoc = child(service, 'name');
	const name = str(nameLoc);
	// A DNS-1035 label, or a DNS-1123 label with RelaxedServiceNameValidation: only what fails both is reported.
	if (name && !isDNS1123Label(name)) {
		reportAt(context, rule, toMessage('semantic/ingress-backend:service-name-is-invalid-it', { name, DNS1123_LABEL_TEXT }), nameLoc);
	}
	const port = child(service, 'port');
	const portName = str(child(port, 'name')) ?? '';
	const portNumber = num(child(port, 'number')) ?? 0;
	if (portName !== '' && portNumber !== 0) {
		reportKey(context, rule, toMessage('semantic/ingress-backend:service-port-sets-both-name-and', { portName, portNumber }), child(port, 'name'));
	} else if (portName !== '') {
		const problem = portNameProblem(portName);
		if (problem) reportAt(context, rule, toMessage('semantic/ingress-backend:port-name-is-invalid-it', { portName, problem }), child(port, 'name'));
	} else if (portNumber !== 0) {
		if (!isValidPortNum(portNumber)) reportAt(context, rule, toMessage('semantic/ingress-backend:port-number-is-out-of', { portNumber }), child(port, 'number'));
	} else {
		context.report(rule, toMessage('semantic/ingress-backend:service-port-needs-a-number-or'), port.key ?? service.key, [...service.path, 'port']);
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
		context.report(rule, toMessage('semantic/ingressclass-controller'), controllerLoc.at ?? spec.key ?? child(root, 'kind').at, ['spec', 'controller']);
	} else {
		const slash = controller.indexOf('/');
		const domain = slash === -1 ? '' : controller.slice(0, slash);
		const rest = slash === -1 ? '' : controller.slice(slash + 1);
		if (controller.length > 250)
			reportAt(context, rule, toMessage('semantic/ingressclass-controller:controller-must-be-at-most', { controllerCount: controller.length }), controllerLoc);
		if (domain === '' || rest === '')
			reportAt(context, rule, toMessage('semantic/ingressclass-controller:controller-must-be-a-domain-prefixed', { controller }), controllerLoc);
		else if (!isDNS1123Subdomain(domain))
			reportAt(context, rule, toMessage('semantic/ingressclass-controller:the-domain-of-controller', { domain, controller, DNS1123_SUBDOMAIN_TEXT }), controllerLoc);
		else if (!HTTP_PATH.test(rest)) reportAt(context, rule, toMessage('semantic/ingressclass-controller:the-path-of-controller-may', { rest, controller }), controllerLoc);
	}
	const params = child(spec, 'parameters');
	if (!isSet(params)) return;
	const prule = 'semantic/ingressclass-parameters';
	for (const name of ['kind', 'name']) {
		const loc = child(params, name);
		const value = str(loc);
		if (value === '') reportAt(context, prule, toMessage('semantic/ingressclass-parameters', { name }), loc);
		const problem = value ? pathSegmentProblem(value) : undefined;
		if (problem) reportAt(context, prule, toMessage('semantic/ingressclass-parameters:parameters-is-invalid-it', { name, value, problem }), loc);
	}
	const scopeLoc = child(params, 'scope');
	const namespaceLoc = child(params, 'namespace');
	const scope = str(scopeLoc);
	if (!isSet(scopeLoc)) {
		context.report(prule, toMessage('semantic/ingressclass-parameters:parameters-scope-is-required-cluster-or'), params.key, [...params.path, 'scope']);
	} else if (scope !== 'Cluster' && scope !== 'Namespace') {
		reportAt(context, prule, toMessage('semantic/ingressclass-parameters:parameters-scope-is-not-supported-use', { scope }), scopeLoc);
	} else if (scope === 'Namespace' && !isSet(namespaceLoc)) {
		reportAt(context, prule, toMessage('semantic/ingressclass-parameters:parameters-namespace-is-required-when-pa'), scopeLoc);
	} else if (scope === 'Cluster' && isSet(namespaceLoc)) {
		reportKey(context, prule, toMessage('semantic/ingressclass-parameters:parameters-namespace-may-not-be-set'), namespaceLoc);
	} else if (scope === 'Namespace') {
		const namespace = str(namespaceLoc);
		if (namespace !== undefined && !isDNS1123Label(namespace))
			reportAt(context, prule, toMessage('semantic/ingressclass-parameters:parameters-namespace-is-invalid-it', { namespace, DNS1123_LABEL_TEXT }), namespaceLoc);
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
		if (endPort !== undefined) reportKey(context, rule, toMessage('semantic/networkpolicy-port'), endLoc);
		return;
	}
	if (port.type === 'int') {
		if (!isValidPortNum(port.value)) reportAt(context, rule, toMessage('semantic/networkpolicy-port:port-is-out-of-range', { value: port.value }), portLoc);
		if (endPort !== undefined) {
			if (endPort < port.value) reportAt(context, rule, toMessage('semantic/networkpolicy-port:end-port-must-be-greater-than', { endPort, value: port.value }), endLoc);
			if (!isValidPortNum(endPort)) reportAt(context, rule, toMessage('semantic/networkpolicy-port:end-port-is-out-of-range', { endPort }), endLoc);
		}
		return;
	}
	if (endPort !== undefined) reportKey(context, rule, toMessage('semantic/networkpolicy-port:end-port-may-not-be-specified', { value: port.value }), endLoc);
	const problem = portNameProblem(port.value);
	if (problem) {
		const numeric = /^\d+$/.test(port.value);
		reportAt(context, rule, toMessage('semantic/networkpolicy-port:port-is-not-a-valid', { value: port.value, problem, hasNumeric: numeric }), portLoc);
	}
}

function validatePeer(context: SemanticContext, peer: Loc): void {
	const rule = 'semantic/networkpolicy-peer';
	const ipBlock = child(peer, 'ipBlock');
	const count = ['podSelector', 'namespaceSelector', 'ipBlock'].filter((name) => isSet(child(peer, name))).length;
	if (count === 0) {
		reportAt(context, rule, toMessage('semantic/networkpolicy-peer'), peer);
		return;
	}
	if (count > 1 && isSet(ipBlock)) {
		reportKey(context, rule, toMessage('semantic/networkpolicy-peer:ip-block-may-not-be-combined'), ipBlock);
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
		reportAt(context, rule, toMessage('semantic/networkpolicy-ip-block'), cidrLoc);
		return;
	}
	const cidr = parseCIDRSloppy(cidrText);
	if (!cidr) {
		reportAt(
			context,
			rule,
			toMessage('semantic/networkpolicy-ip-block:is-not-a-valid-cidr', { cidrText, hasParseIP: !!parseIP(cidrText), value: cidrText.includes(':') ? 128 : 32 }),
			cidrLoc,
		);
		return;
	}
	for (const exceptLoc of elements(child(ipBlock, 'except'))) {
		const exceptText = str(exceptLoc);
		if (exceptText === undefined) continue;
		const except = parseCIDRSloppy(exceptText);
		if (!except) {
			reportAt(context, rule, toMessage('semantic/networkpolicy-ip-block:is-not-a-valid-cidr-2', { exceptText }), exceptLoc);
			continue;
		}
		// Go compares the masks as parsed and tests the except network address against cidr.
		if (!cidrContainsNetworkOf(cidr, except) || cidr.prefix >= except.prefix) {
			reportAt(context, rule, toMessage('semantic/networkpolicy-ip-block:except-must-be-a-strict', { exceptText, cidrText }), exceptLoc);
		}
	}
}

function validateNetworkPolicy(context: SemanticContext): void {
	const spec = child(rootLoc(context), 'spec');
	checkLabelSelectorAt(context, child(spec, 'podSelector'));
	for (const [list, peers] of [
		['ingress', 'from'],
		['egress', 'to'],
	] as const) {
		for (const rule of elements(child(spec, list))) {
			for (const port of elements(child(rule, 'ports'))) validatePolicyPort(context, port);
			for (const peer of elements(child(rule, peers))) validatePeer(context, peer);
		}
	}
	const types = child(spec, 'policyTypes');
	if (sizeOf(types) > 2) reportKey(context, 'semantic/networkpolicy-policy-types', toMessage('semantic/networkpolicy-policy-types', { sizeOf: sizeOf(types) }), types);
}

// ---- ServiceCIDR and IPAddress ---------------------------------------------------------------------

function validateServiceCIDR(context: SemanticContext): void {
	const root = rootLoc(context);
	const spec = child(root, 'spec');
	const cidrs = child(spec, 'cidrs');
	const rule = 'semantic/servicecidr-cidrs';
	if (isEmpty(cidrs)) {
		context.report(rule, toMessage('semantic/servicecidr-cidrs'), cidrs.key ?? spec.key ?? child(root, 'kind').at, ['spec', 'cidrs']);
		return;
	}
	const list = elements(cidrs);
	if (list.length > 2) {
		reportKey(context, rule, toMessage('semantic/servicecidr-cidrs:spec-cidrs-may-hold-at-most', { listCount: list.length }), cidrs);
		return;
	}
	const parsed = list.map((loc) => {
		const value = str(loc);
		const cidr = value === undefined ? undefined : parseCIDRSloppy(value);
		if (value !== undefined && !cidr) reportAt(context, rule, toMessage('semantic/servicecidr-cidrs:is-not-a-valid-cidr', { value }), loc);
		return cidr;
	});
	if (parsed.length === 2 && parsed[0] && parsed[1] && parsed[0].family === parsed[1].family) {
		reportAt(context, rule, toMessage('semantic/servicecidr-cidrs:spec-cidrs-may-hold-only-one', { family: parsed[0].family }), list[1]!);
	}
}

function validateIPAddress(context: SemanticContext): void {
	const root = rootLoc(context);
	const rule = 'semantic/ipaddress';
	const nameLoc = child(child(root, 'metadata'), 'name');
	const name = str(nameLoc);
	if (name && !parseIP(name)) reportAt(context, rule, toMessage('semantic/ipaddress', { name }), nameLoc);
	const ref = child(child(root, 'spec'), 'parentRef');
	if (!isSet(ref)) return; // required by the schema
	const groupLoc = child(ref, 'group');
	const group = str(groupLoc);
	if (group && !isDNS1123Subdomain(group))
		reportAt(context, rule, toMessage('semantic/ipaddress:parent-ref-group-is-invalid-it', { group, DNS1123_SUBDOMAIN_TEXT }), groupLoc);
	for (const field of ['resource', 'name', 'namespace']) {
		const loc = child(ref, field);
		const value = str(loc);
		if (value === '' && field !== 'namespace') reportAt(context, rule, toMessage('semantic/ipaddress:parent-ref-is-required', { field }), loc);
		const problem = value ? pathSegmentProblem(value) : undefined;
		if (problem) reportAt(context, rule, toMessage('semantic/ipaddress:parent-ref-is-invalid-it', { field, value, problem }), loc);
	}
}

export const validators: Record<string, SemanticValidator> = {
	'networking.k8s.io/ServiceCIDR': validateServiceCIDR,
	'networking.k8s.io/IPAddress': validateIPAddress,
	'networking.k8s.io/Ingress': validateIngress,
	'networking.k8s.io/IngressClass': validateIngressClass,
	'networking.k8s.io/NetworkPolicy': validateNetworkPolicy,
};
