// networking.k8s.io as kube-apiserver validates it (pkg/apis/networking/validation/validation.go).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, located, yaml } from '../helpers.ts';
import { enText } from '../words.ts';

const ingress = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n${spec}`;
const policy = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: np\nspec:\n  podSelector: {}\n${spec}`;
const backend = 'backend: { service: { name: web, port: { number: 80 } } }';
const errors = (text: string) => lint(text).filter((d) => d.severity === 'error');

describe('semantic: Ingress', () => {
	it('needs rules or a defaultBackend', () => {
		expect(located(ingress('  ingressClassName: nginx\n'), 'semantic/ingress-rules-or-default-backend')).toEqual([
			{ line: 5, column: 1, endLine: 5, endColumn: 5, path: 'spec' },
		]);
		expect(located(ingress(`  defaultBackend: { service: { name: web, port: { name: http } } }\n`), 'semantic/ingress-rules-or-default-backend')).toEqual([]);
	});

	it('checks hosts: DNS names, wildcards, no IPs', () => {
		const text = ingress(`  rules:\n    - host: 192.0.2.1\n    - host: foo.*.example.com\n    - host: Example.com\n    - host: "*.example.com"\n`);
		expect(located(text, 'semantic/ingress-host')).toEqual([
			{ line: 7, column: 13, endLine: 7, endColumn: 22, path: 'spec.rules[0].host' },
			{ line: 8, column: 13, endLine: 8, endColumn: 30, path: 'spec.rules[1].host' },
			{ line: 9, column: 13, endLine: 9, endColumn: 24, path: 'spec.rules[2].host' },
		]);
	});

	it('needs absolute paths for Prefix and Exact, without dot segments', () => {
		const text = ingress(
			`  rules:\n    - http:\n        paths:\n          - { path: api, pathType: Prefix, ${backend} }\n          - { path: /a//b, pathType: Exact, ${backend} }\n          - { path: /a/.., pathType: Prefix, ${backend} }\n          - { pathType: Prefix, ${backend} }\n          - { path: relative, pathType: ImplementationSpecific, ${backend} }\n          - { pathType: ImplementationSpecific, ${backend} }\n`,
		);
		expect(located(text, 'semantic/ingress-path')).toEqual([
			{ line: 9, column: 21, endLine: 9, endColumn: 24, path: 'spec.rules[0].http.paths[0].path' },
			{ line: 10, column: 21, endLine: 10, endColumn: 26, path: 'spec.rules[0].http.paths[1].path' },
			{ line: 11, column: 21, endLine: 11, endColumn: 26, path: 'spec.rules[0].http.paths[2].path' },
			{ line: 12, column: 25, endLine: 12, endColumn: 31, path: 'spec.rules[0].http.paths[3].path' },
			{ line: 13, column: 21, endLine: 13, endColumn: 29, path: 'spec.rules[0].http.paths[4].path' },
		]);
	});

	it('checks backends: exactly one of port name and number (number 0 counts as unset), valid service names', () => {
		const text = ingress(
			`  defaultBackend: { service: { name: web, port: { name: http, number: 80 } } }\n  rules:\n    - http:\n        paths:\n          - { path: /, pathType: Prefix, backend: { service: { name: Web_1, port: { number: 0 } } } }\n          - { path: /b, pathType: Prefix, backend: { service: { name: web, port: {} } } }\n`,
		);
		expect(located(text, 'semantic/ingress-backend')).toEqual([
			{ line: 6, column: 51, endLine: 6, endColumn: 55, path: 'spec.defaultBackend.service.port.name' },
			{ line: 10, column: 70, endLine: 10, endColumn: 75, path: 'spec.rules[0].http.paths[0].backend.service.name' },
			{ line: 10, column: 77, endLine: 10, endColumn: 81, path: 'spec.rules[0].http.paths[0].backend.service.port' },
			{ line: 11, column: 76, endLine: 11, endColumn: 80, path: 'spec.rules[0].http.paths[1].backend.service.port' },
		]);
	});

	it('checks TLS entries and the class annotation', () => {
		const text = `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations: { kubernetes.io/ingress.class: traefik }\nspec:\n  ingressClassName: nginx\n  defaultBackend: { service: { name: web, port: { number: 80 } } }\n  tls:\n    - { hosts: ["*.example.com", "a_b.example.com", 192.0.2.1], secretName: My_Cert }\n`;
		expect(located(text, 'semantic/ingress-tls').map((d) => d.path)).toEqual(['spec.tls[0].hosts[1]', 'spec.tls[0].secretName']);
		expect(located(text, 'semantic/ingress-class')).toEqual([{ line: 5, column: 47, endLine: 5, endColumn: 54, path: 'metadata.annotations["kubernetes.io/ingress.class"]' }]);
	});

	it('accepts a typical Ingress', () => {
		const text = yaml`
			apiVersion: networking.k8s.io/v1
			kind: Ingress
			metadata: { name: web }
			spec:
			  ingressClassName: nginx
			  tls: [{ hosts: [shop.example.com, "*.example.com"], secretName: shop-tls }]
			  rules:
			    - host: "*.example.com"
			      http:
			        paths:
			          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { name: http } } } }
			          - { path: /api/v1, pathType: Exact, backend: { service: { name: api, port: { number: 8080 } } } }
			          - { pathType: ImplementationSpecific, backend: { resource: { apiGroup: k8s.example.com, kind: StorageBucket, name: static } } }
		`;
		expect(errors(text)).toEqual([]);
	});
});

describe('semantic: IngressClass', () => {
	const cls = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata:\n  name: nginx\nspec:\n${spec}`;
	it('needs a domain-prefixed controller', () => {
		expect(located(cls('  controller: nginx\n'), 'semantic/ingressclass-controller')).toEqual([{ line: 6, column: 15, endLine: 6, endColumn: 20, path: 'spec.controller' }]);
		expect(located(cls('  controller: k8s.io/ingress-nginx\n'), 'semantic/ingressclass-controller')).toEqual([]);
	});
	it('checks parameters scope and namespace', () => {
		expect(located(cls('  controller: example.com/ic\n  parameters: { kind: Config, name: c, scope: Namespace }\n'), 'semantic/ingressclass-parameters')).toEqual([
			{ line: 7, column: 47, endLine: 7, endColumn: 56, path: 'spec.parameters.scope' },
		]);
		expect(
			located(cls('  controller: example.com/ic\n  parameters: { kind: Config, name: c, scope: Namespace, namespace: ingress }\n'), 'semantic/ingressclass-parameters'),
		).toEqual([]);
	});
});

describe('semantic: NetworkPolicy', () => {
	it('checks ports and endPort ranges', () => {
		const text = policy(
			`  ingress:\n    - ports:\n        - { port: 0 }\n        - { port: 8080, endPort: 8000 }\n        - { port: http, endPort: 9000 }\n        - { endPort: 9000 }\n        - { port: "53" }\n        - { port: 32000, endPort: 32768 }\n`,
		);
		expect(located(text, 'semantic/networkpolicy-port')).toEqual([
			{ line: 9, column: 19, endLine: 9, endColumn: 20, path: 'spec.ingress[0].ports[0].port' },
			{ line: 10, column: 34, endLine: 10, endColumn: 38, path: 'spec.ingress[0].ports[1].endPort' },
			{ line: 11, column: 25, endLine: 11, endColumn: 32, path: 'spec.ingress[0].ports[2].endPort' },
			{ line: 12, column: 13, endLine: 12, endColumn: 20, path: 'spec.ingress[0].ports[3].endPort' },
			{ line: 13, column: 19, endLine: 13, endColumn: 23, path: 'spec.ingress[0].ports[4].port' },
		]);
	});

	it('checks peers and ipBlocks with the strict CIDR parser', () => {
		const text = policy(
			`  egress:\n    - to:\n        - {}\n        - ipBlock: { cidr: 10.0.0.0/8 }\n          podSelector: {}\n        - ipBlock: { cidr: 10.0.0.0 }\n        - ipBlock: { cidr: 10.0.0.0/16, except: [10.1.0.0/24, 10.0.0.0/16, 10.0.5.0/24, 10.0/24] }\n        - ipBlock: { cidr: "010.000.0.0/16" }\n`,
		);
		expect(located(text, 'semantic/networkpolicy-peer')).toEqual([
			{ line: 9, column: 11, endLine: 9, endColumn: 13, path: 'spec.egress[0].to[0]' },
			{ line: 10, column: 11, endLine: 10, endColumn: 18, path: 'spec.egress[0].to[1].ipBlock' },
		]);
		expect(located(text, 'semantic/networkpolicy-ip-block').map((d) => d.path)).toEqual([
			'spec.egress[0].to[2].ipBlock.cidr',
			'spec.egress[0].to[3].ipBlock.except[0]',
			'spec.egress[0].to[3].ipBlock.except[1]',
			'spec.egress[0].to[3].ipBlock.except[3]',
		]);
		expect(enText(lint(text).find((d) => d.path === 'spec.egress[0].to[2].ipBlock.cidr')!.message)).toContain('10.0.0.0/32');
	});

	it('accepts a typical policy', () => {
		const text = yaml`
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata: { name: db }
			spec:
			  podSelector: { matchLabels: { app: db } }
			  policyTypes: [Ingress, Egress]
			  ingress:
			    - from:
			        - podSelector: { matchLabels: { app: web } }
			          namespaceSelector: { matchLabels: { team: shop } }
			        - ipBlock: { cidr: 2001:db8::/48, except: ["2001:db8:0:1::/64"] }
			      ports: [{ port: 5432 }, { port: postgres, protocol: TCP }, { port: 30000, endPort: 32767 }]
			  egress:
			    - to: [{ ipBlock: { cidr: 0.0.0.0/0, except: [169.254.169.254/32] } }]
		`;
		expect(errors(text)).toEqual([]);
	});
});

describe('semantic: ServiceCIDR and IPAddress', () => {
	const text = readFileSync(new URL('./fixtures/service-cidr.yaml', import.meta.url), 'utf8');
	it('needs one or two CIDRs, one per family, parsed strictly', () => {
		expect(located(text, 'semantic/servicecidr-cidrs')).toEqual([
			{ line: 5, column: 25, endLine: 5, endColumn: 37, path: 'spec.cidrs[1]' },
			{ line: 11, column: 11, endLine: 11, endColumn: 21, path: 'spec.cidrs[0]' },
			{ line: 16, column: 1, endLine: 16, endColumn: 5, path: 'spec.cidrs' },
		]);
	});
	it('names an IPAddress after its IP and checks its parentRef', () => {
		expect(located(text, 'semantic/ipaddress')).toEqual([
			{ line: 26, column: 19, endLine: 26, endColumn: 24, path: 'metadata.name' },
			{ line: 28, column: 37, endLine: 28, endColumn: 47, path: 'spec.parentRef.resource' },
		]);
	});
});
