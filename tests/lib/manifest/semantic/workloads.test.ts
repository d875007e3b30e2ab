// Semantic layer, workloads (src/lib/manifest/semantic/workloads.ts): Deployment, ReplicaSet, StatefulSet,
// DaemonSet and ReplicationController specs after the apps/v1 defaults.
import { describe, expect, it } from 'vitest';
import { located, yaml } from '../helpers.ts';

describe('semantic workload rules', () => {
	it('rejects negative replicas, accepts 0', () => {
		const bad = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  replicas: -1
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/negative-count')).toEqual([{ line: 8, column: 13, endLine: 8, endColumn: 15, path: 'spec.replicas' }]);
		const good = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  replicas: 0
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/negative-count')).toEqual([]);
	});

	it('rejects minReadySeconds not below the default progressDeadlineSeconds (600)', () => {
		const bad = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  minReadySeconds: 600
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/progress-deadline')).toEqual([{ line: 8, column: 20, endLine: 8, endColumn: 23, path: 'spec.minReadySeconds' }]);
		const good = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  minReadySeconds: 600
			  progressDeadlineSeconds: 900
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/progress-deadline')).toEqual([]);
	});

	it('rejects maxSurge 0 with maxUnavailable 0%, accepts maxUnavailable 0 alone (maxSurge defaults to 25%)', () => {
		const bad = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  strategy:
			    rollingUpdate: { maxSurge: 0, maxUnavailable: 0% }
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/rolling-update')).toEqual([{ line: 9, column: 51, endLine: 9, endColumn: 53, path: 'spec.strategy.rollingUpdate.maxUnavailable' }]);
		const good = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  strategy:
			    rollingUpdate: { maxUnavailable: 0 }
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/rolling-update')).toEqual([]);
	});

	it('rejects maxSurge on a DaemonSet when maxUnavailable keeps its default 1', () => {
		const bad = yaml`
			apiVersion: apps/v1
			kind: DaemonSet
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  updateStrategy:
			    rollingUpdate: { maxSurge: 1 }
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/rolling-update')).toEqual([{ line: 9, column: 32, endLine: 9, endColumn: 33, path: 'spec.updateStrategy.rollingUpdate.maxSurge' }]);
		const good = yaml`
			apiVersion: apps/v1
			kind: DaemonSet
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  updateStrategy:
			    rollingUpdate: { maxSurge: 1, maxUnavailable: 0 }
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/rolling-update')).toEqual([]);
	});

	it('rejects restartPolicy OnFailure in a Deployment template', () => {
		const bad = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      restartPolicy: OnFailure
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/template-restart-policy')).toEqual([{ line: 12, column: 22, endLine: 12, endColumn: 31, path: 'spec.template.spec.restartPolicy' }]);
		const good = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      restartPolicy: Always
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/template-restart-policy')).toEqual([]);
	});

	it('rejects activeDeadlineSeconds in a ReplicaSet template', () => {
		const bad = yaml`
			apiVersion: apps/v1
			kind: ReplicaSet
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      activeDeadlineSeconds: 60
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/template-active-deadline')).toEqual([{ line: 12, column: 7, endLine: 12, endColumn: 28, path: 'spec.template.spec.activeDeadlineSeconds' }]);
		const good = yaml`
			apiVersion: apps/v1
			kind: ReplicaSet
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/template-active-deadline')).toEqual([]);
	});

	it('rejects an In expression without values', () => {
		const bad = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			    matchExpressions: [{ key: tier, operator: In }]
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/label-selector')).toEqual([{ line: 8, column: 47, endLine: 8, endColumn: 49, path: 'spec.selector.matchExpressions[0].values' }]);
		const good = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			    matchExpressions: [{ key: tier, operator: Exists }]
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/label-selector')).toEqual([]);
	});

	it('rejects an unknown PVC retention policy', () => {
		const bad = yaml`
			apiVersion: apps/v1
			kind: StatefulSet
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  serviceName: web
			  persistentVolumeClaimRetentionPolicy: { whenDeleted: Remove }
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/statefulset-spec')).toEqual([
			{ line: 9, column: 56, endLine: 9, endColumn: 62, path: 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted' },
		]);
		const good = yaml`
			apiVersion: apps/v1
			kind: StatefulSet
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: { app: web }
			  serviceName: web
			  persistentVolumeClaimRetentionPolicy: { whenDeleted: Delete }
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/statefulset-spec')).toEqual([]);
	});

	it('reads int-or-string rolling update values: "25" as a string is not a percentage', () => {
		const text = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata: { name: web }
			spec:
			  selector: { matchLabels: { app: web } }
			  strategy:
			    rollingUpdate: { maxSurge: "25", maxUnavailable: 150% }
			  template:
			    metadata: { labels: { app: web } }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(text, 'semantic/rolling-update').map((d) => [d.line, d.column, d.path])).toEqual([
			[7, 32, 'spec.strategy.rollingUpdate.maxSurge'],
			[7, 54, 'spec.strategy.rollingUpdate.maxUnavailable'],
		]);
	});

	it('rejects rollingUpdate with the Recreate strategy', () => {
		const text = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata: { name: web }
			spec:
			  selector: { matchLabels: { app: web } }
			  strategy:
			    type: Recreate
			    rollingUpdate: { maxSurge: 1 }
			  template:
			    metadata: { labels: { app: web } }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(text, 'semantic/rolling-update')).toEqual([{ line: 8, column: 5, endLine: 8, endColumn: 18, path: 'spec.strategy.rollingUpdate' }]);
	});

	it('checks a ReplicationController template and counts', () => {
		const text = yaml`
			apiVersion: v1
			kind: ReplicationController
			metadata: { name: web }
			spec:
			  replicas: -2
			  selector: { app: web }
			  template:
			    metadata: { labels: { app: web } }
			    spec:
			      restartPolicy: Never
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(text, 'semantic/negative-count').map((d) => d.path)).toEqual(['spec.replicas']);
		expect(located(text, 'semantic/template-restart-policy').map((d) => d.path)).toEqual(['spec.template.spec.restartPolicy']);
	});

	it('a DaemonSet needs exactly one of maxSurge and maxUnavailable above zero', () => {
		const ds = (rolling: string) =>
			`apiVersion: apps/v1\nkind: DaemonSet\nmetadata: { name: agent }\nspec:\n  selector: { matchLabels: { app: agent } }\n  updateStrategy:\n    rollingUpdate: ${rolling}\n  template:\n    metadata: { labels: { app: agent } }\n    spec:\n      containers: [{ name: agent, image: agent:1.0 }]\n`;
		expect(located(ds('{ maxUnavailable: 0 }'), 'semantic/rolling-update')).toEqual([
			{ line: 7, column: 38, endLine: 7, endColumn: 39, path: 'spec.updateStrategy.rollingUpdate.maxUnavailable' },
		]);
		expect(located(ds('{ maxUnavailable: 0%, maxSurge: 0 }'), 'semantic/rolling-update')).toHaveLength(1);
		expect(located(ds('{ maxUnavailable: 20% }'), 'semantic/rolling-update')).toEqual([]);
		expect(located(ds('{ maxUnavailable: 0, maxSurge: 120% }'), 'semantic/rolling-update').map((d) => d.path)).toEqual(['spec.updateStrategy.rollingUpdate.maxSurge']);
	});

	it('a StatefulSet with OnDelete may not have rollingUpdate; partition is not negative', () => {
		const sts = (strategy: string) =>
			`apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: db }\nspec:\n  serviceName: db\n  selector: { matchLabels: { app: db } }\n  updateStrategy: ${strategy}\n  template:\n    metadata: { labels: { app: db } }\n    spec:\n      containers: [{ name: db, image: postgres:17 }]\n`;
		expect(located(sts('{ type: OnDelete, rollingUpdate: { partition: 1 } }'), 'semantic/rolling-update')).toEqual([
			{ line: 7, column: 37, endLine: 7, endColumn: 50, path: 'spec.updateStrategy.rollingUpdate' },
		]);
		expect(located(sts('{ rollingUpdate: { partition: -1 } }'), 'semantic/negative-count').map((d) => d.path)).toEqual(['spec.updateStrategy.rollingUpdate.partition']);
		expect(located(sts('{ rollingUpdate: { partition: 2 } }'), 'semantic/negative-count')).toEqual([]);
	});
});
