// Layer 3: the strict schema, generated from kubernetes-models and walked by our own code.
import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import schema from '../../../src/generated/k8s-schema/schema.js';
import { located, yaml } from './helpers.ts';

const pod = (containerLines: string) =>
	`apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n${containerLines}`;

describe('generated schema', () => {
	it('describes the built-in kinds of the current release and keeps legacy versions for old targets', () => {
		expect(schema.kubernetesVersion).toBe('1.36');
		expect(schema.kinds['apps/v1']).toMatchObject({ Deployment: 'apps.v1.Deployment', StatefulSet: 'apps.v1.StatefulSet' });
		expect(schema.kinds['v1']).toMatchObject({ Pod: 'core.v1.Pod', Service: 'core.v1.Service' });
		expect(schema.kinds['batch/v1beta1']).toMatchObject({ CronJob: 'batch.v1beta1.CronJob' });
		expect(schema.types['core.v1.ContainerPort']).toEqual({
			f: { containerPort: 'int32', hostIP: 'string', hostPort: 'int32', name: 'string', protocol: 'enum(SCTP|TCP|UDP)' },
			r: ['containerPort'],
		});
		expect(schema.types['core.v1.Secret']!.f.data).toBe('{}string:byte');
		expect(schema.types['core.v1.ResourceRequirements']!.f.limits).toBe('{}quantity');
	});
});

describe('schema layer', () => {
	it('catches a misspelt top-level field with a suggestion (containres)', () => {
		const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containres:\n    - name: c\n';
		expect(located(text, 'schema/unknown-field')).toEqual([{ line: 6, column: 3, endLine: 6, endColumn: 13, path: 'spec.containres' }]);
		expect(located(text, 'schema/missing-required')).toEqual([{ line: 5, column: 1, endLine: 5, endColumn: 5, path: 'spec.containers' }]);
		const [d] = lintManifests(text).diagnostics.filter((x) => x.rule === 'schema/unknown-field');
		expect(d!.message.en).toContain('did you mean "containers"');
		expect(d!.message.zh).toContain('containers');
	});

	it('catches a nested typo (protocoll) deep inside a Deployment', () => {
		const text = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata: { name: web }
			spec:
			  selector: { matchLabels: { app: web } }
			  template:
			    metadata: { labels: { app: web } }
			    spec:
			      containers:
			        - name: web
			          image: nginx:1.27
			          ports:
			            - containerPort: 80
			              protocoll: TCP
		`;
		expect(located(text, 'schema/unknown-field')).toEqual([
			{ line: 14, column: 15, endLine: 14, endColumn: 24, path: 'spec.template.spec.containers[0].ports[0].protocoll' },
		]);
	});

	it('checks types: int32, bool, string, list vs mapping', () => {
		const text = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata: { name: web }
			spec:
			  replicas: "3"
			  paused: maybe
			  selector: { matchLabels: { app: web } }
			  template:
			    metadata: { labels: { app: web } }
			    spec:
			      containers:
			        name: web
		`;
		expect(located(text, 'schema/type-mismatch')).toEqual([
			{ line: 5, column: 13, endLine: 5, endColumn: 16, path: 'spec.replicas' },
			{ line: 6, column: 11, endLine: 6, endColumn: 16, path: 'spec.paused' },
			{ line: 12, column: 9, endLine: 12, endColumn: 18, path: 'spec.template.spec.containers' },
		]);
	});

	it('rejects a fraction and an out-of-range number where an int32 is expected', () => {
		const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  replicas: 1.5\n  revisionHistoryLimit: 3000000000\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec: { containers: [{ name: web }] }\n';
		expect(located(text, 'schema/type-mismatch').map((d) => d.path)).toEqual(['spec.replicas', 'spec.revisionHistoryLimit']);
	});

	it('accepts int-or-string and rejects other types there', () => {
		const ok = 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  ports:\n    - port: 80\n      targetPort: http\n    - port: 81\n      targetPort: 8081\n';
		expect(located(ok, 'schema/type-mismatch')).toEqual([]);
		const bad = 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  ports:\n    - port: 80\n      targetPort: [80]\n';
		expect(located(bad, 'schema/type-mismatch')).toEqual([{ line: 7, column: 19, endLine: 7, endColumn: 23, path: 'spec.ports[0].targetPort' }]);
	});

	it('checks resource quantities and suggests a fix (128 megabytes, 128MB)', () => {
		const text = pod('      resources:\n        requests:\n          cpu: 0.5\n          memory: 128 megabytes\n        limits:\n          memory: 128MB\n          cpu: 500m\n');
		expect(located(text, 'schema/invalid-quantity')).toEqual([
			{ line: 12, column: 19, endLine: 12, endColumn: 32, path: 'spec.containers[0].resources.requests.memory' },
			{ line: 14, column: 19, endLine: 14, endColumn: 24, path: 'spec.containers[0].resources.limits.memory' },
		]);
		const messages = lintManifests(text).diagnostics.filter((d) => d.rule === 'schema/invalid-quantity').map((d) => d.message.en);
		expect(messages[0]).toContain('"128Mi"');
		expect(messages[1]).toContain('"128Mi"');
	});

	it('checks enums, case-sensitively, with a suggestion', () => {
		const text = pod('      imagePullPolicy: always\n');
		expect(located(text, 'schema/invalid-enum')).toEqual([{ line: 9, column: 24, endLine: 9, endColumn: 30, path: 'spec.containers[0].imagePullPolicy' }]);
		expect(lintManifests(text).diagnostics.find((d) => d.rule === 'schema/invalid-enum')!.message.en).toContain('"Always"');
	});

	it('reports missing required fields at the key that holds the object', () => {
		const text = pod('      ports:\n        - name: http\n      env:\n        - value: x\n');
		expect(located(text, 'schema/missing-required')).toEqual([
			{ line: 10, column: 11, endLine: 10, endColumn: 15, path: 'spec.containers[0].ports[0].containerPort' },
			{ line: 12, column: 11, endLine: 12, endColumn: 16, path: 'spec.containers[0].env[0].name' },
		]);
	});

	it('requires base64 in Secret data, and accepts stringData as plain text', () => {
		const text = 'apiVersion: v1\nkind: Secret\nmetadata: { name: s }\ndata:\n  ok: aGVsbG8=\n  bad: hello world\nstringData:\n  plain: hello world\n';
		expect(located(text, 'schema/invalid-format')).toEqual([{ line: 6, column: 8, endLine: 6, endColumn: 19, path: 'data.bad' }]);
	});

	it('checks RFC 3339 timestamps and accepts null (creationTimestamp: null from kubectl)', () => {
		const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  creationTimestamp: null\n  deletionTimestamp: yesterday\n';
		expect(located(text, 'schema/invalid-format')).toEqual([{ line: 6, column: 22, endLine: 6, endColumn: 31, path: 'metadata.deletionTimestamp' }]);
	});

	it('requires label values to be strings (version: 1.0 is a number)', () => {
		const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    version: 1.0\n';
		expect(located(text, 'schema/type-mismatch')).toEqual([{ line: 6, column: 14, endLine: 6, endColumn: 17, path: 'metadata.labels.version' }]);
	});

	it('follows aliases and merge keys, pointing at the alias', () => {
		const text = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: p }
			spec:
			  containers:
			    - &base
			      name: a
			      image: busybox:1.36
			      imagePullPolicy: Sometimes
			    - <<: *base
			      name: b
			      ports: [{ containerPort: 80, protocoll: TCP }]
		`;
		const enums = located(text, 'schema/invalid-enum');
		expect(enums.map((d) => d.path)).toEqual(['spec.containers[0].imagePullPolicy', 'spec.containers[1].imagePullPolicy']);
		expect(enums[1]).toMatchObject({ line: 10, column: 11 }); // the *base alias
		expect(located(text, 'schema/unknown-field')).toEqual([
			{ line: 12, column: 36, endLine: 12, endColumn: 45, path: 'spec.containers[1].ports[0].protocoll' },
		]);
	});

	it('accepts every field of a full, valid StatefulSet', () => {
		const text = yaml`
			apiVersion: apps/v1
			kind: StatefulSet
			metadata: { name: db, namespace: data, labels: { app: db } }
			spec:
			  serviceName: db
			  replicas: 3
			  podManagementPolicy: Parallel
			  updateStrategy: { type: RollingUpdate, rollingUpdate: { partition: 0, maxUnavailable: 1 } }
			  persistentVolumeClaimRetentionPolicy: { whenDeleted: Retain, whenScaled: Delete }
			  selector: { matchExpressions: [{ key: app, operator: In, values: [db] }] }
			  template:
			    metadata: { labels: { app: db }, annotations: { prometheus.io/scrape: "true" } }
			    spec:
			      terminationGracePeriodSeconds: 30
			      affinity:
			        podAntiAffinity:
			          preferredDuringSchedulingIgnoredDuringExecution:
			            - weight: 100
			              podAffinityTerm: { topologyKey: kubernetes.io/hostname, labelSelector: { matchLabels: { app: db } } }
			      tolerations: [{ key: dedicated, operator: Equal, value: db, effect: NoSchedule }]
			      containers:
			        - name: db
			          image: postgres:16.3
			          args: ["-c", "max_connections=200"]
			          env: [{ name: PGDATA, value: /var/lib/postgresql/data/pgdata }]
			          ports: [{ name: pg, containerPort: 5432 }]
			          startupProbe: { tcpSocket: { port: pg }, failureThreshold: 30, periodSeconds: 2 }
			          lifecycle: { preStop: { exec: { command: ["pg_ctl", "stop"] } } }
			          volumeMounts: [{ name: data, mountPath: /var/lib/postgresql/data }]
			  volumeClaimTemplates:
			    - metadata: { name: data }
			      spec:
			        accessModes: [ReadWriteOnce]
			        storageClassName: fast
			        resources: { requests: { storage: 10Gi } }
		`;
		const schemaRules = lintManifests(text).diagnostics.filter((d) => d.rule.startsWith('schema/') || d.rule.startsWith('identity/'));
		expect(schemaRules).toEqual([]);
	});
});
