// Service (and EndpointSlice, pkg/apis/discovery/validation), as kube-apiserver validates it
// (pkg/apis/core/validation ValidateService and its helpers), after
// the v1 defaults (pkg/apis/core/v1/defaults.go SetDefaults_Service: type ClusterIP, protocol TCP,
// targetPort = port, sessionAffinity None, which also drops sessionAffinityConfig) and after the create
// path copies clusterIP into an empty clusterIPs (pkg/registry/core/service/storage normalizeClusterIPs).
// What depends on the cluster (the Service CIDR, the NodePort range, which IP families it runs) is not
// judged here: only what every cluster refuses.
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
import { message, type ManifestMessage } from '../message.ts';

const SERVICE = 'pkg/apis/core/validation/validation.go ValidateService';
const SERVICE_PORT = 'pkg/apis/core/validation/validation.go validateServicePort';
const CLUSTER_IPS = 'pkg/apis/core/validation/validation.go ValidateServiceClusterIPsRelatedFields';

export const rules = [
	semanticRule('semantic/service-ports-required', 'error', SERVICE),
	semanticRule('semantic/service-port-name-required', 'error', SERVICE_PORT),
	semanticRule('semantic/service-port-name-invalid', 'error', SERVICE_PORT),
	semanticRule('semantic/service-port-name-duplicate', 'error', SERVICE_PORT),
	semanticRule('semantic/service-port-number', 'error', SERVICE_PORT),
	semanticRule('semantic/service-target-port', 'error', 'pkg/apis/core/validation/validation.go ValidatePortNumOrName'),
	semanticRule('semantic/service-duplicate-port', 'error', SERVICE),
	semanticRule('semantic/service-node-port', 'error', SERVICE),
	semanticRule('semantic/service-headless-type', 'error', SERVICE),
	semanticRule('semantic/service-external-name', 'error', SERVICE),
	semanticRule('semantic/service-cluster-ip', 'error', CLUSTER_IPS),
	semanticRule('semantic/service-ip-families', 'error', CLUSTER_IPS),
	semanticRule('semantic/service-session-affinity', 'error', 'pkg/apis/core/validation/validation.go validateClientIPAffinityConfig'),
	semanticRule('semantic/service-traffic-policy', 'error', 'pkg/apis/core/validation/validation.go validateServiceExternalTrafficPolicy'),
	semanticRule('semantic/service-load-balancer-field', 'error', SERVICE),
	semanticRule('semantic/service-external-ip', 'error', 'pkg/apis/core/validation/validation.go ValidateNonSpecialIP'),
	semanticRule('semantic/service-selector', 'error', 'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabels'),
	semanticRule('semantic/service-app-protocol', 'error', SERVICE_PORT),
	semanticRule('semantic/service-topology-annotations', 'error', SERVICE),
	semanticRule('semantic/endpoints-subset', 'error', 'pkg/apis/core/validation/validation.go validateEndpointAddress'),
	semanticRule('semantic/endpoints-port', 'error', 'pkg/apis/core/validation/validation.go validateEndpointPort'),
	semanticRule('semantic/endpointslice-endpoint', 'error', 'pkg/apis/discovery/validation/validation.go validateEndpoints'),
	semanticRule('semantic/endpointslice-port', 'error', 'pkg/apis/discovery/validation/validation.go validatePorts'),
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
		reportAt(context, 'semantic/service-topology-annotations', message('semantic/service-topology-annotations', { mode: str(mode), hints: str(hints) }), mode);
	}

	if (isEmpty(portsLoc) && !headless && type !== 'ExternalName') {
		context.report('semantic/service-ports-required', message('semantic/service-ports-required', { type }), portsLoc.key ?? spec.key ?? root.at, ['spec', 'ports']);
	}

	if (headless && (type === 'LoadBalancer' || type === 'NodePort')) {
		reportAt(context, 'semantic/service-headless-type', message('semantic/service-headless-type', { type }), clusterIPs[0]!.loc);
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
				reportAt(context, 'semantic/service-duplicate-port', message('semantic/service-duplicate-port', { port: info.port, protocol: info.protocol }), portLoc);
			}
			seenPorts.add(key);
		}
		const nodePortLoc = child(info.loc, 'nodePort');
		const nodePort = num(nodePortLoc);
		if (nodePort === undefined || nodePort === 0) continue;
		if (type === 'ClusterIP') {
			reportKey(context, 'semantic/service-node-port', message('semantic/service-node-port', { isSet: isSet(child(spec, 'type')) }), nodePortLoc);
		}
		const key = `${info.protocol}/${nodePort}`;
		if (seenNodePorts.has(key)) {
			reportAt(context, 'semantic/service-node-port', message('semantic/service-node-port:node-port-is-used-twice-in', { nodePort, protocol: info.protocol }), nodePortLoc);
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
			message('semantic/service-port-name-required', { index: info.index, hasValue: info.port !== undefined, port: info.port }),
			nameLoc.at ?? child(info.loc, 'port').key ?? info.loc.at,
			[...info.loc.path, 'name'],
		);
	} else if (info.name) {
		if (!isDNS1123Label(info.name)) {
			reportAt(context, 'semantic/service-port-name-invalid', message('semantic/service-port-name-invalid', { name: info.name, DNS1123_LABEL_TEXT }), nameLoc);
		}
		if (names.has(info.name)) {
			reportAt(context, 'semantic/service-port-name-duplicate', message('semantic/service-port-name-duplicate', { name: info.name }), nameLoc);
		}
		names.add(info.name);
	}
	const portLoc = child(info.loc, 'port');
	if (info.port !== undefined && !isValidPortNum(info.port)) {
		reportAt(context, 'semantic/service-port-number', message('semantic/service-port-number', { port: info.port }), portLoc);
	}
	const targetLoc = child(info.loc, 'targetPort');
	const target = readIntOrString(targetLoc.node);
	// SetDefaults_Service: a targetPort of 0 or "" becomes port.
	if (target && !(target.type === 'int' && target.value === 0) && !(target.type === 'string' && target.value === '')) {
		if (target.type === 'int' && !isValidPortNum(target.value)) {
			reportAt(
				context,
				'semantic/service-target-port',
				message('semantic/service-target-port', { value: target.value, portLabel: portLabel(info.index, info.name) }),
				targetLoc,
			);
		} else if (target.type === 'string') {
			const problem = portNameProblem(target.value);
			if (problem) {
				const numeric = /^\d+$/.test(target.value);
				reportAt(
					context,
					'semantic/service-target-port',
					message('semantic/service-target-port:target-port-is-not-a-valid', { value: target.value, problem, hasNumeric: numeric }),
					targetLoc,
				);
			}
		}
	}
	const appProtocolLoc = child(info.loc, 'appProtocol');
	const appProtocol = str(appProtocolLoc);
	if (appProtocol !== undefined) {
		const problem = qualifiedNameProblem(appProtocol);
		if (problem) reportAt(context, 'semantic/service-app-protocol', message('semantic/service-app-protocol', { appProtocol, problem }), appProtocolLoc);
	}
}

function validateExternalName(context: SemanticContext, spec: Loc, clusterIPs: { loc: Loc; value: string }[]): void {
	const nameLoc = child(spec, 'externalName');
	const name = (str(nameLoc) ?? '').replace(/\.$/, '');
	if (name === '') {
		context.report('semantic/service-external-name', message('semantic/service-external-name'), nameLoc.at ?? child(spec, 'type').at ?? spec.key, ['spec', 'externalName']);
	} else if (!isDNS1123Subdomain(name)) {
		reportAt(
			context,
			'semantic/service-external-name',
			message('semantic/service-external-name:external-name-is-invalid-it', { nameLoc: str(nameLoc), DNS1123_SUBDOMAIN_TEXT }),
			nameLoc,
		);
	}
	if (clusterIPs.length > 0) {
		const loc = child(spec, 'clusterIPs').present ? child(spec, 'clusterIPs') : child(spec, 'clusterIP');
		reportKey(context, 'semantic/service-external-name', message('semantic/service-external-name:may-not-be-set-for', { path: loc.path.at(-1) }), loc);
	}
	for (const name of ['ipFamilies', 'ipFamilyPolicy']) {
		const loc = child(spec, name);
		if (name === 'ipFamilies' ? sizeOf(loc) > 0 : isSet(loc))
			reportKey(context, 'semantic/service-external-name', message('semantic/service-external-name:may-not-be-set-for-2', { name }), loc);
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
		reportKey(context, rule, message('semantic/service-cluster-ip'), clusterIPsLoc);
	} else if (clusterIP !== '' && written.length > 0 && written[0]!.value !== clusterIP) {
		reportAt(context, rule, message('semantic/service-cluster-ip:cluster-ips-0-must-match-cluster-ip', { value: written[0]!.value, clusterIP }), written[0]!.loc);
	}
	// ipFamilies stand alone: each at most once.
	const familiesLoc = child(spec, 'ipFamilies');
	const families = elements(familiesLoc).map((loc) => ({ loc, value: str(loc) ?? '' }));
	const seenFamilies = new Set<string>();
	for (const family of families) {
		if (seenFamilies.has(family.value)) reportAt(context, 'semantic/service-ip-families', message('semantic/service-ip-families', { value: family.value }), family.loc);
		seenFamilies.add(family.value);
	}
	let invalid = false;
	const parsed = clusterIPs.map((entry, index) => {
		if (index === 0 && entry.value === 'None') {
			if (clusterIPs.length > 1) {
				invalid = true;
				reportAt(context, rule, message('semantic/service-cluster-ip:none-must-be-the-first'), entry.loc);
			}
			return undefined;
		}
		const ip = parseIP(entry.value);
		if (!ip) {
			invalid = true;
			const hint = entry.value.toLowerCase() === 'none' ? message('fragment/hint:write-none-capital-n-for') : message('fragment/none');
			reportAt(context, rule, message('semantic/service-cluster-ip:is-not-a-valid-ip', { value: entry.value, hint }), entry.loc);
		}
		return ip;
	});
	if (clusterIPs.length > 2) {
		reportKey(context, rule, message('semantic/service-cluster-ip:cluster-ips-may-hold-at-most', { clusterIPsCount: clusterIPs.length }), clusterIPsLoc);
	}
	if (invalid) return;
	if (clusterIPs.length === 2 && parsed[0] && parsed[1] && parsed[0].family === parsed[1].family) {
		reportAt(context, rule, message('semantic/service-cluster-ip:cluster-ips-may-hold-only-one', { family: parsed[0].family }), clusterIPs[1]!.loc);
	}
	if (!headless) {
		parsed.forEach((ip, i) => {
			const family = families[i]?.value;
			if (!ip || (family !== 'IPv4' && family !== 'IPv6') || ip.family === family) return;
			reportAt(
				context,
				'semantic/service-ip-families',
				message('semantic/service-ip-families:cluster-ips-is-but-ip-families-says', { i, value: clusterIPs[i]!.value, family: ip.family, family2: family }),
				clusterIPs[i]!.loc,
			);
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
		const what = families.length > 1 ? message('fragment/what:ip-family') : message('fragment/what:cluster-ip');
		const field = families.length > 1 ? 'ipFamilies' : 'clusterIPs';
		const at = writtenPolicy ? policyLoc : families.length > 1 ? familiesLoc : clusterIPsLoc;
		reportAt(
			context,
			'semantic/service-ip-families',
			writtenPolicy
				? message('semantic/service-ip-families:ip-family-policy-single-stack-allows-one', { what, field })
				: message('semantic/service-ip-families:lists-two-values-but-ip-family-policy', { field }),
			at,
		);
	}
}

function validateSelector(context: SemanticContext, selector: Loc): void {
	for (const entry of entries(selector)) {
		const keyProblem = qualifiedNameProblem(entry.name);
		if (keyProblem)
			context.report('semantic/service-selector', message('semantic/service-selector', { name: entry.name, keyProblem }), entry.key, [...selector.path, entry.name]);
		const value = str(entry);
		const valueProblem = value === undefined ? undefined : labelValueProblem(value);
		if (valueProblem)
			context.report('semantic/service-selector', message('semantic/service-selector:selector-value-is-invalid-it', { value, valueProblem }), entry.at, [
				...selector.path,
				entry.name,
			]);
	}
}

function validateSessionAffinity(context: SemanticContext, spec: Loc): void {
	if (str(child(spec, 'sessionAffinity')) !== 'ClientIP') return; // None drops sessionAffinityConfig (SetDefaults_Service)
	const timeoutLoc = dig(spec, 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds');
	const timeout = num(timeoutLoc);
	if (timeout === undefined || (timeout > 0 && timeout <= 86400)) return;
	reportAt(context, 'semantic/service-session-affinity', message('semantic/service-session-affinity', { timeout }), timeoutLoc);
}

function validateExternalIPs(context: SemanticContext, list: Loc): void {
	for (const loc of elements(list)) {
		const value = str(loc);
		if (value === undefined) continue;
		const ip = parseIP(value);
		const problem: ManifestMessage | undefined = ip ? specialIPProblem(ip) : message('fragment/problem:must-be-a-valid-ip');
		if (problem) reportAt(context, 'semantic/service-external-ip', message('semantic/service-external-ip', { value, problem }), loc);
	}
}

function validateLoadBalancerFields(context: SemanticContext, spec: Loc, type: string): void {
	const rule = 'semantic/service-load-balancer-field';
	const isLB = type === 'LoadBalancer';
	const ranges = child(spec, 'loadBalancerSourceRanges');
	if (sizeOf(ranges) > 0) {
		if (!isLB) reportKey(context, rule, message('semantic/service-load-balancer-field', { type }), ranges);
		for (const loc of elements(ranges)) {
			const value = str(loc);
			// Historical accident: these values may be space-padded.
			if (value !== undefined && !parseCIDRSloppy(value.trim())) {
				reportAt(context, rule, message('semantic/service-load-balancer-field:is-not-a-valid-cidr', { value }), loc);
			}
		}
	}
	const allocate = child(spec, 'allocateLoadBalancerNodePorts');
	if (isSet(allocate) && !isLB) reportKey(context, rule, message('semantic/service-load-balancer-field:allocate-load-balancer-node-ports-may-on', { type }), allocate);
	const classLoc = child(spec, 'loadBalancerClass');
	const lbClass = str(classLoc);
	if (isSet(classLoc) && !isLB) reportKey(context, rule, message('semantic/service-load-balancer-field:load-balancer-class-may-only-be-used', { type }), classLoc);
	else if (lbClass !== undefined && isLB) {
		const problem = qualifiedNameProblem(lbClass);
		if (problem) reportAt(context, rule, message('semantic/service-load-balancer-field:load-balancer-class-is-invalid', { lbClass, problem }), classLoc);
	}
}

function validateTrafficPolicy(context: SemanticContext, spec: Loc, type: string): void {
	const rule = 'semantic/service-traffic-policy';
	const externallyAccessible = type === 'LoadBalancer' || type === 'NodePort' || (type === 'ClusterIP' && sizeOf(child(spec, 'externalIPs')) > 0);
	const policyLoc = child(spec, 'externalTrafficPolicy');
	const policy = str(policyLoc);
	if (!externallyAccessible && policy) {
		reportAt(context, rule, message('semantic/service-traffic-policy', { type }), policyLoc);
	}
	const healthLoc = child(spec, 'healthCheckNodePort');
	const health = num(healthLoc);
	if (health === undefined || health === 0) return;
	const needsHealthCheck = type === 'LoadBalancer' && policy === 'Local';
	if (!needsHealthCheck) {
		reportKey(context, rule, message('semantic/service-traffic-policy:health-check-node-port-may-only-be-set'), healthLoc);
	} else if (!isValidPortNum(health)) {
		reportAt(context, rule, message('semantic/service-traffic-policy:health-check-node-port-is-out-of-range', { health }), healthLoc);
	}
}

/** IsFullyQualifiedDomainName: a DNS-1123 subdomain of at least two labels, an optional trailing dot. */
function fqdnProblem(value: string): ManifestMessage | undefined {
	const name = value.endsWith('.') ? value.slice(0, -1) : value;
	if (!isDNS1123Subdomain(name)) return DNS1123_SUBDOMAIN_TEXT;
	if (!name.includes('.')) return message('fragment/fqdn-problem');
	if (!name.split('.').every(isDNS1123Label)) return message('fragment/fqdn-problem:must-consist-of-dns-1123-labels');
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
		if (addresses.present && isEmpty(addresses)) reportAt(context, rule, message('semantic/endpointslice-endpoint'), addresses);
		else if (list.length > 100) reportKey(context, rule, message('semantic/endpointslice-endpoint:an-endpoint-may-have-at', { listCount: list.length }), addresses);
		for (const loc of list) {
			const value = str(loc);
			if (value === undefined) continue;
			let problem: ManifestMessage | undefined;
			if (addressType === 'IPv4' || addressType === 'IPv6') {
				const ip = parseIP(value);
				problem = !ip || ip.family !== addressType ? message('fragment/validate-endpoint-slice', { addressType }) : specialIPProblem(ip);
			} else if (addressType === 'FQDN') problem = fqdnProblem(value);
			if (problem) reportAt(context, rule, message('semantic/endpointslice-endpoint:address-is-invalid-it', { value, problem }), loc);
		}
		const hostnameLoc = child(endpoint, 'hostname');
		const hostname = str(hostnameLoc);
		if (hostname !== undefined && !isDNS1123Label(hostname))
			reportAt(context, rule, message('semantic/endpointslice-endpoint:hostname-is-invalid-it', { hostname, DNS1123_LABEL_TEXT }), hostnameLoc);
	}
	const names = new Set<string>();
	for (const port of elements(child(root, 'ports'))) {
		const prule = 'semantic/endpointslice-port';
		const nameLoc = child(port, 'name');
		const name = str(nameLoc) ?? ''; // defaults to ""
		if (name !== '' && !isDNS1123Label(name)) reportAt(context, prule, message('semantic/endpointslice-port', { name, DNS1123_LABEL_TEXT }), nameLoc);
		if (names.has(name))
			context.report(
				prule,
				message('semantic/endpointslice-port:port-name-is-used-twice', { name, hasValue: name === '' }),
				nameLoc.at ?? child(port, 'port').key ?? port.at,
				[...port.path, 'name'],
			);
		names.add(name);
		const appProtocolLoc = child(port, 'appProtocol');
		const appProtocol = str(appProtocolLoc);
		const problem = appProtocol === undefined ? undefined : qualifiedNameProblem(appProtocol);
		if (problem) reportAt(context, prule, message('semantic/endpointslice-port:app-protocol-is-invalid', { appProtocol, problem }), appProtocolLoc);
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
				const problem = ip ? specialIPProblem(ip) : message('fragment/problem:must-be-a-valid-ip-2');
				if (problem) reportAt(context, rule, message('semantic/endpoints-subset', { value, problem }), ipLoc);
			}
			const hostnameLoc = child(address, 'hostname');
			const hostname = str(hostnameLoc);
			if (hostname && !isDNS1123Label(hostname))
				reportAt(context, rule, message('semantic/endpoints-subset:hostname-is-invalid-it', { hostname, DNS1123_LABEL_TEXT }), hostnameLoc);
		}
		const ports = elements(child(subset, 'ports'));
		for (const port of ports) {
			const prule = 'semantic/endpoints-port';
			const nameLoc = child(port, 'name');
			const name = str(nameLoc) ?? '';
			if (ports.length > 1 && name === '') context.report(prule, message('semantic/endpoints-port'), nameLoc.at ?? child(port, 'port').key ?? port.at, [...port.path, 'name']);
			else if (name !== '' && !isDNS1123Label(name))
				reportAt(context, prule, message('semantic/endpoints-port:port-name-is-invalid-it', { name, DNS1123_LABEL_TEXT }), nameLoc);
			const numberLoc = child(port, 'port');
			const number = num(numberLoc);
			if (number !== undefined && !isValidPortNum(number)) reportAt(context, prule, message('semantic/endpoints-port:port-is-out-of-range', { number }), numberLoc);
			const appProtocolLoc = child(port, 'appProtocol');
			const appProtocol = str(appProtocolLoc);
			const problem = appProtocol === undefined ? undefined : qualifiedNameProblem(appProtocol);
			if (problem) reportAt(context, prule, message('semantic/endpoints-port:app-protocol-is-invalid', { appProtocol, problem }), appProtocolLoc);
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
