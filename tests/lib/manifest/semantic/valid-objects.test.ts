// Tricky objects the API server accepts: none of them may get a semantic error. Each leans on a default the
// server applies, a value form it normalises, or an input shape (CRLF, BOM, JSON, List) the linter must read
// the same way. Besides semantic findings, no layer may report an error for them.
import { describe, expect, it } from 'vitest';
import { SEMANTIC_RULES } from '../../../../src/lib/manifest/semantic/index.ts';
import { lint, located, yaml } from '../helpers.ts';
import { enText } from '../words.ts';

const semanticIds = new Set<string>(SEMANTIC_RULES.map((r) => r.id));
const semanticErrors = (text: string) =>
	lint(text)
		.filter((d) => semanticIds.has(d.rule) || d.severity === 'error')
		.map((d) => `${d.rule} ${d.line}:${d.column} ${enText(d.message)}`);

const deployment = yaml`
	apiVersion: apps/v1
	kind: Deployment
	metadata:
	  name: web
	  annotations: { example.com/note: "anything: goes, even = signs" }
	  finalizers: [example.com/cleanup, foregroundDeletion]
	spec:
	  replicas: 0
	  selector:
	    matchLabels: { app: web }
	    matchExpressions: [{ key: tier, operator: NotIn, values: [batch] }]
	  strategy:
	    rollingUpdate: { maxUnavailable: 0 }
	  template:
	    metadata:
	      labels: { app: web }
	    spec:
	      initContainers:
	        - name: proxy
	          image: envoyproxy/envoy:v1.31.0
	          restartPolicy: Always
	          readinessProbe: { tcpSocket: { port: admin } }
	          startupProbe: { httpGet: { port: 9901 } }
	          ports: [{ name: admin, containerPort: 9901 }]
	        - name: migrate
	          image: registry.example.com/migrate:3
	      containers:
	        - name: web
	          image: nginx:1.27
	          ports:
	            - { name: http, containerPort: 8080 }
	            - { name: http-alt, containerPort: 8080, protocol: UDP }
	          env:
	            - { name: my.dotted-var, value: "1" }
	            - { name: "lower case ok", value: x }
	            - name: POD_IP
	              valueFrom: { fieldRef: { fieldPath: status.podIP } }
	            - name: CPU
	              valueFrom: { resourceFieldRef: { resource: limits.cpu, divisor: 1m } }
	            - name: ZONE
	              valueFrom: { fieldRef: { fieldPath: "metadata.annotations['topology.kubernetes.io/zone']" } }
	          resources:
	            requests: { cpu: 0.5, memory: 1e9, ephemeral-storage: 1Ki, nvidia.com/gpu: 1 }
	            limits: { cpu: 500m, memory: 1000Mi, ephemeral-storage: "1024", nvidia.com/gpu: "1" }
	          livenessProbe:
	            httpGet: { port: http }
	            successThreshold: 0
	            timeoutSeconds: 0
	          readinessProbe:
	            exec: { command: [cat, /tmp/ready] }
	            successThreshold: 3
	          lifecycle:
	            preStop: { sleep: { seconds: 0 } }
	          volumeMounts:
	            - { name: scratch, mountPath: /tmp }
	            - { name: cfg, mountPath: /etc/app, readOnly: true, recursiveReadOnly: IfPossible }
	            - { name: cfg, mountPath: /etc/app-extra, subPath: extra/conf }
	          securityContext:
	            allowPrivilegeEscalation: false
	            runAsUser: 0
	            capabilities: { add: [NET_BIND_SERVICE] }
	      volumes:
	        - name: scratch
	        - name: cfg
	          projected:
	            defaultMode: 0440
	            sources:
	              - configMap: { name: app, items: [{ key: a, path: a.conf, mode: 0400 }] }
	              - downwardAPI: { items: [{ path: labels, fieldRef: { fieldPath: metadata.labels } }] }
	      dnsConfig:
	        searches: [svc.cluster.local., my_corp.example]
	        options: [{ name: ndots, value: "2" }]
	      tolerations:
	        - operator: Exists
	        - { key: dedicated, operator: Equal, value: web, effect: NoExecute, tolerationSeconds: 30 }
	      topologySpreadConstraints:
	        - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, minDomains: 2 }
	        - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway }
`;

describe('objects the API server accepts give no semantic error', () => {
	it('a Deployment leaning on defaults, int-or-string ports, sidecars and every quantity form', () => {
		expect(semanticErrors(deployment)).toEqual([]);
	});

	it('a Job with neither completions nor parallelism in Indexed mode (both default to 1)', () => {
		expect(
			semanticErrors(yaml`
				apiVersion: batch/v1
				kind: Job
				metadata: { name: shard }
				spec:
				  completionMode: Indexed
				  backoffLimitPerIndex: 1
				  maxFailedIndexes: 1
				  podFailurePolicy:
				    rules:
				      - { action: FailIndex, onExitCodes: { operator: In, values: [1, 2, 42] } }
				      - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
				  template:
				    spec:
				      restartPolicy: Never
				      containers: [{ name: work, image: busybox:1.36 }]
			`),
		).toEqual([]);
	});

	it('a CronJob with macros, names, steps and a time zone', () => {
		for (const schedule of ['"@every 1h"', '"0 9-17/2 * jan-dec MON-FRI"', '"*/15 * * * *"', '"@midnight"']) {
			expect(
				semanticErrors(yaml`
					apiVersion: batch/v1
					kind: CronJob
					metadata: { name: nightly-report }
					spec:
					  schedule: ${schedule}
					  timeZone: America/New_York
					  successfulJobsHistoryLimit: 0
					  jobTemplate:
					    spec:
					      template:
					        spec:
					          restartPolicy: OnFailure
					          containers: [{ name: report, image: busybox:1.36 }]
				`),
			).toEqual([]);
		}
	});

	it('a DaemonSet surging with maxUnavailable 0, a StatefulSet with OnDelete', () => {
		expect(
			semanticErrors(yaml`
				apiVersion: apps/v1
				kind: DaemonSet
				metadata: { name: agent }
				spec:
				  selector: { matchLabels: { app: agent } }
				  updateStrategy:
				    rollingUpdate: { maxSurge: 10%, maxUnavailable: 0 }
				  template:
				    metadata: { labels: { app: agent } }
				    spec:
				      hostNetwork: true
				      containers:
				        - name: agent
				          image: agent:1.0
				          ports: [{ containerPort: 9100, hostPort: 9100 }, { containerPort: 9101 }]
				---
				apiVersion: apps/v1
				kind: StatefulSet
				metadata: { name: db, generateName: db- }
				spec:
				  serviceName: db
				  selector: { matchLabels: { app: db } }
				  updateStrategy: { type: OnDelete }
				  persistentVolumeClaimRetentionPolicy: { whenDeleted: Delete, whenScaled: Retain }
				  template:
				    metadata: { labels: { app: db } }
				    spec:
				      containers:
				        - name: db
				          image: postgres:17
				          volumeMounts: [{ name: data, mountPath: /var/lib/postgresql }]
				  volumeClaimTemplates:
				    - metadata: { name: data }
				      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
			`),
		).toEqual([]);
	});

	it('YAML 1.1 scalars: octal modes, yes/no booleans, hex ports, 1_000 quantities', () => {
		expect(
			semanticErrors(yaml`
				apiVersion: v1
				kind: Pod
				metadata: { name: legacy }
				spec:
				  containers:
				    - name: app
				      image: nginx:1.27
				      stdin: yes
				      ports: [{ containerPort: 0x1F90 }]
				      resources: { requests: { memory: 1_000 }, limits: { memory: 1000 } }
				      securityContext: { privileged: no, allowPrivilegeEscalation: off }
				  volumes:
				    - name: s
				      secret: { secretName: tls, defaultMode: 0400, items: [{ key: tls.key, path: tls.key, mode: 0777 }] }
			`),
		).toEqual([]);
	});

	it('CRLF line ends and a byte-order mark, and the same object as JSON', () => {
		const crlf = '\uFEFF' + deployment.replace(/\n/g, '\r\n');
		expect(semanticErrors(crlf)).toEqual([]);
		const json = JSON.stringify({
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: { name: 'json' },
			spec: {
				containers: [{ name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 80, name: 'http' }], resources: { requests: { cpu: 0.25 }, limits: { cpu: '250m' } } }],
				volumes: [{ name: 'cfg', configMap: { name: 'app', defaultMode: 420 } }],
			},
		});
		expect(semanticErrors(json)).toEqual([]);
	});

	it('downward API paths and divisors, resource claims, a RuntimeClass overhead, StatefulSet maxUnavailable, a typed list', () => {
		expect(
			semanticErrors(yaml`
				apiVersion: v1
				kind: PodList
				items:
				  - metadata: { name: sandboxed }
				    spec:
				      runtimeClassName: kata
				      overhead: { cpu: 250m }
				      resourceClaims:
				        - { name: gpu, resourceClaimTemplateName: gpu-template }
				      containers:
				        - name: app
				          image: nginx:1.27
				          resources:
				            claims: [{ name: gpu }, { name: gpu, request: second }]
				          env:
				            - { name: NODE, valueFrom: { fieldRef: { fieldPath: spec.host } } }
				            - { name: SA, valueFrom: { fieldRef: { apiVersion: "", fieldPath: spec.serviceAccountName } } }
				            - { name: TEAM, valueFrom: { fieldRef: { fieldPath: "metadata.annotations['Example.com/Team']" } } }
				            - { name: CPU, valueFrom: { resourceFieldRef: { resource: limits.cpu, divisor: "1" } } }
				            - { name: MEM, valueFrom: { resourceFieldRef: { resource: requests.memory, divisor: 1e0 } } }
				            - { name: HP, valueFrom: { resourceFieldRef: { resource: limits.hugepages-1Gi, divisor: 1Gi } } }
				      volumes:
				        - name: info
				          downwardAPI:
				            items:
				              - { path: annotations, fieldRef: { fieldPath: metadata.annotations } }
				              - { path: mem, resourceFieldRef: { containerName: app, resource: limits.memory, divisor: 1048576Ki } }
				---
				apiVersion: apps/v1
				kind: StatefulSet
				metadata: { name: db }
				spec:
				  serviceName: db
				  selector: { matchLabels: { app: db } }
				  updateStrategy: { rollingUpdate: { maxUnavailable: 100%, partition: 0 } }
				  template:
				    metadata: { labels: { app: db } }
				    spec:
				      containers: [{ name: db, image: postgres:17 }]
			`),
		).toEqual([]);
	});

	it('a v1 List: valid items pass, and an invalid item is located inside the list', () => {
		const list = yaml`
			apiVersion: v1
			kind: List
			items:
			  - apiVersion: v1
			    kind: Pod
			    metadata: { name: ok }
			    spec:
			      containers: [{ name: app, image: nginx:1.27 }]
			  - apiVersion: batch/v1
			    kind: Job
			    metadata: { name: bad }
			    spec:
			      template:
			        spec:
			          restartPolicy: Always
			          containers: [{ name: app, image: busybox:1.36 }]
		`;
		expect(located(list, 'semantic/job-restart-policy')).toEqual([{ line: 15, column: 26, endLine: 15, endColumn: 32, path: 'items[1].spec.template.spec.restartPolicy' }]);
		expect(semanticErrors(list)).toHaveLength(1);
	});
});
