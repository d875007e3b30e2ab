// Gateway API objects against the bundled schema (src/generated/gateway-api), loaded on demand.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { lintManifests, loadExtensionsFor } from '../../../src/lib/manifest/index.ts';
import { located, yaml } from './helpers.ts';

const valid = yaml`
  apiVersion: gateway.networking.k8s.io/v1
  kind: Gateway
  metadata:
    name: web
  spec:
    gatewayClassName: example
    listeners:
      - name: http
        protocol: HTTP
        port: 80
        allowedRoutes:
          namespaces: { from: Same }
  ---
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: web
  spec:
    parentRefs:
      - name: web
        sectionName: http
    hostnames: [shop.example.com]
    rules:
      - matches:
          - path: { type: PathPrefix, value: / }
        backendRefs:
          - name: web
            port: 8080
            weight: 1
`;

describe('Gateway API', () => {
	it('is not checked before its schema is loaded, and a paste says it needs it', async () => {
		// Unit test files share one module registry (isolate: false), so another file may have loaded the
		// schema already: ask a freshly evaluated copy of the engine, as a page that has just started would.
		vi.resetModules();
		const fresh = await import('../../../src/lib/manifest/index.ts');
		expect(fresh.needsExtensions(valid)).toBe(true);
		await fresh.loadExtensionsFor(valid);
		expect(fresh.needsExtensions(valid)).toBe(false);
	});

	describe('with the bundled schema loaded', () => {
		beforeAll(async () => {
			await loadExtensionsFor(valid);
		});

		it('accepts valid Gateway and HTTPRoute objects (fields embedded from CommonRouteSpec and BackendRef included)', () => {
			const result = lintManifests(valid);
			expect(result.diagnostics.filter((d) => d.severity === 'error' || d.rule === 'identity/custom-resource')).toEqual([]);
			expect(result.coverage?.noSchema).toEqual([]);
		});

		it('reports unknown fields, enums, types and missing required fields at their place', () => {
			const text = valid
				.replace('sectionName: http', 'sectionNme: http')
				.replace('type: PathPrefix', 'type: Prefix')
				.replace('port: 8080', 'port: "8080"')
				.replace('gatewayClassName: example\n', '');
			expect(located(text, 'schema/unknown-field')).toEqual([{ line: 20, column: 7, endLine: 20, endColumn: 17, path: 'spec.parentRefs[0].sectionNme' }]);
			expect(located(text, 'schema/invalid-enum')).toEqual([{ line: 24, column: 25, endLine: 24, endColumn: 31, path: 'spec.rules[0].matches[0].path.type' }]);
			expect(located(text, 'schema/type-mismatch')).toEqual([{ line: 27, column: 17, endLine: 27, endColumn: 23, path: 'spec.rules[0].backendRefs[0].port' }]);
			expect(located(text, 'schema/missing-required')).toEqual([{ line: 5, column: 1, endLine: 5, endColumn: 5, path: 'spec.gatewayClassName' }]);
		});

		it('gives way to a CRD of the group pasted with the objects (the definition the cluster will use, CEL rules included)', async () => {
			const crd = yaml`
				apiVersion: apiextensions.k8s.io/v1
				kind: CustomResourceDefinition
				metadata: { name: httproutes.gateway.networking.k8s.io }
				spec:
				  group: gateway.networking.k8s.io
				  scope: Namespaced
				  names: { plural: httproutes, kind: HTTPRoute }
				  versions:
				    - name: v1
				      served: true
				      storage: true
				      schema:
				        openAPIV3Schema:
				          type: object
				          properties:
				            spec:
				              type: object
				              x-kubernetes-validations:
				                - rule: size(self.hostnames) > 0
				                  message: at least one hostname
				              properties:
				                hostnames: { type: array, items: { type: string } }
				                extra: { type: string }
				---
				apiVersion: gateway.networking.k8s.io/v1
				kind: HTTPRoute
				metadata: { name: r }
				spec:
				  hostnames: []
				  extra: allowed-by-this-crd
			`;
			await loadExtensionsFor(crd);
			const rules = lintManifests(crd).diagnostics.map((d) => d.rule);
			expect(rules).toEqual(['crd/cel-rule']);
		});

		it('leaves a kind the package does not model as a custom resource note', () => {
			const result = lintManifests('apiVersion: gateway.networking.k8s.io/v1\nkind: MeshRoute\nmetadata:\n  name: m\n');
			expect(result.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['info', 'identity/custom-resource']]);
		});
	});
});
