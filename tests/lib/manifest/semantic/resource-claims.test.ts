// Semantic layer: Pod resourceClaims and container claims (resource-claims.ts, gate DynamicResourceAllocation,
// on by default since 1.34), Pod overhead without a RuntimeClass (pod-overhead.ts) and a StatefulSet's
// maxUnavailable (statefulset-update.ts, gate MaxUnavailableStatefulSet, on by default since 1.35).
import { describe, expect, it } from 'vitest';
import { lint, located, yaml } from '../helpers.ts';
import { enText } from '../words.ts';

describe('semantic resource claim rules', () => {
	it('rejects duplicate and invalid claim names and a claim naming neither or both sources', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: train }
			spec:
			  resourceClaims:
			    - { name: gpu, resourceClaimTemplateName: gpu-template }
			    - { name: gpu, resourceClaimName: shared-gpu }
			    - { name: Fast_GPU, resourceClaimName: a, resourceClaimTemplateName: b }
			    - { name: nic }
			  containers:
			    - name: app
			      image: trainer:2.1
		`;
		expect(located(bad, 'semantic/pod-resource-claim')).toEqual([
			{ line: 7, column: 15, endLine: 7, endColumn: 18, path: 'spec.resourceClaims[1].name' },
			{ line: 8, column: 15, endLine: 8, endColumn: 23, path: 'spec.resourceClaims[2].name' },
			{ line: 8, column: 47, endLine: 8, endColumn: 72, path: 'spec.resourceClaims[2].resourceClaimTemplateName' },
			{ line: 9, column: 9, endLine: 9, endColumn: 13, path: 'spec.resourceClaims[3]' },
		]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: train }
			spec:
			  resourceClaims:
			    - { name: gpu, resourceClaimTemplateName: gpu-template }
			    - { name: nic, resourceClaimName: shared-nic }
			  containers:
			    - name: app
			      image: trainer:2.1
			      resources:
			        claims: [{ name: gpu }, { name: nic }]
		`;
		expect(located(good, 'semantic/pod-resource-claim')).toEqual([]);
		expect(located(good, 'semantic/container-resource-claim')).toEqual([]);
		// Before 1.34 the gate was off by default and the server drops the field.
		expect(located(bad, 'semantic/pod-resource-claim', { k8sVersion: '1.33' })).toEqual([]);
	});

	it('rejects a container claim the Pod does not declare, twice the same claim and an invalid request', () => {
		const bad = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata: { name: train }
			spec:
			  template:
			    spec:
			      restartPolicy: Never
			      resourceClaims:
			        - { name: gpu, resourceClaimTemplateName: gpu-template }
			      containers:
			        - name: app
			          image: trainer:2.1
			          resources:
			            claims: [{ name: gpu }, { name: gpu }, { name: tpu }, { name: gpu, request: Big }]
		`;
		expect(located(bad, 'semantic/container-resource-claim')).toEqual([
			{ line: 14, column: 45, endLine: 14, endColumn: 48, path: 'spec.template.spec.containers[0].resources.claims[1].name' },
			{ line: 14, column: 60, endLine: 14, endColumn: 63, path: 'spec.template.spec.containers[0].resources.claims[2].name' },
			{ line: 14, column: 89, endLine: 14, endColumn: 92, path: 'spec.template.spec.containers[0].resources.claims[3].request' },
		]);
		const good = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata: { name: train }
			spec:
			  template:
			    spec:
			      restartPolicy: Never
			      resourceClaims:
			        - { name: gpu, resourceClaimTemplateName: gpu-template }
			      containers:
			        - name: app
			          image: trainer:2.1
			          resources:
			            claims: [{ name: gpu, request: big }, { name: gpu, request: small }]
		`;
		expect(located(good, 'semantic/container-resource-claim')).toEqual([]);
	});
});

describe('semantic Pod overhead rule', () => {
	it('rejects spec.overhead on a Pod without a runtimeClassName, accepts it with one', () => {
		const pod = (extra: string) => yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: sandboxed }
			spec:
			  ${extra}
			  overhead: { cpu: 250m, memory: 120Mi }
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(pod('hostname: box'), 'semantic/pod-overhead')).toEqual([{ line: 6, column: 3, endLine: 6, endColumn: 11, path: 'spec.overhead' }]);
		expect(located(pod('runtimeClassName: kata'), 'semantic/pod-overhead')).toEqual([]);
	});

	it("reports a Deployment template's overhead without a runtimeClassName: the Deployment is accepted, its Pods are not", () => {
		const deployment = (extra: string) => yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata: { name: web }
			spec:
			  selector: { matchLabels: { app: web } }
			  template:
			    metadata: { labels: { app: web } }
			    spec:
			      ${extra}
			      overhead: {}
			      containers: [{ name: app, image: nginx:1.27 }]
		`;
		const found = lint(deployment('hostname: box')).filter((d) => d.rule === 'semantic/pod-overhead');
		expect(found.map(({ line, column, path }) => ({ line, column, path }))).toEqual([{ line: 10, column: 7, path: 'spec.template.spec.overhead' }]);
		expect(enText(found[0]!.message)).toContain('accepts the Deployment itself, but refuses every Pod');
		expect(located(deployment('runtimeClassName: gvisor'), 'semantic/pod-overhead')).toEqual([]);
	});
});

describe('semantic StatefulSet maxUnavailable rule', () => {
	const statefulSet = (rollingUpdate: string) => yaml`
		apiVersion: apps/v1
		kind: StatefulSet
		metadata: { name: db }
		spec:
		  serviceName: db
		  selector: { matchLabels: { app: db } }
		  updateStrategy:
		    rollingUpdate: ${rollingUpdate}
		  template:
		    metadata: { labels: { app: db } }
		    spec:
		      containers: [{ name: db, image: postgres:17 }]
	`;

	it('rejects 0, 0% and more than 100%, accepts a count or a percentage', () => {
		expect(located(statefulSet('{ maxUnavailable: 0 }'), 'semantic/statefulset-max-unavailable')).toEqual([
			{ line: 8, column: 38, endLine: 8, endColumn: 39, path: 'spec.updateStrategy.rollingUpdate.maxUnavailable' },
		]);
		expect(located(statefulSet('{ maxUnavailable: "0%" }'), 'semantic/statefulset-max-unavailable')).toHaveLength(1);
		expect(located(statefulSet('{ maxUnavailable: 150% }'), 'semantic/statefulset-max-unavailable')).toHaveLength(1);
		expect(located(statefulSet('{ maxUnavailable: 2, partition: 1 }'), 'semantic/statefulset-max-unavailable')).toEqual([]);
		expect(located(statefulSet('{ maxUnavailable: 50% }'), 'semantic/statefulset-max-unavailable')).toEqual([]);
		// Before 1.35 the gate was off by default and the server drops the field.
		expect(located(statefulSet('{ maxUnavailable: 0 }'), 'semantic/statefulset-max-unavailable', { k8sVersion: '1.34' })).toEqual([]);
	});

	it('still rejects a negative partition (negative-count)', () => {
		expect(located(statefulSet('{ partition: -1 }'), 'semantic/negative-count')).toEqual([
			{ line: 8, column: 33, endLine: 8, endColumn: 35, path: 'spec.updateStrategy.rollingUpdate.partition' },
		]);
	});
});
