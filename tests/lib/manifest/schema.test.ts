// Layer 3: the strict schema, generated from kubernetes-models and walked by our own code.
import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import schema from '../../../src/generated/k8s-schema/schema.js';
import { located, yaml } from './helpers.ts';
import { enText, zhText } from './words.ts';

const pod = (containerLines: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n${containerLines}`;

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
		expect(enText(d!.message)).toContain('did you mean "containers"');
		expect(zhText(d!.message)).toContain('containers');
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
		expect(located(text, 'schema/unknown-field')).toEqual([{ line: 14, column: 15, endLine: 14, endColumn: 24, path: 'spec.template.spec.containers[0].ports[0].protocoll' }]);
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
		const text =
			'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  replicas: 1.5\n  revisionHistoryLimit: 3000000000\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec: { containers: [{ name: web }] }\n';
		expect(located(text, 'schema/type-mismatch').map((d) => d.path)).toEqual(['spec.replicas', 'spec.revisionHistoryLimit']);
	});

	it('accepts int-or-string and rejects other types there', () => {
		const ok = 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  ports:\n    - port: 80\n      targetPort: http\n    - port: 81\n      targetPort: 8081\n';
		expect(located(ok, 'schema/type-mismatch')).toEqual([]);
		const bad = 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  ports:\n    - port: 80\n      targetPort: [80]\n';
		expect(located(bad, 'schema/type-mismatch')).toEqual([{ line: 7, column: 19, endLine: 7, endColumn: 23, path: 'spec.ports[0].targetPort' }]);
	});

	it('checks resource quantities and suggests a fix (128 megabytes, 128MB)', () => {
		const text = pod(
			'      resources:\n        requests:\n          cpu: 0.5\n          memory: 128 megabytes\n        limits:\n          memory: 128MB\n          cpu: 500m\n',
		);
		expect(located(text, 'schema/invalid-quantity')).toEqual([
			{ line: 12, column: 19, endLine: 12, endColumn: 32, path: 'spec.containers[0].resources.requests.memory' },
			{ line: 14, column: 19, endLine: 14, endColumn: 24, path: 'spec.containers[0].resources.limits.memory' },
		]);
		const messages = lintManifests(text)
			.diagnostics.filter((d) => d.rule === 'schema/invalid-quantity')
			.map((d) => enText(d.message));
		expect(messages[0]).toContain('"128Mi"');
		expect(messages[1]).toContain('"128Mi"');
	});

	it('checks enums, case-sensitively, with a suggestion', () => {
		const text = pod('      imagePullPolicy: always\n');
		expect(located(text, 'schema/invalid-enum')).toEqual([{ line: 9, column: 24, endLine: 9, endColumn: 30, path: 'spec.containers[0].imagePullPolicy' }]);
		expect(enText(lintManifests(text).diagnostics.find((d) => d.rule === 'schema/invalid-enum')!.message)).toContain('"Always"');
	});

	it('a quoted "<<" is an ordinary (unknown) key, not a merge, as go-yaml reads it', () => {
		const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: &m\n  name: c\nx:\n  "<<": *m\n';
		const plain = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  <<: {name: c}\n';
		expect(
			lintManifests(text)
				.diagnostics.filter((d) => d.rule === 'schema/unknown-field')
				.map((d) => d.path),
		).toEqual(['x']);
		const quotedInMetadata = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  "<<": {labels: {a: b}}\n';
		expect(
			lintManifests(quotedInMetadata)
				.diagnostics.filter((d) => d.rule === 'schema/unknown-field')
				.map((d) => d.path),
		).toEqual(['metadata["<<"]']);
		expect(lintManifests(plain).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('an enum that allows the empty string lists it quoted', () => {
		const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ipFamilies: [IPv5]\n  ports:\n    - port: 80\n';
		const message = lintManifests(text).diagnostics.find((d) => d.rule === 'schema/invalid-enum')?.message;
		expect(enText(message)).toContain('Allowed: "", IPv4, or IPv6.');
		expect(zhText(message)).toContain('可选值：""、IPv4、IPv6。');
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
		expect(located(text, 'schema/unknown-field')).toEqual([{ line: 12, column: 36, endLine: 12, endColumn: 45, path: 'spec.containers[1].ports[0].protocoll' }]);
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

describe('schema layer: less common values and keys', () => {
	const schemaDiagnostics = (text: string) =>
		lintManifests(text)
			.diagnostics.filter((d) => d.rule.startsWith('schema/'))
			.map(({ rule, line, column, endColumn, path }) => ({ rule, line, column, endColumn, path }));

	it('no type in the bundled schema has more required fields than the walker tracks (31)', () => {
		for (const [id, type] of Object.entries(schema.types)) expect(type.r?.length ?? 0, id).toBeLessThanOrEqual(31);
	});

	it('checks int64 and number fields, and quantities that are not finite numbers or strings', () => {
		const pod =
			'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  activeDeadlineSeconds: 1.5\n  terminationGracePeriodSeconds: 3000000000\n  containers:\n    - name: c\n      image: busybox:1.36\n      resources:\n        limits: { cpu: .inf, memory: true }\n';
		expect(schemaDiagnostics(pod)).toEqual([
			{ rule: 'schema/type-mismatch', line: 5, column: 26, endColumn: 29, path: 'spec.activeDeadlineSeconds' },
			{ rule: 'schema/type-mismatch', line: 11, column: 24, endColumn: 28, path: 'spec.containers[0].resources.limits.cpu' },
			{ rule: 'schema/type-mismatch', line: 11, column: 38, endColumn: 42, path: 'spec.containers[0].resources.limits.memory' },
		]);
		expect(enText(lintManifests(pod).diagnostics.find((d) => d.rule === 'schema/type-mismatch')!.message)).toBe('Expected integer (int64), found number 1.5.');
		const crd = yaml`
			apiVersion: apiextensions.k8s.io/v1
			kind: CustomResourceDefinition
			metadata: { name: widgets.example.com }
			spec:
			  group: example.com
			  names: { kind: Widget, plural: widgets }
			  scope: Namespaced
			  versions:
			    - name: v1
			      served: true
			      storage: true
			      schema:
			        openAPIV3Schema:
			          type: object
			          properties:
			            size: { type: integer, minimum: 1, maximum: "ten", multipleOf: 0.5 }
		`;
		const [mismatch] = lintManifests(crd).diagnostics.filter((d) => d.rule === 'schema/type-mismatch');
		expect(mismatch).toMatchObject({ path: 'spec.versions[0].schema.openAPIV3Schema.properties.size.maximum', line: 16 });
		expect(enText(mismatch!.message)).toBe('Expected number, found the string "ten".');
	});

	it('treats null as "not set" for every kind of field', () => {
		const text = yaml`
			apiVersion: apps/v1
			kind: Deployment
			metadata: { name: web, labels: { app: web, tier: ~ } }
			spec:
			  replicas: null
			  paused: ~
			  strategy: null
			  selector: { matchLabels: { app: web } }
			  template:
			    metadata: { labels: { app: web }, creationTimestamp: null }
			    spec:
			      containers: ~
		`;
		expect(schemaDiagnostics(text)).toEqual([]);
	});

	it('follows an alias used as a value, and points at the alias', () => {
		const text = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: p }
			spec:
			  containers:
			    - name: &n c
			      image: &i 3
			      command: *i
			      workingDir: *n
		`;
		expect(schemaDiagnostics(text)).toEqual([
			{ rule: 'schema/type-mismatch', line: 7, column: 17, endColumn: 18, path: 'spec.containers[0].image' },
			{ rule: 'schema/type-mismatch', line: 8, column: 16, endColumn: 18, path: 'spec.containers[0].command' },
		]);
	});

	it('applies merge keys in objects and in maps: merged fields count as present, unknown ones are reported', () => {
		const text = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: p
			  labels: &common
			    app: web
			  annotations:
			    <<: [*common, { build: 42 }]
			spec:
			  containers:
			    - &base { name: a, image: busybox:1.36 }
			    - <<: *base
			    - <<: [*base, { extra: 1 }]
			      image: nginx:1.27
		`;
		// containers[1] gets its required name from the merge; build and extra come from merges, so they
		// are located on the merge source ({ build: 42 }, { extra: 1 }).
		expect(schemaDiagnostics(text)).toEqual([
			{ rule: 'schema/type-mismatch', line: 8, column: 19, endColumn: 32, path: 'metadata.annotations.build' },
			{ rule: 'schema/unknown-field', line: 13, column: 19, endColumn: 31, path: 'spec.containers[2].extra' },
		]);
	});

	it('reports keys that are not plain strings: a quoted "<<" and a collection as a key', () => {
		const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  "<<": x\n  ? [a, b]\n  : c\ndata: { 1: one }\n';
		expect(schemaDiagnostics(text)).toEqual([
			{ rule: 'schema/unknown-field', line: 5, column: 3, endColumn: 7, path: 'metadata["<<"]' },
			{ rule: 'schema/unknown-field', line: 6, column: 5, endColumn: 11, path: 'metadata[""]' },
		]);
	});

	it('says where a missing required field belongs, also for objects inside a List', () => {
		const text =
			'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: b }\nsubjects: []\n---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: rbac.authorization.k8s.io/v1\n    kind: RoleBinding\n    metadata: { name: b }\n';
		const missing = lintManifests(text).diagnostics.filter((d) => d.rule === 'schema/missing-required');
		expect(missing.map(({ line, column, path, message }) => ({ line, column, path, en: enText(message), zh: zhText(message) }))).toEqual([
			{ line: 1, column: 1, path: 'roleRef', en: 'Required field "roleRef" is missing.', zh: '缺少必填字段“roleRef”。' },
			{ line: 9, column: 5, path: 'items[0].roleRef', en: 'Required field "roleRef" is missing in items[0].', zh: '缺少必填字段“roleRef”（位于 items[0]）。' },
		]);
	});

	it('explains unquoted YAML 1.1 booleans and octal numbers where a string is expected', () => {
		const text = pod('      env: [{ name: FLAG, value: yes }, { name: MODE, value: 0755 }]\n      stdin: "true"\n');
		const messages = lintManifests(text)
			.diagnostics.filter((d) => d.rule === 'schema/type-mismatch')
			.map((d) => [d.path, enText(d.message), zhText(d.message)]);
		expect(messages).toEqual([
			[
				'spec.containers[0].env[0].value',
				'Expected string, found boolean true. YAML reads the unquoted yes as boolean; write "yes" to keep it a string.',
				'应为 string，实际为 boolean true。YAML 会把未加引号的 yes 读成 布尔值；写成 "yes" 才是字符串。',
			],
			[
				'spec.containers[0].env[1].value',
				'Expected string, found number 493. YAML reads the unquoted 0755 as number; write "0755" to keep it a string.',
				'应为 string，实际为 number 493。YAML 会把未加引号的 0755 读成 数字；写成 "0755" 才是字符串。',
			],
			['spec.containers[0].stdin', 'Expected boolean, found the string "true".', '应为 boolean，实际为 the string "true"。'],
		]);
	});

	it('suggests no quantity for a unit it does not know, even one named like an object property', () => {
		const text = pod('      resources: { limits: { memory: 1 constructor, cpu: 2 cores } }\n');
		const messages = lintManifests(text)
			.diagnostics.filter((d) => d.rule === 'schema/invalid-quantity')
			.map((d) => enText(d.message));
		expect(messages).toHaveLength(2);
		expect(messages[0]).toMatch(/^"1 constructor" is not a resource quantity\. Use a number/);
		expect(messages[1]).toContain('Did you mean "2"?');
	});
});
