// Semantic layer, object metadata (src/lib/manifest/semantic/metadata.ts): what identity does not check.
import { describe, expect, it } from 'vitest';
import { located, yaml } from '../helpers.ts';

describe('semantic metadata rules', () => {
	it('rejects a CronJob name over 52 characters', () => {
		const bad = yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata:
			  name: nightly-database-backup-of-the-orders-service-eu-west
			spec:
			  schedule: "@daily"
			  jobTemplate:
			    spec:
			      template:
			        spec:
			          restartPolicy: OnFailure
			          containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(bad, 'semantic/name-for-kind')).toEqual([{ line: 4, column: 9, endLine: 4, endColumn: 62, path: 'metadata.name' }]);
		const good = yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata:
			  name: nightly-database-backup-of-the-orders-service
			spec:
			  schedule: "@daily"
			  jobTemplate:
			    spec:
			      template:
			        spec:
			          restartPolicy: OnFailure
			          containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(good, 'semantic/name-for-kind')).toEqual([]);
	});

	it('rejects a dotted StatefulSet name (valid for other kinds)', () => {
		const bad = yaml`
			apiVersion: apps/v1
			kind: StatefulSet
			metadata:
			  name: web.v2
			spec:
			  selector:
			    matchLabels: { app: web }
			  serviceName: web
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/name-for-kind')).toEqual([{ line: 4, column: 9, endLine: 4, endColumn: 15, path: 'metadata.name' }]);
		const good = yaml`
			apiVersion: apps/v1
			kind: StatefulSet
			metadata:
			  name: web-v2
			spec:
			  selector:
			    matchLabels: { app: web }
			  serviceName: web
			  template:
			    metadata:
			      labels: { app: web }
			    spec:
			      containers: [{ name: web, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/name-for-kind')).toEqual([]);
	});

	it('rejects an uppercase generateName, accepts a trailing "-"', () => {
		const bad = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  generateName: Report-
			spec:
			  template:
			    spec:
			      restartPolicy: Never
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(bad, 'semantic/generate-name')).toEqual([{ line: 4, column: 17, endLine: 4, endColumn: 24, path: 'metadata.generateName' }]);
		const good = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  generateName: report-
			spec:
			  template:
			    spec:
			      restartPolicy: Never
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(good, 'semantic/generate-name')).toEqual([]);
	});

	it('rejects an unqualified non-standard finalizer', () => {
		const bad = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  name: report
			  finalizers: [cleanup]
			spec:
			  template:
			    spec:
			      restartPolicy: Never
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(bad, 'semantic/invalid-finalizer')).toEqual([{ line: 5, column: 16, endLine: 5, endColumn: 23, path: 'metadata.finalizers[0]' }]);
		const good = yaml`
			apiVersion: batch/v1
			kind: Job
			metadata:
			  name: report
			  finalizers: [example.com/cleanup]
			spec:
			  template:
			    spec:
			      restartPolicy: Never
			      containers: [{ name: report, image: busybox:1.36 }]
		`;
		expect(located(good, 'semantic/invalid-finalizer')).toEqual([]);
	});

	it('rejects annotations over 256 KiB in total, counting UTF-8 bytes of keys and values', () => {
		const withBlob = (size: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\n  annotations:\n    example.com/blob: "${'x'.repeat(size)}"\n`;
		// key (16 bytes) + value: the limit is 262,144 bytes.
		expect(located(withBlob(262144 - 16 + 1), 'semantic/annotations-too-large')).toEqual([{ line: 5, column: 3, endLine: 5, endColumn: 14, path: 'metadata.annotations' }]);
		expect(located(withBlob(262144 - 16), 'semantic/annotations-too-large')).toEqual([]);
		// 一 is three bytes in UTF-8.
		expect(located(withBlob(0).replace('""', `"${'一'.repeat(87377)}"`), 'semantic/annotations-too-large')).toHaveLength(1);
	});

	it('allows a Job name of 63 characters but not 64 (it becomes the job-name label)', () => {
		const job = (name: string) => yaml`
			apiVersion: batch/v1
			kind: Job
			metadata: { name: ${name} }
			spec:
			  template:
			    spec:
			      restartPolicy: Never
			      containers: [{ name: run, image: busybox:1.36 }]
		`;
		expect(located(job('a'.repeat(63)), 'semantic/name-for-kind')).toEqual([]);
		expect(located(job('a'.repeat(64)), 'semantic/name-for-kind')).toEqual([{ line: 3, column: 19, endLine: 3, endColumn: 83, path: 'metadata.name' }]);
	});

	it('checks owner references: one controller, no empty fields, no Event owners', () => {
		const text = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web-abc12
			  ownerReferences:
			    - { apiVersion: apps/v1, kind: ReplicaSet, name: web, uid: 1b4e28ba-2fa1-11d2-883f-0016d3cca427, controller: true }
			    - { apiVersion: apps/v1, kind: ReplicaSet, name: web2, uid: "", controller: true }
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(text, 'semantic/owner-reference').map((d) => [d.line, d.path])).toEqual([
			[7, 'metadata.ownerReferences[1].uid'],
			[7, 'metadata.ownerReferences[1].controller'],
		]);
		const fixed = text.replace('name: web2, uid: "", controller: true', 'name: web2, uid: 6fa459ea-ee8a-3ca4-894e-db77e160355e, controller: false');
		expect(located(fixed, 'semantic/owner-reference')).toEqual([]);
		expect(
			located(text.replace('kind: ReplicaSet, name: web,', 'kind: Event, name: web,').replace('apps/v1, kind: Event', 'v1, kind: Event'), 'semantic/owner-reference').map(
				(d) => d.path,
			),
		).toContain('metadata.ownerReferences[0].kind');
	});
});
