// Layer 2: apiVersion/kind and the Kubernetes naming rules.
import { describe, expect, it } from 'vitest';
import { located, yaml } from './helpers.ts';
import { enText } from './words.ts';

describe('identity layer', () => {
	it('names an IPAddress by its IP in canonical form, as ValidateIPAddressName does', () => {
		const ipAddress = (name: string) => yaml`
			apiVersion: networking.k8s.io/v1
			kind: IPAddress
			metadata:
			  name: "${name}"
			spec:
			  parentRef: { resource: services, name: web, namespace: default }
		`;
		expect(located(ipAddress('2001:db8::1'), 'identity/invalid-name')).toEqual([]);
		expect(located(ipAddress('10.96.0.10'), 'identity/invalid-name')).toEqual([]);
		expect(located(ipAddress('2001:db8:0::1'), 'identity/invalid-name')).toEqual([{ line: 4, column: 9, endLine: 4, endColumn: 24, path: 'metadata.name' }]);
		expect(located(ipAddress('web'), 'identity/invalid-name')).toHaveLength(1);
	});

	it('reports a missing apiVersion and kind on the first key', () => {
		const text = 'metadata:\n  name: x\n';
		expect(located(text, 'identity/missing-api-version')).toEqual([{ line: 1, column: 1, endLine: 1, endColumn: 9, path: 'apiVersion' }]);
		expect(located(text, 'identity/missing-kind')).toEqual([{ line: 1, column: 1, endLine: 1, endColumn: 9, path: 'kind' }]);
	});

	it('reports a document that is a list, not an object', () => {
		expect(located('- a\n- b\n', 'identity/not-an-object')).toEqual([{ line: 1, column: 1, endLine: 2, endColumn: 4, path: '' }]);
	});

	it('suggests the right group for a kind in the wrong apiVersion', () => {
		const text = 'apiVersion: v1\nkind: Deployment\nmetadata:\n  name: web\n';
		const [d] = located(text, 'identity/unknown-kind');
		expect(d).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 17, path: 'kind' });
	});

	it('suggests the spelling of a misspelt kind', async () => {
		const { lintManifests } = await import('../../../src/lib/manifest/index.ts');
		const [d] = lintManifests('apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: web\n').diagnostics;
		expect(d).toMatchObject({ rule: 'identity/unknown-kind', line: 2, column: 7 });
		expect(enText(d!.message)).toContain('"Deployment"');
	});

	it('reports an unknown version of a built-in group, suggesting the served one', async () => {
		const { lintManifests } = await import('../../../src/lib/manifest/index.ts');
		const [d] = lintManifests('apiVersion: apps/v2\nkind: Deployment\nmetadata:\n  name: web\n').diagnostics;
		expect(d).toMatchObject({ rule: 'identity/unknown-api-version', line: 1, column: 13, endColumn: 20, path: 'apiVersion' });
		expect(enText(d!.message)).toContain('"apps/v1"');
	});

	it('treats other groups as custom resources (info), unless their CRD is pasted too', () => {
		const cert = 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: site\nspec:\n  secretName: site-tls\n';
		expect(located(cert, 'identity/custom-resource')).toEqual([{ line: 1, column: 13, endLine: 1, endColumn: 31, path: 'apiVersion' }]);
		const crd = yaml`
			apiVersion: apiextensions.k8s.io/v1
			kind: CustomResourceDefinition
			metadata:
			  name: certificates.cert-manager.io
			spec:
			  group: cert-manager.io
			  scope: Namespaced
			  names: { kind: Certificate, plural: certificates }
			  versions:
			    - name: v1
			      served: true
			      storage: true
			      schema:
			        openAPIV3Schema:
			          type: object
			          x-kubernetes-preserve-unknown-fields: true
			---
		`;
		expect(located(crd + cert, 'identity/custom-resource')).toEqual([]);
		expect(located(crd + cert, 'schema/unknown-field')).toEqual([]);
	});

	it('requires metadata.name unless generateName is set', () => {
		expect(located('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {}\n', 'identity/missing-name')).toEqual([
			{ line: 3, column: 1, endLine: 3, endColumn: 9, path: 'metadata.name' },
		]);
		expect(located('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: cm-\n', 'identity/missing-name')).toEqual([]);
	});

	it('checks names with the rule of each kind', () => {
		// Services need a DNS-1035 label: starting with a letter.
		expect(located('apiVersion: v1\nkind: Service\nmetadata:\n  name: 1web\nspec:\n  ports: [{port: 80}]\n', 'identity/invalid-name')).toEqual([
			{ line: 4, column: 9, endLine: 4, endColumn: 13, path: 'metadata.name' },
		]);
		// A ConfigMap may have dots (DNS-1123 subdomain) but no upper case.
		expect(located('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app.config\n', 'identity/invalid-name')).toEqual([]);
		expect(located('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: AppConfig\n', 'identity/invalid-name')).toHaveLength(1);
		// RBAC names may contain colons (system:controller:…).
		expect(located('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: "system:reader"\n', 'identity/invalid-name')).toEqual([]);
		// Namespaces: a DNS-1123 label, at most 63 characters.
		expect(located(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${'a'.repeat(64)}\n`, 'identity/invalid-name')).toHaveLength(1);
	});

	it('checks metadata.namespace', () => {
		expect(located('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: My_NS\n', 'identity/invalid-namespace')).toEqual([
			{ line: 5, column: 14, endLine: 5, endColumn: 19, path: 'metadata.namespace' },
		]);
	});

	it('checks label keys and values, including Pod template labels', () => {
		const text = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			  labels:
			    app.kubernetes.io/name: web
			    "bad key!": x
			    owner: "team a"
			spec:
			  selector:
			    matchLabels: { app: web }
			  template:
			    metadata:
			      labels:
			        app: web
			        -tier: front
			    spec:
			      containers: [{ name: web, image: "nginx:1.27" }]
		`;
		expect(located(text, 'identity/invalid-label-key')).toEqual([
			{ line: 7, column: 5, endLine: 7, endColumn: 15, path: 'metadata.labels["bad key!"]' },
			{ line: 16, column: 9, endLine: 16, endColumn: 14, path: 'spec.template.metadata.labels["-tier"]' },
		]);
		expect(located(text, 'identity/invalid-label-value')).toEqual([{ line: 8, column: 12, endLine: 8, endColumn: 20, path: 'metadata.labels.owner' }]);
	});

	it('checks annotation keys but not their values', () => {
		const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    example.com/note: "any text: fine!"\n    /empty-prefix: x\n';
		expect(located(text, 'identity/invalid-annotation-key')).toEqual([{ line: 7, column: 5, endLine: 7, endColumn: 18, path: 'metadata.annotations["/empty-prefix"]' }]);
	});

	it('checks every object inside a v1 List', () => {
		const text = 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: Upper\n';
		expect(located(text, 'identity/invalid-name')).toEqual([{ line: 7, column: 13, endLine: 7, endColumn: 18, path: 'items[0].metadata.name' }]);
	});

	it('recognises kubeadm and kubelet configuration files', () => {
		const text = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16\n';
		expect(located(text, 'identity/custom-resource')).toEqual([]);
		expect(located(text, 'identity/missing-name')).toEqual([]);
	});
});
