// Semantic layer, Pod spec (src/lib/manifest/semantic/pod-spec.ts): per rule, a manifest the API server
// rejects (with the exact place) and the nearest one it accepts.
import { describe, expect, it } from 'vitest';
import { lint, located, yaml } from '../helpers.ts';
import { enText, zhText } from '../words.ts';

describe('semantic Pod spec rules', () => {
	it('rejects an empty containers list (on the list)', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: []
		`;
		expect(located(bad, 'semantic/no-containers')).toEqual([{ line: 6, column: 15, endLine: 6, endColumn: 17, path: 'spec.containers' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: a, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/no-containers')).toEqual([]);
	});

	it('rejects a container name that is not a DNS-1123 label', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: Web_App
			      image: nginx:1.27
		`;
		expect(located(bad, 'semantic/invalid-container-name')).toEqual([{ line: 7, column: 13, endLine: 7, endColumn: 20, path: 'spec.containers[0].name' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: web-app
			      image: nginx:1.27
		`;
		expect(located(good, 'semantic/invalid-container-name')).toEqual([]);
	});

	it('rejects a regular container named like an init container', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  initContainers:
			    - name: app
			      image: busybox:1.36
			  containers:
			    - name: app
			      image: nginx:1.27
		`;
		expect(located(bad, 'semantic/duplicate-container-name')).toEqual([{ line: 10, column: 13, endLine: 10, endColumn: 16, path: 'spec.containers[0].name' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  initContainers:
			    - name: init
			      image: busybox:1.36
			  containers:
			    - name: app
			      image: nginx:1.27
		`;
		expect(located(good, 'semantic/duplicate-container-name')).toEqual([]);
	});

	it('rejects a container without an image (located on the container name)', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
		`;
		expect(located(bad, 'semantic/container-image')).toEqual([{ line: 7, column: 13, endLine: 7, endColumn: 16, path: 'spec.containers[0].image' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
		`;
		expect(located(good, 'semantic/container-image')).toEqual([]);
	});

	it('rejects containerPort 0', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      ports:
			        - containerPort: 0
		`;
		expect(located(bad, 'semantic/container-port')).toEqual([{ line: 10, column: 26, endLine: 10, endColumn: 27, path: 'spec.containers[0].ports[0].containerPort' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      ports:
			        - containerPort: 8080
		`;
		expect(located(good, 'semantic/container-port')).toEqual([]);
	});

	it('rejects a port name longer than 15 characters', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      ports:
			        - name: metrics-endpoint1
			          containerPort: 9090
		`;
		expect(located(bad, 'semantic/port-name')).toEqual([{ line: 10, column: 17, endLine: 10, endColumn: 34, path: 'spec.containers[0].ports[0].name' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      ports:
			        - name: metrics
			          containerPort: 9090
		`;
		expect(located(good, 'semantic/port-name')).toEqual([]);
	});

	it('rejects two containers claiming the same hostPort and protocol', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: a
			      image: nginx:1.27
			      ports: [{ containerPort: 80, hostPort: 8080 }]
			    - name: b
			      image: nginx:1.27
			      ports: [{ containerPort: 81, hostPort: 8080 }]
		`;
		expect(located(bad, 'semantic/host-port')).toEqual([{ line: 12, column: 46, endLine: 12, endColumn: 50, path: 'spec.containers[1].ports[0].hostPort' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: a
			      image: nginx:1.27
			      ports: [{ containerPort: 80, hostPort: 8080 }]
			    - name: b
			      image: nginx:1.27
			      ports: [{ containerPort: 81, hostPort: 8080, protocol: UDP }]
		`;
		expect(located(good, 'semantic/host-port')).toEqual([]);
	});

	it('rejects an env var name containing "=" (relaxed names otherwise pass)', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      env:
			        - name: A=B
			          value: x
		`;
		expect(located(bad, 'semantic/env-var')).toEqual([{ line: 10, column: 17, endLine: 10, endColumn: 20, path: 'spec.containers[0].env[0].name' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      env:
			        - name: my.setting-1
			          value: x
		`;
		expect(located(good, 'semantic/env-var')).toEqual([]);
	});

	it('rejects an envFrom entry with neither configMapRef nor secretRef', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      envFrom:
			        - prefix: APP_
		`;
		expect(located(bad, 'semantic/env-from')).toEqual([{ line: 10, column: 11, endLine: 10, endColumn: 17, path: 'spec.containers[0].envFrom[0]' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      envFrom:
			        - prefix: APP_
			          configMapRef: { name: settings }
		`;
		expect(located(good, 'semantic/env-from')).toEqual([]);
	});

	it('rejects a volume with two sources, accepts one with none (defaulted to emptyDir)', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  volumes:
			    - name: data
			      emptyDir: {}
			      configMap: { name: settings }
		`;
		expect(located(bad, 'semantic/volume')).toEqual([{ line: 10, column: 7, endLine: 10, endColumn: 16, path: 'spec.volumes[0].configMap' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  volumes:
			    - name: data
		`;
		expect(located(good, 'semantic/volume')).toEqual([]);
	});

	it('rejects defaultMode 644 (decimal) and accepts 0644 (YAML 1.1 octal)', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  volumes:
			    - name: cfg
			      secret:
			        secretName: tls
			        defaultMode: 644
		`;
		expect(located(bad, 'semantic/file-mode')).toEqual([{ line: 11, column: 22, endLine: 11, endColumn: 25, path: 'spec.volumes[0].secret.defaultMode' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  volumes:
			    - name: cfg
			      secret:
			        secretName: tls
			        defaultMode: 0644
		`;
		expect(located(good, 'semantic/file-mode')).toEqual([]);
	});

	it('rejects a projected item path with ".."', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  volumes:
			    - name: cfg
			      configMap:
			        name: settings
			        items: [{ key: a, path: ../a }]
		`;
		expect(located(bad, 'semantic/volume-item-path')).toEqual([{ line: 11, column: 33, endLine: 11, endColumn: 37, path: 'spec.volumes[0].configMap.items[0].path' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  volumes:
			    - name: cfg
			      configMap:
			        name: settings
			        items: [{ key: a, path: conf/a }]
		`;
		expect(located(good, 'semantic/volume-item-path')).toEqual([]);
	});

	it('rejects the same mountPath twice in one container', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      volumeMounts:
			        - { name: data, mountPath: /data }
			        - { name: data, mountPath: /data, subPath: x }
			  volumes: [{ name: data, emptyDir: {} }]
		`;
		expect(located(bad, 'semantic/volume-mount')).toEqual([{ line: 11, column: 36, endLine: 11, endColumn: 41, path: 'spec.containers[0].volumeMounts[1].mountPath' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      volumeMounts:
			        - { name: data, mountPath: /data }
			        - { name: data, mountPath: /logs, subPath: x }
			  volumes: [{ name: data, emptyDir: {} }]
		`;
		expect(located(good, 'semantic/volume-mount')).toEqual([]);
	});

	it('rejects requests above limits, compared exactly (1Gi > 1G)', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      resources:
			        requests: { memory: 1Gi }
			        limits: { memory: 1G }
		`;
		expect(located(bad, 'semantic/resource-requests')).toEqual([{ line: 10, column: 29, endLine: 10, endColumn: 32, path: 'spec.containers[0].resources.requests.memory' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      resources:
			        requests: { memory: 1G }
			        limits: { memory: 1Gi }
		`;
		expect(located(good, 'semantic/resource-requests')).toEqual([]);
	});

	it('rejects a fractional extended resource (nvidia.com/gpu: 0.5)', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      resources:
			        limits: { nvidia.com/gpu: 0.5 }
		`;
		expect(located(bad, 'semantic/resource-quantity')).toEqual([
			{ line: 10, column: 35, endLine: 10, endColumn: 38, path: 'spec.containers[0].resources.limits["nvidia.com/gpu"]' },
		]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      resources:
			        limits: { nvidia.com/gpu: 1 }
		`;
		expect(located(good, 'semantic/resource-quantity')).toEqual([]);
	});

	it('rejects a resource name that is neither standard nor domain-prefixed', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      resources:
			        limits: { gpu: 1 }
		`;
		expect(located(bad, 'semantic/resource-name')).toEqual([{ line: 10, column: 19, endLine: 10, endColumn: 22, path: 'spec.containers[0].resources.limits.gpu' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      resources:
			        limits: { example.com/gpu: 1 }
		`;
		expect(located(good, 'semantic/resource-name')).toEqual([]);
	});

	it('rejects successThreshold 2 on a liveness probe, accepts 0 (defaulted to 1)', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      livenessProbe:
			        httpGet: { path: /healthz, port: 8080 }
			        successThreshold: 2
		`;
		expect(located(bad, 'semantic/probe')).toEqual([{ line: 11, column: 27, endLine: 11, endColumn: 28, path: 'spec.containers[0].livenessProbe.successThreshold' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      livenessProbe:
			        httpGet: { path: /healthz, port: 8080 }
			        successThreshold: 0
		`;
		expect(located(good, 'semantic/probe')).toEqual([]);
	});

	it('rejects a probe on a plain init container, accepts it on a sidecar (restartPolicy: Always)', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  initContainers:
			    - name: setup
			      image: busybox:1.36
			      readinessProbe: { exec: { command: [true] } }
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/init-container')).toEqual([{ line: 9, column: 7, endLine: 9, endColumn: 21, path: 'spec.initContainers[0].readinessProbe' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  initContainers:
			    - name: setup
			      image: busybox:1.36
			      restartPolicy: Always
			      readinessProbe: { exec: { command: [true] } }
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/init-container')).toEqual([]);
	});

	it('rejects a container restartPolicy outside Always/OnFailure/Never', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  initContainers:
			    - name: proxy
			      image: envoy:1.30
			      restartPolicy: always
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/container-restart-policy')).toEqual([{ line: 9, column: 22, endLine: 9, endColumn: 28, path: 'spec.initContainers[0].restartPolicy' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  initContainers:
			    - name: proxy
			      image: envoy:1.30
			      restartPolicy: Always
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/container-restart-policy')).toEqual([]);
	});

	it('rejects ephemeralContainers in a new Pod', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  ephemeralContainers:
			    - name: debug
			      image: busybox:1.36
		`;
		expect(located(bad, 'semantic/ephemeral-containers')).toEqual([{ line: 7, column: 3, endLine: 7, endColumn: 22, path: 'spec.ephemeralContainers' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/ephemeral-containers')).toEqual([]);
	});

	it('rejects dnsPolicy None without dnsConfig', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  dnsPolicy: None
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/dns-config')).toEqual([{ line: 6, column: 14, endLine: 6, endColumn: 18, path: 'spec.dnsConfig' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  dnsPolicy: None
			  dnsConfig:
			    nameservers: [10.0.0.10]
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/dns-config')).toEqual([]);
	});

	it('rejects allowPrivilegeEscalation: false with privileged: true', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      securityContext:
			        privileged: true
			        allowPrivilegeEscalation: false
		`;
		expect(located(bad, 'semantic/security-context')).toEqual([
			{ line: 11, column: 35, endLine: 11, endColumn: 40, path: 'spec.containers[0].securityContext.allowPrivilegeEscalation' },
		]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      securityContext:
			        privileged: false
			        allowPrivilegeEscalation: false
		`;
		expect(located(good, 'semantic/security-context')).toEqual([]);
	});

	it('rejects an empty toleration key with operator Equal', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  tolerations:
			    - operator: Equal
			      value: x
		`;
		expect(located(bad, 'semantic/toleration')).toEqual([{ line: 8, column: 17, endLine: 8, endColumn: 22, path: 'spec.tolerations[0].operator' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  tolerations:
			    - operator: Exists
		`;
		expect(located(good, 'semantic/toleration')).toEqual([]);
	});

	it('rejects a hostname that is not a DNS-1123 label', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  hostname: web.example
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/pod-field')).toEqual([{ line: 6, column: 13, endLine: 6, endColumn: 24, path: 'spec.hostname' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  hostname: web-0
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/pod-field')).toEqual([]);
	});

	it('rejects maxSkew 0', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  topologySpreadConstraints:
			    - maxSkew: 0
			      topologyKey: topology.kubernetes.io/zone
			      whenUnsatisfiable: DoNotSchedule
		`;
		expect(located(bad, 'semantic/scheduling-constraint')).toEqual([{ line: 8, column: 16, endLine: 8, endColumn: 17, path: 'spec.topologySpreadConstraints[0].maxSkew' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  topologySpreadConstraints:
			    - maxSkew: 1
			      topologyKey: topology.kubernetes.io/zone
			      whenUnsatisfiable: DoNotSchedule
		`;
		expect(located(good, 'semantic/scheduling-constraint')).toEqual([]);
	});

	it('rejects a Linux-only field (runAsUser) on a windows Pod', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  os: { name: windows }
			  securityContext:
			    runAsUser: 1000
			  containers: [{ name: app, image: mcr.microsoft.com/windows/nanoserver:ltsc2022 }]
		`;
		expect(located(bad, 'semantic/pod-os')).toEqual([{ line: 8, column: 5, endLine: 8, endColumn: 14, path: 'spec.securityContext.runAsUser' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  os: { name: windows }
			  securityContext:
			    windowsOptions: { runAsUserName: ContainerUser }
			  containers: [{ name: app, image: mcr.microsoft.com/windows/nanoserver:ltsc2022 }]
		`;
		expect(located(good, 'semantic/pod-os')).toEqual([]);
	});

	it('rejects a net.* sysctl with hostNetwork: true', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  hostNetwork: true
			  securityContext:
			    sysctls: [{ name: net.ipv4.ip_local_port_range, value: "1024 65535" }]
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/sysctl')).toEqual([{ line: 8, column: 23, endLine: 8, endColumn: 51, path: 'spec.securityContext.sysctls[0].name' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  securityContext:
			    sysctls: [{ name: net.ipv4.ip_local_port_range, value: "1024 65535" }]
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/sysctl')).toEqual([]);
	});

	it('rejects a scheduling gate listed twice', () => {
		const bad = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  schedulingGates: [{ name: example.com/quota }, { name: example.com/quota }]
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(bad, 'semantic/pod-gates')).toEqual([{ line: 6, column: 58, endLine: 6, endColumn: 75, path: 'spec.schedulingGates[1].name' }]);
		const good = yaml`
			apiVersion: v1
			kind: Pod
			metadata:
			  name: web
			spec:
			  schedulingGates: [{ name: example.com/quota }, { name: example.com/capacity }]
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(good, 'semantic/pod-gates')).toEqual([]);
	});

	it('compares pod-level requests and limits too (PodLevelResources), and says the gate', () => {
		const text = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: web }
			spec:
			  resources:
			    requests: { cpu: "2" }
			    limits: { cpu: "1" }
			  containers: [{ name: app, image: nginx:1.27 }]
		`;
		const findings = lint(text).filter((d) => d.rule === 'semantic/resource-requests');
		expect(findings.map(({ line, column, path }) => ({ line, column, path }))).toEqual([{ line: 6, column: 22, path: 'spec.resources.requests.cpu' }]);
		expect(enText(findings[0]!.message)).toContain('PodLevelResources');
		expect(zhText(findings[0]!.message)).toContain('PodLevelResources');
	});

	it('needs the object a configMap, secret or claim volume names, and keeps item paths off the kubelet\'s "..data"', () => {
		const text = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: web }
			spec:
			  containers: [{ name: app, image: nginx:1.27 }]
			  volumes:
			    - name: a
			      secret: { defaultMode: 0400 }
			    - name: b
			      configMap: { name: app, items: [{ key: conf, path: ..data }] }
			    - name: c
			      persistentVolumeClaim: { claimName: "" }
		`;
		expect(located(text, 'semantic/volume').map((d) => [d.line, d.column, d.path])).toEqual([
			[8, 17, 'spec.volumes[0].secret.secretName'],
			[12, 43, 'spec.volumes[2].persistentVolumeClaim.claimName'],
		]);
		expect(located(text, 'semantic/volume-item-path').map((d) => [d.line, d.path])).toEqual([[10, 'spec.volumes[1].configMap.items[0].path']]);
	});

	it('names the offending value in both languages', () => {
		const text = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: web }
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      ports: [{ containerPort: 70000 }]
		`;
		const finding = lint(text).find((d) => d.rule === 'semantic/container-port')!;
		expect(finding.severity).toBe('error');
		expect(enText(finding.message)).toContain('70000');
		expect(zhText(finding.message)).toContain('70000');
		expect(zhText(finding.message)).toContain('65535');
	});

	it('checks every Pod template, and says a StatefulSet itself is accepted while its Pods are not', () => {
		const text = yaml`
			apiVersion: apps/v1
			kind: StatefulSet
			metadata: { name: db }
			spec:
			  serviceName: db
			  selector: { matchLabels: { app: db } }
			  template:
			    metadata: { labels: { app: db } }
			    spec:
			      containers:
			        - name: db
			          image: postgres:17
			        - name: db
			          image: busybox:1.36
		`;
		const findings = lint(text).filter((d) => d.rule === 'semantic/duplicate-container-name');
		expect(findings.map(({ line, column, path }) => ({ line, column, path }))).toEqual([{ line: 13, column: 17, path: 'spec.template.spec.containers[1].name' }]);
		expect(enText(findings[0]!.message)).toContain('accepts the StatefulSet itself');
	});

	it('applies to CronJob templates through jobTemplate', () => {
		const text = yaml`
			apiVersion: batch/v1
			kind: CronJob
			metadata: { name: report }
			spec:
			  schedule: "@daily"
			  jobTemplate:
			    spec:
			      template:
			        spec:
			          restartPolicy: Never
			          containers:
			            - name: report
			              image: busybox:1.36
			              resources: { requests: { cpu: "2" }, limits: { cpu: 1500m } }
		`;
		expect(located(text, 'semantic/resource-requests')).toEqual([
			{ line: 14, column: 45, endLine: 14, endColumn: 48, path: 'spec.jobTemplate.spec.template.spec.containers[0].resources.requests.cpu' },
		]);
	});

	it('requires requests to equal limits for extended resources and hugepages, and a limit to be set', () => {
		const text = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: gpu }
			spec:
			  containers:
			    - name: train
			      image: trainer:2.1
			      resources:
			        requests: { example.com/fpga: 1, nvidia.com/gpu: 1, memory: 1Gi }
			        limits: { nvidia.com/gpu: 2, memory: 1Gi }
		`;
		expect(located(text, 'semantic/resource-quantity').map((d) => d.path)).toEqual([
			'spec.containers[0].resources.requests["example.com/fpga"]',
			'spec.containers[0].resources.requests["nvidia.com/gpu"]',
		]);
	});

	it('reads env valueFrom: exactly one source, not with a value', () => {
		const text = yaml`
			apiVersion: v1
			kind: Pod
			metadata: { name: web }
			spec:
			  containers:
			    - name: app
			      image: nginx:1.27
			      env:
			        - name: A
			          valueFrom: {}
			        - name: B
			          value: x
			          valueFrom: { fieldRef: { fieldPath: metadata.name } }
			        - name: C
			          valueFrom: { fieldRef: { fieldPath: spec.hostname } }
			        - name: D
			          valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } }
		`;
		expect(located(text, 'semantic/env-var').map((d) => [d.line, d.path])).toEqual([
			[10, 'spec.containers[0].env[0].valueFrom'],
			[13, 'spec.containers[0].env[1].valueFrom'],
		]);
		// The unsupported fieldPath is the downward API's rule (downward-api.test.ts).
		expect(located(text, 'semantic/downward-api-field').map((d) => [d.line, d.path])).toEqual([[15, 'spec.containers[0].env[2].valueFrom.fieldRef.fieldPath']]);
	});
});
