// Layer 5: checks between the objects of one paste.
import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import { located, yaml } from './helpers.ts';

const deployment = (selector: string, labels: string, extra = '') => yaml`
	apiVersion: apps/v1
	kind: Deployment
	metadata: { name: web }
	spec:
	  selector: ${selector}
	  template:
	    metadata: { labels: ${labels} }
	    spec:
	      containers:
	        - name: web
	          image: nginx:1.27
	          ports: [{ name: http, containerPort: 80 }]
${extra}
`;

describe('cross-resource layer', () => {
	it('rejects a selector that does not match the template labels (error, on spec.selector)', () => {
		const text = deployment('{ matchLabels: { app: web } }', '{ app: frontend }');
		expect(located(text, 'cross/selector-mismatch')).toEqual([{ line: 5, column: 3, endLine: 5, endColumn: 11, path: 'spec.selector' }]);
		expect(lintManifests(text).diagnostics.find((d) => d.rule === 'cross/selector-mismatch')!.severity).toBe('error');
	});

	it('evaluates matchExpressions', () => {
		expect(located(deployment('{ matchExpressions: [{ key: tier, operator: In, values: [web, api] }] }', '{ tier: api }'), 'cross/selector-mismatch')).toEqual([]);
		expect(located(deployment('{ matchExpressions: [{ key: tier, operator: NotIn, values: [api] }] }', '{ tier: api }'), 'cross/selector-mismatch')).toHaveLength(1);
		expect(located(deployment('{ matchExpressions: [{ key: tier, operator: Exists }] }', '{ app: web }'), 'cross/selector-mismatch')).toHaveLength(1);
	});

	it('rejects an empty selector', () => {
		expect(located(deployment('{}', '{ app: web }'), 'cross/selector-mismatch')).toHaveLength(1);
	});

	it('warns when a Service selects none of the pasted Pods, and checks named targetPorts of those it selects', () => {
		const service = (selector: string, targetPort: string) =>
			`---\napiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  selector: ${selector}\n  ports:\n    - port: 80\n      targetPort: ${targetPort}\n`;
		const base = deployment('{ matchLabels: { app: web } }', '{ app: web }');
		const baseLines = base.split('\n').length - 1;
		expect(located(base + service('{ app: api }', 'http'), 'cross/service-selects-nothing')).toEqual([
			{ line: baseLines + 6, column: 3, endLine: baseLines + 6, endColumn: 11, path: 'spec.selector' },
		]);
		expect(located(base + service('{ app: web }', 'http'), 'cross/service-selects-nothing')).toEqual([]);
		expect(located(base + service('{ app: web }', 'http'), 'cross/target-port-not-found')).toEqual([]);
		expect(located(base + service('{ app: web }', 'htp'), 'cross/target-port-not-found')).toEqual([
			{ line: baseLines + 9, column: 19, endLine: baseLines + 9, endColumn: 22, path: 'spec.ports[0].targetPort' },
		]);
		// A Service alone says nothing: its Pods may come from elsewhere.
		expect(located(service('{ app: api }', 'http').slice(4), 'cross/service-selects-nothing')).toEqual([]);
	});

	it('flags a volumeMount of an undeclared volume (the API server rejects it)', () => {
		const text = deployment('{ matchLabels: { app: web } }', '{ app: web }').replace(
			'ports: [{ name: http, containerPort: 80 }]',
			'volumeMounts: [{ name: data, mountPath: /data }]',
		);
		expect(located(text, 'cross/volume-not-found')).toEqual([
			{ line: 12, column: 34, endLine: 12, endColumn: 38, path: 'spec.template.spec.containers[0].volumeMounts[0].name' },
		]);
	});

	it('notes ConfigMap/Secret/PVC/ServiceAccount references not in the paste (info), and missing keys (warning)', () => {
		const text = yaml`
			apiVersion: v1
			kind: ConfigMap
			metadata: { name: settings }
			data: { MODE: fast }
			---
			apiVersion: v1
			kind: Pod
			metadata: { name: app }
			spec:
			  serviceAccountName: app-sa
			  containers:
			    - name: app
			      image: busybox:1.36
			      env:
			        - name: MODE
			          valueFrom: { configMapKeyRef: { name: settings, key: MOOD } }
			        - name: TOKEN
			          valueFrom: { secretKeyRef: { name: api-token, key: token } }
			        - name: OPTIONAL
			          valueFrom: { secretKeyRef: { name: maybe, key: x, optional: true } }
			  volumes:
			    - name: data
			      persistentVolumeClaim: { claimName: data }
		`;
		const infos = lintManifests(text).diagnostics.filter((d) => d.rule === 'cross/reference-not-in-paste');
		expect(infos.map((d) => [d.severity, d.line, d.column, d.path])).toEqual([
			['info', 10, 23, 'spec.serviceAccountName'],
			['info', 18, 46, 'spec.containers[0].env[1].valueFrom.secretKeyRef.name'],
			['info', 23, 43, 'spec.volumes[0].persistentVolumeClaim.claimName'],
		]);
		expect(located(text, 'cross/key-not-found')).toEqual([
			{ line: 16, column: 64, endLine: 16, endColumn: 68, path: 'spec.containers[0].env[0].valueFrom.configMapKeyRef.key' },
		]);
	});

	it('checks Ingress backends: Service not pasted (info), port missing on a pasted Service', () => {
		const text = yaml`
			apiVersion: networking.k8s.io/v1
			kind: Ingress
			metadata: { name: shop }
			spec:
			  rules:
			    - http:
			        paths:
			          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 8080 } } } }
			          - { path: /api, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
			---
			apiVersion: v1
			kind: Service
			metadata: { name: web }
			spec:
			  ports: [{ port: 80 }]
		`;
		expect(located(text, 'cross/ingress-backend-not-found')).toEqual([
			{ line: 8, column: 91, endLine: 8, endColumn: 95, path: 'spec.rules[0].http.paths[0].backend.service.port.number' },
			{ line: 9, column: 73, endLine: 9, endColumn: 76, path: 'spec.rules[0].http.paths[1].backend.service.name' },
		]);
	});

	it('notes an HPA whose target is not pasted', () => {
		const text =
			'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: web }\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }\n  maxReplicas: 5\n';
		expect(located(text, 'cross/hpa-target-not-found')).toEqual([{ line: 5, column: 66, endLine: 5, endColumn: 69, path: 'spec.scaleTargetRef.name' }]);
		expect(located(`${text}---\n${deployment('{ matchLabels: { app: web } }', '{ app: web }')}`, 'cross/hpa-target-not-found')).toEqual([]);
	});

	it('warns about the same object defined twice', () => {
		const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';
		expect(located(`${cm}---\n${cm}`, 'cross/duplicate-object')).toEqual([{ line: 9, column: 9, endLine: 9, endColumn: 10, path: 'metadata.name' }]);
		expect(located(`${cm}---\n${cm.replace('name: c', 'name: c\n  namespace: other')}`, 'cross/duplicate-object')).toEqual([]);
	});

	it('an empty ReplicationController selector is defaulted to the template labels, not rejected', () => {
		const rc = (selector: string) => yaml`
			apiVersion: v1
			kind: ReplicationController
			metadata: { name: rc }
			spec:
			  selector: ${selector}
			  template:
			    metadata: { labels: { app: rc } }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(rc('{}'), 'cross/selector-mismatch')).toEqual([]);
		expect(located(rc('{ app: other }'), 'cross/selector-mismatch')).toHaveLength(1);
	});
});
