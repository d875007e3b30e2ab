// Semantic layer, downward API (src/lib/manifest/semantic/downward-api.ts): env fieldRef / resourceFieldRef
// and downwardAPI volume files, read after the v1 defaults (fieldRef.apiVersion v1, divisor 0 = unset).
import { describe, expect, it } from 'vitest';
import { located, yaml } from '../helpers.ts';

describe('semantic downward API rules', () => {
	it('rejects a fieldPath env vars cannot read, a subscript on a plain field and a non-v1 apiVersion', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: web }
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      env:
			        - name: PHASE
			          valueFrom: { fieldRef: { fieldPath: status.phase } }
			        - name: NODE
			          valueFrom: { fieldRef: { fieldPath: "spec.nodeName['x']" } }
			        - name: NAME
			          valueFrom: { fieldRef: { apiVersion: v2, fieldPath: metadata.name } }
			        - name: LABELS
			          valueFrom: { fieldRef: { fieldPath: metadata.labels } }
			        - name: BADKEY
			          valueFrom: { fieldRef: { fieldPath: "metadata.labels['-x']" } }
		`;
		expect(located(bad, 'semantic/downward-api-field')).toEqual([
			{ line: 10, column: 47, endLine: 10, endColumn: 59, path: 'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath' },
			{ line: 12, column: 47, endLine: 12, endColumn: 67, path: 'spec.containers[0].env[1].valueFrom.fieldRef.fieldPath' },
			{ line: 14, column: 48, endLine: 14, endColumn: 50, path: 'spec.containers[0].env[2].valueFrom.fieldRef.apiVersion' },
			{ line: 16, column: 47, endLine: 16, endColumn: 62, path: 'spec.containers[0].env[3].valueFrom.fieldRef.fieldPath' },
			{ line: 18, column: 47, endLine: 18, endColumn: 70, path: 'spec.containers[0].env[4].valueFrom.fieldRef.fieldPath' },
		]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: web }
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      env:
			        - name: NODE
			          valueFrom: { fieldRef: { fieldPath: spec.host } }
			        - name: IPS
			          valueFrom: { fieldRef: { apiVersion: v1, fieldPath: status.podIPs } }
			        - name: ZONE
			          valueFrom: { fieldRef: { fieldPath: "metadata.annotations['Example.COM/Zone']" } }
			        - name: APP
			          valueFrom: { fieldRef: { fieldPath: "metadata.labels['app.kubernetes.io/name']" } }
		`;
		expect(located(good, 'semantic/downward-api-field')).toEqual([]);
	});

	it('rejects a volume file reading spec.nodeName, accepts metadata.labels as a whole', () => {
		const volume = (fieldPath: string) => yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: web }
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  volumes:
			    - name: info
			      downwardAPI:
			        items:
			          - { path: value, fieldRef: { fieldPath: ${fieldPath} } }
		`;
		expect(located(volume('spec.nodeName'), 'semantic/downward-api-field')).toEqual([
			{ line: 10, column: 51, endLine: 10, endColumn: 64, path: 'spec.volumes[0].downwardAPI.items[0].fieldRef.fieldPath' },
		]);
		expect(located(volume('metadata.labels'), 'semantic/downward-api-field')).toEqual([]);
	});

	it('rejects unsupported resources, divisors and a volume file without containerName', () => {
		const bad = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata: { name: web }
			spec:
			  selector: { matchLabels: { app: web } }
			  template:
			    metadata: { labels: { app: web } }
			    spec:
			      containers:
			        - name: app
			          image: nginx:1.27
			          env:
			            - name: GPU
			              valueFrom: { resourceFieldRef: { resource: limits.nvidia.com/gpu } }
			            - name: HALF
			              valueFrom: { resourceFieldRef: { resource: limits.cpu, divisor: 0.5 } }
			            - name: KIB
			              valueFrom: { resourceFieldRef: { resource: limits.memory, divisor: "1024" } }
			      volumes:
			        - name: info
			          projected:
			            sources:
			              - downwardAPI:
			                  items:
			                    - { path: cpu, resourceFieldRef: { resource: limits.cpu } }
		`;
		expect(located(bad, 'semantic/downward-api-resource')).toEqual([
			{ line: 14, column: 58, endLine: 14, endColumn: 79, path: 'spec.template.spec.containers[0].env[0].valueFrom.resourceFieldRef.resource' },
			{ line: 16, column: 79, endLine: 16, endColumn: 82, path: 'spec.template.spec.containers[0].env[1].valueFrom.resourceFieldRef.divisor' },
			{ line: 18, column: 82, endLine: 18, endColumn: 88, path: 'spec.template.spec.containers[0].env[2].valueFrom.resourceFieldRef.divisor' },
			{ line: 25, column: 36, endLine: 25, endColumn: 52, path: 'spec.template.spec.volumes[0].projected.sources[0].downwardAPI.items[0].resourceFieldRef.containerName' },
		]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: web }
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      env:
			        - { name: A, valueFrom: { resourceFieldRef: { resource: requests.cpu, divisor: 1000m } } }
			        - { name: B, valueFrom: { resourceFieldRef: { resource: limits.memory, divisor: 1024Ki } } }
			        - { name: C, valueFrom: { resourceFieldRef: { resource: limits.memory, divisor: 1000 } } }
			        - { name: D, valueFrom: { resourceFieldRef: { resource: limits.cpu, divisor: "0.001" } } }
			        - { name: E, valueFrom: { resourceFieldRef: { resource: requests.hugepages-2Mi, divisor: 1Mi } } }
			        - { name: F, valueFrom: { resourceFieldRef: { resource: limits.ephemeral-storage, divisor: 0 } } }
			  volumes:
			    - name: info
			      downwardAPI:
			        items:
			          - { path: mem, resourceFieldRef: { containerName: app, resource: limits.memory, divisor: 1M } }
		`;
		expect(located(good, 'semantic/downward-api-resource')).toEqual([]);
	});

	it('rejects a volume file with neither or both sources', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: web }
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  volumes:
			    - name: info
			      downwardAPI:
			        items:
			          - { path: none }
			          - { path: both, fieldRef: { fieldPath: metadata.name }, resourceFieldRef: { containerName: app, resource: limits.cpu } }
		`;
		expect(located(bad, 'semantic/downward-api-item')).toEqual([
			{ line: 10, column: 15, endLine: 10, endColumn: 19, path: 'spec.volumes[0].downwardAPI.items[0]' },
			{ line: 11, column: 67, endLine: 11, endColumn: 83, path: 'spec.volumes[0].downwardAPI.items[1].resourceFieldRef' },
		]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: web }
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  volumes:
			    - name: info
			      downwardAPI:
			        items:
			          - { path: name, fieldRef: { fieldPath: metadata.name } }
			          - { path: cpu, resourceFieldRef: { containerName: app, resource: limits.cpu } }
		`;
		expect(located(good, 'semantic/downward-api-item')).toEqual([]);
	});
});
