// Service validation as kube-apiserver runs it (pkg/apis/core/validation ValidateService), after v1 defaulting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, located, yaml } from '../helpers.ts';
import { enText } from '../words.ts';

const svc = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${spec}`;
const semantic = (text: string) => lint(text).filter((d) => d.rule.startsWith('semantic/') || d.severity === 'error');

describe('semantic: Service', () => {
	it('requires ports unless headless or ExternalName', () => {
		expect(located(svc('  selector: { app: web }\n'), 'semantic/service-ports-required')).toEqual([{ line: 5, column: 1, endLine: 5, endColumn: 5, path: 'spec.ports' }]);
		expect(located(svc('  ports: []\n'), 'semantic/service-ports-required')).toEqual([{ line: 6, column: 3, endLine: 6, endColumn: 8, path: 'spec.ports' }]);
		expect(located(svc('  clusterIP: None\n  selector: { app: web }\n'), 'semantic/service-ports-required')).toEqual([]);
		expect(located(svc('  type: ExternalName\n  externalName: db.example.com\n'), 'semantic/service-ports-required')).toEqual([]);
	});

	it('requires names on every port of a multi-port Service, DNS-1123 labels, unique', () => {
		const text = svc('  ports:\n    - port: 80\n    - { name: Https, port: 443 }\n    - { name: metrics, port: 9090 }\n    - { name: metrics, port: 9091 }\n');
		expect(located(text, 'semantic/service-port-name-required')).toEqual([{ line: 7, column: 7, endLine: 7, endColumn: 11, path: 'spec.ports[0].name' }]);
		expect(located(text, 'semantic/service-port-name-invalid')).toEqual([{ line: 8, column: 15, endLine: 8, endColumn: 20, path: 'spec.ports[1].name' }]);
		expect(located(text, 'semantic/service-port-name-duplicate')).toEqual([{ line: 10, column: 15, endLine: 10, endColumn: 22, path: 'spec.ports[3].name' }]);
		// One port needs no name.
		expect(located(svc('  ports:\n    - port: 80\n'), 'semantic/service-port-name-required')).toEqual([]);
	});

	it('checks port and targetPort ranges, and named targetPorts as IANA service names', () => {
		const text = svc(
			'  ports:\n    - { name: a, port: 0 }\n    - { name: b, port: 80, targetPort: 70000 }\n    - { name: c, port: 81, targetPort: "8080" }\n    - { name: d, port: 82, targetPort: http-alternative }\n',
		);
		expect(located(text, 'semantic/service-port-number')).toEqual([{ line: 7, column: 24, endLine: 7, endColumn: 25, path: 'spec.ports[0].port' }]);
		expect(located(text, 'semantic/service-target-port').map((d) => d.path)).toEqual(['spec.ports[1].targetPort', 'spec.ports[2].targetPort', 'spec.ports[3].targetPort']);
		expect(enText(lint(text).find((d) => d.path === 'spec.ports[2].targetPort')!.message)).toContain('without quotes');
		expect(located(svc('  ports:\n    - { port: 80, targetPort: http }\n    - { name: b, port: 81, targetPort: 0 }\n'), 'semantic/service-target-port')).toEqual([]);
	});

	it('rejects duplicate port/protocol pairs, with TCP as the default protocol', () => {
		const text = svc('  ports:\n    - { name: a, port: 53 }\n    - { name: b, port: 53, protocol: UDP }\n    - { name: c, port: 53, protocol: TCP }\n');
		expect(located(text, 'semantic/service-duplicate-port')).toEqual([{ line: 9, column: 24, endLine: 9, endColumn: 26, path: 'spec.ports[2].port' }]);
	});

	it('forbids nodePort on a ClusterIP Service (the default type) and duplicate nodePorts', () => {
		expect(located(svc('  ports:\n    - port: 80\n      nodePort: 30080\n'), 'semantic/service-node-port')).toEqual([
			{ line: 8, column: 7, endLine: 8, endColumn: 15, path: 'spec.ports[0].nodePort' },
		]);
		expect(located(svc('  type: NodePort\n  ports:\n    - port: 80\n      nodePort: 30080\n'), 'semantic/service-node-port')).toEqual([]);
		expect(
			located(svc('  type: NodePort\n  ports:\n    - { name: a, port: 80, nodePort: 30080 }\n    - { name: b, port: 81, nodePort: 30080 }\n'), 'semantic/service-node-port'),
		).toEqual([{ line: 9, column: 38, endLine: 9, endColumn: 43, path: 'spec.ports[1].nodePort' }]);
	});

	it('checks clusterIP values and their sync with clusterIPs', () => {
		const p = '  ports: [{ port: 80 }]\n';
		expect(located(svc(`  clusterIP: none\n${p}`), 'semantic/service-cluster-ip')).toEqual([{ line: 6, column: 14, endLine: 6, endColumn: 18, path: 'spec.clusterIP' }]);
		expect(enText(lint(svc(`  clusterIP: none\n${p}`)).find((d) => d.rule === 'semantic/service-cluster-ip')!.message)).toContain('"None" (capital N)');
		expect(located(svc(`  clusterIP: 10.96.0.300\n${p}`), 'semantic/service-cluster-ip')).toHaveLength(1);
		expect(located(svc(`  clusterIPs: [10.96.0.10]\n${p}`), 'semantic/service-cluster-ip')).toEqual([
			{ line: 6, column: 3, endLine: 6, endColumn: 13, path: 'spec.clusterIPs' },
		]);
		expect(located(svc(`  clusterIP: 10.96.0.10\n  clusterIPs: [10.96.0.11]\n${p}`), 'semantic/service-cluster-ip')).toEqual([
			{ line: 7, column: 16, endLine: 7, endColumn: 26, path: 'spec.clusterIPs[0]' },
		]);
		expect(located(svc(`  clusterIP: 10.96.0.10\n  clusterIPs: [10.96.0.10, 10.96.0.11]\n${p}`), 'semantic/service-cluster-ip')).toEqual([
			{ line: 7, column: 28, endLine: 7, endColumn: 38, path: 'spec.clusterIPs[1]' },
		]);
		expect(located(svc(`  clusterIP: None\n  clusterIPs: [None, fd00::1]\n${p}`), 'semantic/service-cluster-ip')).toHaveLength(1);
	});

	it('checks IP families against clusterIPs and the policy', () => {
		const p = '  ports: [{ port: 80 }]\n';
		expect(located(svc(`  ipFamilies: [IPv4, IPv4]\n${p}`), 'semantic/service-ip-families')).toEqual([
			{ line: 6, column: 22, endLine: 6, endColumn: 26, path: 'spec.ipFamilies[1]' },
		]);
		expect(located(svc(`  clusterIP: fd00::10\n  ipFamilies: [IPv4]\n${p}`), 'semantic/service-ip-families')).toEqual([
			{ line: 6, column: 14, endLine: 6, endColumn: 22, path: 'spec.clusterIP' },
		]);
		expect(located(svc(`  ipFamilyPolicy: SingleStack\n  ipFamilies: [IPv4, IPv6]\n${p}`), 'semantic/service-ip-families')).toEqual([
			{ line: 6, column: 19, endLine: 6, endColumn: 30, path: 'spec.ipFamilyPolicy' },
		]);
		// An unset policy is SingleStack on create (alloc.go initIPFamilyFields) …
		expect(located(svc(`  ipFamilies: [IPv4, IPv6]\n${p}`), 'semantic/service-ip-families')).toEqual([
			{ line: 6, column: 15, endLine: 6, endColumn: 27, path: 'spec.ipFamilies' },
		]);
		// … except for a headless Service without selector, which defaults to RequireDualStack.
		expect(located(svc(`  clusterIP: None\n  ipFamilies: [IPv4, IPv6]\n`), 'semantic/service-ip-families')).toEqual([]);
	});

	it('checks ExternalName Services', () => {
		expect(located(svc('  type: ExternalName\n'), 'semantic/service-external-name')).toEqual([{ line: 6, column: 9, endLine: 6, endColumn: 21, path: 'spec.externalName' }]);
		expect(located(svc('  type: ExternalName\n  externalName: DB.example.com\n'), 'semantic/service-external-name')).toEqual([
			{ line: 7, column: 17, endLine: 7, endColumn: 31, path: 'spec.externalName' },
		]);
		expect(
			located(svc('  type: ExternalName\n  externalName: db.example.com\n  clusterIP: 10.0.0.1\n  ipFamilyPolicy: SingleStack\n'), 'semantic/service-external-name').map(
				(d) => d.path,
			),
		).toEqual(['spec.clusterIP', 'spec.ipFamilyPolicy']);
	});

	it('forbids a headless NodePort or LoadBalancer', () => {
		expect(located(svc('  type: NodePort\n  clusterIP: None\n  ports: [{ port: 80 }]\n'), 'semantic/service-headless-type')).toEqual([
			{ line: 7, column: 14, endLine: 7, endColumn: 18, path: 'spec.clusterIP' },
		]);
	});

	it('checks the ClientIP affinity timeout, and ignores sessionAffinityConfig under None (the defaults drop it)', () => {
		const base = '  ports: [{ port: 80 }]\n  sessionAffinityConfig: { clientIP: { timeoutSeconds: 0 } }\n';
		expect(located(svc(`  sessionAffinity: ClientIP\n${base}`), 'semantic/service-session-affinity')).toEqual([
			{ line: 8, column: 56, endLine: 8, endColumn: 57, path: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds' },
		]);
		expect(located(svc(base), 'semantic/service-session-affinity')).toEqual([]);
	});

	it('allows externalTrafficPolicy and healthCheckNodePort only where they apply', () => {
		expect(located(svc('  externalTrafficPolicy: Local\n  ports: [{ port: 80 }]\n'), 'semantic/service-traffic-policy')).toEqual([
			{ line: 6, column: 26, endLine: 6, endColumn: 31, path: 'spec.externalTrafficPolicy' },
		]);
		expect(located(svc('  externalTrafficPolicy: Local\n  externalIPs: [192.0.2.10]\n  ports: [{ port: 80 }]\n'), 'semantic/service-traffic-policy')).toEqual([]);
		expect(located(svc('  type: LoadBalancer\n  healthCheckNodePort: 30000\n  ports: [{ port: 80 }]\n'), 'semantic/service-traffic-policy')).toEqual([
			{ line: 7, column: 3, endLine: 7, endColumn: 22, path: 'spec.healthCheckNodePort' },
		]);
	});

	it('keeps LoadBalancer fields to LoadBalancer Services and parses source ranges', () => {
		expect(located(svc('  loadBalancerSourceRanges: [10.0.0.0/8]\n  ports: [{ port: 80 }]\n'), 'semantic/service-load-balancer-field')).toEqual([
			{ line: 6, column: 3, endLine: 6, endColumn: 27, path: 'spec.loadBalancerSourceRanges' },
		]);
		expect(
			located(svc('  type: LoadBalancer\n  loadBalancerSourceRanges: [" 10.0.0.0/8 ", 10.0.0/8]\n  ports: [{ port: 80 }]\n'), 'semantic/service-load-balancer-field'),
		).toEqual([{ line: 7, column: 46, endLine: 7, endColumn: 54, path: 'spec.loadBalancerSourceRanges[1]' }]);
	});

	it('checks external IPs, selectors and appProtocol', () => {
		const text = svc('  externalIPs: [127.0.0.1, 192.0.2.1, 10.0.0]\n  selector: { app: "web server" }\n  ports: [{ port: 80, appProtocol: "my proto" }]\n');
		expect(located(text, 'semantic/service-external-ip').map((d) => d.path)).toEqual(['spec.externalIPs[0]', 'spec.externalIPs[2]']);
		expect(located(text, 'semantic/service-selector')).toEqual([{ line: 7, column: 20, endLine: 7, endColumn: 32, path: 'spec.selector.app' }]);
		expect(located(text, 'semantic/service-app-protocol')).toHaveLength(1);
	});

	it('requires the two topology annotations to agree', () => {
		const text =
			'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    service.kubernetes.io/topology-mode: Auto\n    service.kubernetes.io/topology-aware-hints: "false"\nspec:\n  ports: [{ port: 80 }]\n';
		expect(located(text, 'semantic/service-topology-annotations')).toEqual([
			{ line: 6, column: 42, endLine: 6, endColumn: 46, path: 'metadata.annotations["service.kubernetes.io/topology-mode"]' },
		]);
		expect(located(text.replace('"false"', 'Auto'), 'semantic/service-topology-annotations')).toEqual([]);
	});

	it('accepts tricky valid Services', () => {
		const text = yaml`
			apiVersion: v1
			kind: List
			items:
			  - apiVersion: v1
			    kind: Service
			    metadata: { name: headless }
			    spec:
			      clusterIP: None
			      selector: { app: db }
			  - apiVersion: v1
			    kind: Service
			    metadata: { name: dual }
			    spec:
			      ipFamilyPolicy: PreferDualStack
			      ipFamilies: [IPv6, IPv4]
			      clusterIP: fd00::10
			      clusterIPs: [fd00::10, 10.96.0.10]
			      ports:
			        - { name: http, port: 80, targetPort: http }
			        - { name: dns, port: 53, protocol: UDP }
			        - { name: dns-tcp, port: 53 }
			  - apiVersion: v1
			    kind: Service
			    metadata: { name: ext }
			    spec:
			      type: ExternalName
			      externalName: db.example.com.
			  - apiVersion: v1
			    kind: Service
			    metadata: { name: lb }
			    spec:
			      type: LoadBalancer
			      externalTrafficPolicy: Local
			      healthCheckNodePort: 30123
			      loadBalancerClass: example.com/lb
			      loadBalancerSourceRanges: [203.0.113.0/24]
			      sessionAffinity: ClientIP
			      ports: [{ port: 443, targetPort: 8443, nodePort: 30443 }]
		`;
		expect(semantic(text)).toEqual([]);
	});
});

describe('semantic: EndpointSlice', () => {
	const text = readFileSync(new URL('./fixtures/endpointslice.yaml', import.meta.url), 'utf8');
	it('checks addresses against the addressType, and hostnames', () => {
		expect(located(text, 'semantic/endpointslice-endpoint')).toEqual([
			{ line: 6, column: 27, endLine: 6, endColumn: 36, path: 'endpoints[0].addresses[1]' },
			{ line: 6, column: 38, endLine: 6, endColumn: 47, path: 'endpoints[0].addresses[2]' },
			{ line: 7, column: 15, endLine: 7, endColumn: 20, path: 'endpoints[0].hostname' },
			{ line: 8, column: 16, endLine: 8, endColumn: 18, path: 'endpoints[1].addresses' },
			{ line: 20, column: 33, endLine: 20, endColumn: 42, path: 'endpoints[0].addresses[1]' },
		]);
	});
	it('checks port names (an unnamed port is "") and appProtocol', () => {
		expect(located(text, 'semantic/endpointslice-port')).toEqual([
			{ line: 11, column: 13, endLine: 11, endColumn: 17, path: 'ports[1].name' },
			{ line: 13, column: 7, endLine: 13, endColumn: 11, path: 'ports[3].name' },
			{ line: 13, column: 30, endLine: 13, endColumn: 35, path: 'ports[3].appProtocol' },
		]);
	});
});

describe('semantic: Endpoints', () => {
	const text = readFileSync(new URL('./fixtures/endpoints.yaml', import.meta.url), 'utf8');
	it('checks endpoint IPs (no loopback, no names) and hostnames', () => {
		expect(located(text, 'semantic/endpoints-subset')).toEqual([
			{ line: 5, column: 43, endLine: 5, endColumn: 52, path: 'subsets[0].addresses[1].ip' },
			{ line: 5, column: 62, endLine: 5, endColumn: 76, path: 'subsets[0].addresses[2].ip' },
			{ line: 5, column: 88, endLine: 5, endColumn: 90, path: 'subsets[0].addresses[2].hostname' },
		]);
	});
	it('names ports of multi-port subsets and checks their numbers', () => {
		expect(located(text, 'semantic/endpoints-port')).toEqual([
			{ line: 6, column: 15, endLine: 6, endColumn: 19, path: 'subsets[0].ports[0].name' },
			{ line: 6, column: 52, endLine: 6, endColumn: 53, path: 'subsets[0].ports[1].port' },
		]);
	});
});
