// The Gateway API CRDs' CEL rules (src/generated/gateway-api/cel.js, from the CRDs gateway-api ships), run
// on Gateway API objects with defaults applied, as apiextensions-apiserver runs them on a create.
import { beforeAll, describe, expect, it } from 'vitest';
import { lintManifests, loadExtensionsFor, needsExtensions } from '../../../src/lib/manifest/index.ts';
import { hasBundledCel } from '../../../src/lib/manifest/custom-resources/bundled-cel.ts';
import { celEngine } from '../../../src/lib/manifest/custom-resources/cel.ts';
import { located, yaml } from './helpers.ts';

const route = (backend: string, parents = '[{ name: gw, sectionName: http }]') => yaml`
	apiVersion: gateway.networking.k8s.io/v1
	kind: HTTPRoute
	metadata: { name: web }
	spec:
	  parentRefs: ${parents}
	  rules:
	    - matches:
	        - path: { type: PathPrefix, value: /shop }
	      backendRefs:
	        - ${backend}
`;

describe('Gateway API CEL rules', () => {
	beforeAll(async () => {
		await loadExtensionsFor(route('{ name: web, port: 8080 }'));
	});

	it('loading for a Gateway API paste installs the CEL engine and the CRDs\' rules (nothing is left to load)', () => {
		expect(celEngine()).toBeDefined();
		expect(hasBundledCel('kubernetes-sigs/gateway-api ')).toBe(true);
		expect(needsExtensions('apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\n')).toBe(false);
	});

	it('rejects a Service backendRef without a port (group defaults to "" and kind to Service), accepts it with one', () => {
		expect(located(route('{ name: web }'), 'crd/cel-rule')).toEqual([{ line: 10, column: 11, endLine: 10, endColumn: 24, path: 'spec.rules[0].backendRefs[0]' }]);
		expect(located(route('{ name: web, port: 8080 }'), 'crd/cel-rule')).toEqual([]);
		// A backend of another kind needs no port.
		expect(located(route('{ group: example.com, kind: Bucket, name: assets }'), 'crd/cel-rule')).toEqual([]);
	});

	it('rejects two parentRefs to the same Gateway without a sectionName or port to tell them apart', () => {
		expect(located(route('{ name: web, port: 8080 }', '[{ name: gw }, { name: gw }]'), 'crd/cel-rule')).toEqual([{ line: 5, column: 3, endLine: 5, endColumn: 13, path: 'spec.parentRefs' }]);
		expect(located(route('{ name: web, port: 8080 }', '[{ name: gw, sectionName: http }, { name: gw, sectionName: https }]'), 'crd/cel-rule')).toEqual([]);
	});

	it('rejects listeners with the same name, accepts distinct names; the message is the CRD\'s', () => {
		const gateway = (second: string) => yaml`
			apiVersion: gateway.networking.k8s.io/v1
			kind: Gateway
			metadata: { name: gw }
			spec:
			  gatewayClassName: example
			  listeners:
			    - { name: http, protocol: HTTP, port: 80 }
			    - { name: ${second}, protocol: HTTP, port: 8080 }
		`;
		const bad = lintManifests(gateway('http')).diagnostics.filter((d) => d.rule === 'crd/cel-rule');
		expect(bad.map(({ line, column, path }) => ({ line, column, path }))).toEqual([{ line: 6, column: 3, path: 'spec.listeners' }]);
		expect(bad[0]!.message.en).toMatch(/^Listener name must be unique within the Gateway/);
		expect(located(gateway('http-alt'), 'crd/cel-rule')).toEqual([]);
		expect(lintManifests(gateway('http-alt')).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});
});
