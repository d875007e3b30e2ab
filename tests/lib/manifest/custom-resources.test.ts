// CustomResourceDefinitions in the paste and the objects of their kinds, including CEL rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { lintManifests, loadExtensionsFor } from '../../../src/lib/manifest/index.ts';
import { lint, located, rulesOf, yaml } from './helpers.ts';
import { enText, zhText } from './words.ts';

const crd = yaml`
  apiVersion: apiextensions.k8s.io/v1
  kind: CustomResourceDefinition
  metadata:
    name: widgets.example.com
  spec:
    group: example.com
    scope: Namespaced
    names:
      plural: widgets
      kind: Widget
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
                required: [size]
                x-kubernetes-validations:
                  - rule: self.minReplicas <= self.maxReplicas
                    message: minReplicas must not exceed maxReplicas
                  - rule: "!has(self.tls) || self.tls.secretName.startsWith('tls-')"
                    fieldPath: .tls.secretName
                  - rule: self.size == oldSelf.size
                properties:
                  size: { type: string, enum: [small, large] }
                  minReplicas: { type: integer, minimum: 0, default: 1 }
                  maxReplicas: { type: integer, maximum: 10, default: 3 }
                  name: { type: string, pattern: '^[a-z]+$', maxLength: 8 }
                  port: { x-kubernetes-int-or-string: true }
                  labels: { type: object, additionalProperties: { type: string } }
                  extra: { type: object, x-kubernetes-preserve-unknown-fields: true }
                  tags: { type: array, items: { type: string }, x-kubernetes-list-type: set }
                  tls:
                    type: object
                    properties:
                      secretName: { type: string }
                  ratio: { type: number }
                  when: { type: string, format: date-time }
      - name: v1beta1
        served: false
        storage: false
        schema:
          openAPIV3Schema: { type: object, x-kubernetes-preserve-unknown-fields: true }
`;

/** The CRD above (lines 1–47), then one Widget: apiVersion on line 49, `spec:` on line 53, its first field on line 54. */
function withWidget(spec: string, apiVersion = 'example.com/v1'): string {
	return `${crd}---\napiVersion: ${apiVersion}\nkind: Widget\nmetadata:\n  name: w1\nspec:\n${spec.replace(/^\n/, '')}`;
}

beforeAll(async () => {
	await loadExtensionsFor('x-kubernetes-validations');
});

describe('the CRD itself', () => {
	it('accepts a valid CRD (defaults for singular and listKind)', () => {
		expect(lint(crd).filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('requires metadata.name = plural.group', () => {
		const text = crd.replace('name: widgets.example.com', 'name: widget.example.com');
		expect(located(text, 'crd/invalid-name')).toEqual([{ line: 4, column: 9, endLine: 4, endColumn: 27, path: 'metadata.name' }]);
	});

	it('requires exactly one storage version', () => {
		const text = crd.replace('served: false\n      storage: false', 'served: false\n      storage: true');
		expect(located(text, 'crd/storage-version')).toEqual([{ line: 11, column: 3, endLine: 11, endColumn: 11, path: 'spec.versions' }]);
	});

	it('checks group, scope and names', () => {
		const text = crd
			.replace('group: example.com', 'group: example')
			.replace('name: widgets.example.com', 'name: widgets.example')
			.replace('scope: Namespaced', 'scope: namespaced')
			.replace('kind: Widget', 'kind: Widget_');
		expect(located(text, 'crd/invalid-group')).toEqual([{ line: 6, column: 10, endLine: 6, endColumn: 17, path: 'spec.group' }]);
		expect(located(text, 'crd/invalid-scope')).toEqual([{ line: 7, column: 10, endLine: 7, endColumn: 20, path: 'spec.scope' }]);
		expect(located(text, 'crd/invalid-names').map((d) => d.path)).toEqual(['spec.names.kind']);
	});

	it('refuses non-structural schemas', () => {
		const text = crd
			.replace('ratio: { type: number }', 'ratio: { description: no type }')
			.replace('tags: { type: array, items: { type: string }, x-kubernetes-list-type: set }', 'tags: { type: array }');
		expect(located(text, 'crd/structural-schema')).toEqual([
			{ line: 36, column: 25, endLine: 36, endColumn: 29, path: 'spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.tags.type' },
			{ line: 41, column: 24, endLine: 41, endColumn: 48, path: 'spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.ratio.type' },
		]);
	});

	it('requires a schema per version and warns when nothing is served', () => {
		const text = yaml`
			apiVersion: apiextensions.k8s.io/v1
			kind: CustomResourceDefinition
			metadata: { name: gadgets.example.com }
			spec:
			  group: example.com
			  scope: Cluster
			  names: { plural: gadgets, kind: Gadget }
			  versions:
			    - name: v1
			      served: false
			      storage: true
		`;
		expect(located(text, 'crd/missing-schema')).toEqual([{ line: 9, column: 7, endLine: 9, endColumn: 11, path: 'spec.versions[0]' }]);
		expect(located(text, 'crd/no-served-version')).toEqual([{ line: 8, column: 3, endLine: 8, endColumn: 11, path: 'spec.versions' }]);
	});
});

describe('objects of a pasted CRD', () => {
	it('accepts a valid object, with every value form the schema allows', () => {
		const text = withWidget(`
  size: small
  name: abc
  port: http
  labels: { a: b }
  extra: { anything: [1, 2] }
  tags: [a, b]
  tls: { secretName: tls-web }
  ratio: 1
  when: 2024-05-01T12:00:00Z
  minReplicas: 2
`);
		const result = lintManifests(text);
		expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
		// The transition rule is skipped (as on create), which does not weaken the verdict.
		expect(rulesOf(result.diagnostics)).toEqual(['crd/cel-transition-rule']);
		expect(result.coverage?.celNotEvaluated).toEqual([]);
		expect(result.coverage?.noSchema).toEqual([]);
	});

	it('reports unknown fields, types, enums, patterns and bounds on the exact value', () => {
		const text = withWidget(`
  size: medium
  name: ABCDEFGHIJ
  port: 1.5
  colour: blue
  tags: [a, a]
  maxReplicas: 11
  when: yesterday
`);
		const found = lint(text)
			.filter((d) => d.severity === 'error')
			.map(({ rule, line, column, endColumn, path }) => ({ rule, line, column, endColumn, path }));
		expect(found).toEqual([
			{ rule: 'crd/invalid-value', line: 54, column: 9, endColumn: 15, path: 'spec.size' },
			{ rule: 'crd/invalid-value', line: 55, column: 9, endColumn: 19, path: 'spec.name' },
			{ rule: 'crd/invalid-value', line: 55, column: 9, endColumn: 19, path: 'spec.name' },
			{ rule: 'crd/type-mismatch', line: 56, column: 9, endColumn: 12, path: 'spec.port' },
			{ rule: 'crd/unknown-field', line: 57, column: 3, endColumn: 9, path: 'spec.colour' },
			{ rule: 'crd/invalid-value', line: 58, column: 13, endColumn: 14, path: 'spec.tags[1]' },
			{ rule: 'crd/invalid-value', line: 59, column: 16, endColumn: 18, path: 'spec.maxReplicas' },
			{ rule: 'crd/invalid-value', line: 60, column: 9, endColumn: 18, path: 'spec.when' },
		]);
	});

	it('reports a missing required field on the key that holds the object', () => {
		expect(located(withWidget('  minReplicas: 1\n'), 'crd/missing-required')).toEqual([{ line: 53, column: 1, endLine: 53, endColumn: 5, path: 'spec.size' }]);
	});

	it('refuses a version the CRD does not serve, or does not have', () => {
		expect(located(withWidget('  size: small\n', 'example.com/v1beta1'), 'crd/version-not-served')).toEqual([
			{ line: 49, column: 13, endLine: 49, endColumn: 32, path: 'apiVersion' },
		]);
		const missing = lint(withWidget('  size: small\n', 'example.com/v2')).find((d) => d.rule === 'crd/version-not-served');
		expect(enText(missing?.message)).toMatch(/^no matches for kind "Widget" in version "example.com\/v2".*Served: example.com\/v1\.$/);
	});
});

describe('CEL rules (x-kubernetes-validations)', () => {
	it('fails a rule after defaults are applied, with the rule message, on the object that holds the rule', () => {
		// maxReplicas defaults to 3, so minReplicas 5 breaks the rule.
		const found = lint(withWidget('  size: small\n  minReplicas: 5\n')).filter((d) => d.rule === 'crd/cel-rule');
		expect(found.map(({ line, column, endColumn, path }) => ({ line, column, endColumn, path }))).toEqual([{ line: 53, column: 1, endColumn: 5, path: 'spec' }]);
		expect(enText(found[0]!.message)).toBe('minReplicas must not exceed maxReplicas (x-kubernetes-validations rule: self.minReplicas <= self.maxReplicas)');
		expect(zhText(found[0]!.message)).toContain('minReplicas must not exceed maxReplicas');
	});

	it('passes the rule when the values satisfy it', () => {
		expect(located(withWidget('  size: small\n  minReplicas: 3\n'), 'crd/cel-rule')).toEqual([]);
	});

	it("locates a failure on the rule's fieldPath", () => {
		expect(located(withWidget('  size: small\n  tls:\n    secretName: web\n'), 'crd/cel-rule')).toEqual([
			{ line: 56, column: 5, endLine: 56, endColumn: 15, path: 'spec.tls.secretName' },
		]);
	});

	it('reports a rule using a Kubernetes library it lacks as not evaluated, and the verdict says so', () => {
		const text = withWidget('  size: small\n').replace('self.minReplicas <= self.maxReplicas', "quantity('1Gi').isGreaterThan(quantity('1Mi'))");
		const result = lintManifests(text);
		expect(result.diagnostics.filter((d) => d.rule === 'crd/cel-not-evaluated').map((d) => [d.severity, d.line, d.path])).toEqual([['info', 53, 'spec']]);
		expect(result.coverage?.celNotEvaluated).toEqual([1]);
	});
});

describe('custom resources without a CRD', () => {
	it('stay an info, never an error, and count as not checked', () => {
		const result = lintManifests('apiVersion: example.org/v1\nkind: Thing\nmetadata:\n  name: t\nspec: { anything: 1 }\n');
		expect(result.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['info', 'identity/custom-resource']]);
		expect(result.coverage?.noSchema).toEqual([0]);
	});
});

describe('the status subresource', () => {
	const withStatus = (subresources: string) =>
		yaml`
			apiVersion: apiextensions.k8s.io/v1
			kind: CustomResourceDefinition
			metadata: { name: jobs.example.com }
			spec:
			  group: example.com
			  scope: Namespaced
			  names: { plural: jobs, kind: Job }
			  versions:
			    - name: v1
			      served: true
			      storage: true
			      ${subresources}
			      schema:
			        openAPIV3Schema:
			          type: object
			          properties:
			            status: { type: object, properties: { phase: { type: string } } }
			---
			apiVersion: example.com/v1
			kind: Job
			metadata: { name: j }
			status: { phase: 3, other: x }
		`;

	it('makes the server ignore status on create, so it is not judged', () => {
		expect(lint(withStatus('subresources: { status: {} }')).filter((d) => d.rule.startsWith('crd/'))).toEqual([]);
	});

	it('without it, status is checked like any field', () => {
		expect(rulesOf(lint(withStatus('deprecated: false')).filter((d) => d.rule.startsWith('crd/')))).toEqual(['crd/type-mismatch', 'crd/unknown-field']);
	});
});

describe('metadata at the root of a CRD schema', () => {
	const text = (name: string) => yaml`
		apiVersion: apiextensions.k8s.io/v1
		kind: CustomResourceDefinition
		metadata: { name: routes.example.com }
		spec:
		  group: example.com
		  scope: Namespaced
		  names: { plural: routes, kind: Route }
		  versions:
		    - name: v1
		      served: true
		      storage: true
		      schema:
		        openAPIV3Schema:
		          type: object
		          properties:
		            apiVersion: { type: string }
		            kind: { type: string }
		            metadata:
		              type: object
		              properties:
		                name: { type: string, maxLength: 10 }
		---
		apiVersion: example.com/v1
		kind: Route
		metadata:
		  name: ${name}
		  namespace: default
		  labels: { app: web }
	`;

	it('is ObjectMeta, never pruned: its fields are not unknown even when the schema says only type: object', () => {
		expect(lint(text('short')).filter((d) => d.rule.startsWith('crd/'))).toEqual([]);
	});

	it('may restrict name, and that restriction is checked', () => {
		expect(located(text('much-too-long-name'), 'crd/invalid-value')).toEqual([{ line: 26, column: 9, endLine: 26, endColumn: 27, path: 'metadata.name' }]);
	});
});
