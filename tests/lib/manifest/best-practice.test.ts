// Layer 6: best-practice rules, each located and each switchable off.
import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import { hardenedPodSpec, located, yaml } from './helpers.ts';
import { enText } from './words.ts';

const podWith = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}`;
const indent = (text: string, spaces: number) => text.replace(/^(?=.)/gm, ' '.repeat(spaces));
const hardened = podWith(indent(hardenedPodSpec, 2));

describe('best-practice layer', () => {
	it('is silent on a hardened Pod', () => {
		expect(lintManifests(hardened).diagnostics).toEqual([]);
	});

	it('flags images without a tag or with :latest, but not digests or registry ports', () => {
		const image = (ref: string) => located(hardened.replace('registry.example.com/app:1.2.3', ref), 'bp/image-tag');
		expect(image('nginx')).toEqual([{ line: 10, column: 14, endLine: 10, endColumn: 19, path: 'spec.containers[0].image' }]);
		expect(image('nginx:latest')).toHaveLength(1);
		expect(image('localhost:5000/nginx')).toHaveLength(1);
		expect(image('localhost:5000/nginx:1.27')).toEqual([]);
		expect(image('nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31')).toEqual([]);
	});

	it('flags missing requests and memory limit on the container', () => {
		const text = hardened.replace(/ {6}resources:\n.*\n.*\n/, '');
		expect(located(text, 'bp/resource-requests')).toEqual([{ line: 9, column: 13, endLine: 9, endColumn: 16, path: 'spec.containers[0].name' }]);
		expect(located(text, 'bp/memory-limit')).toHaveLength(1);
	});

	it('flags missing probes for long-running Pods only', () => {
		const text = hardened.replace(/ {6}readinessProbe.*\n {6}livenessProbe.*\n/, '');
		expect(located(text, 'bp/readiness-probe')).toEqual([{ line: 9, column: 13, endLine: 9, endColumn: 16, path: 'spec.containers[0].name' }]);
		expect(lintManifests(text).diagnostics.find((d) => d.rule === 'bp/liveness-probe')!.severity).toBe('info');
		const job = `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n${indent(hardenedPodSpec.replace(/^ {4}readinessProbe.*\n {4}livenessProbe.*\n/m, ''), 6)}`;
		expect(located(job, 'bp/readiness-probe')).toEqual([]);
		expect(located(job, 'bp/liveness-probe')).toEqual([]);
	});

	it('flags privileged containers, privilege escalation, root users and dangerous capabilities', () => {
		const text = hardened.replace(
			'        allowPrivilegeEscalation: false\n',
			'        privileged: true\n        runAsUser: 0\n        capabilities: { add: [NET_BIND_SERVICE, SYS_ADMIN] }\n',
		);
		expect(located(text, 'bp/privileged')).toEqual([{ line: 17, column: 21, endLine: 17, endColumn: 25, path: 'spec.containers[0].securityContext.privileged' }]);
		expect(located(text, 'bp/run-as-non-root')).toEqual([{ line: 18, column: 20, endLine: 18, endColumn: 21, path: 'spec.containers[0].securityContext.runAsUser' }]);
		expect(located(text, 'bp/dangerous-capabilities')).toEqual([
			{ line: 19, column: 49, endLine: 19, endColumn: 58, path: 'spec.containers[0].securityContext.capabilities.add[1]' },
		]);
		// privileged implies escalation; no second message for it.
		expect(located(text, 'bp/privilege-escalation')).toEqual([]);
		expect(located(hardened.replace('        allowPrivilegeEscalation: false\n', ''), 'bp/privilege-escalation')).toHaveLength(1);
	});

	it('accepts runAsNonRoot from the Pod or a non-zero runAsUser, and flags its absence', () => {
		const noPodContext = hardened.replace('  securityContext:\n    runAsNonRoot: true\n', '');
		expect(located(noPodContext, 'bp/run-as-non-root')).toEqual([{ line: 14, column: 7, endLine: 14, endColumn: 22, path: 'spec.containers[0].securityContext' }]);
		expect(
			located(noPodContext.replace('        readOnlyRootFilesystem: true\n', '        readOnlyRootFilesystem: true\n        runAsUser: 1000\n'), 'bp/run-as-non-root'),
		).toEqual([]);
	});

	it('flags host namespaces, hostPath volumes and the Docker socket (with the dockershim note)', () => {
		const text = hardened.replace(
			'spec:\n',
			'spec:\n  hostNetwork: true\n  hostPID: false\n  volumes:\n    - name: logs\n      hostPath: { path: /var/log }\n    - name: docker\n      hostPath: { path: /var/run/docker.sock }\n',
		);
		expect(located(text, 'bp/host-namespaces')).toEqual([{ line: 6, column: 16, endLine: 6, endColumn: 20, path: 'spec.hostNetwork' }]);
		expect(located(text, 'bp/host-path')).toEqual([{ line: 10, column: 7, endLine: 10, endColumn: 15, path: 'spec.volumes[0].hostPath' }]);
		expect(located(text, 'bp/docker-socket')).toEqual([{ line: 12, column: 7, endLine: 12, endColumn: 15, path: 'spec.volumes[1].hostPath' }]);
		const on = (k8sVersion: string) => enText(lintManifests(text, { k8sVersion }).diagnostics.find((d) => d.rule === 'bp/docker-socket')!.message);
		expect(on('1.23')).toContain('1.24 removes dockershim');
		expect(on('1.36')).toContain('Since Kubernetes 1.24');
	});

	it('flags secret-looking environment values written in plain text', () => {
		const text = hardened.replace(
			'      resources:',
			'      env:\n        - { name: DB_PASSWORD, value: hunter2 }\n        - { name: LOG_LEVEL, value: debug }\n      resources:',
		);
		expect(located(text, 'bp/secret-in-env')).toEqual([{ line: 12, column: 39, endLine: 12, endColumn: 46, path: 'spec.containers[0].env[0].value' }]);
	});

	it('lets every rule be switched off', () => {
		const text = podWith('  containers:\n    - name: c\n      image: nginx\n');
		const all = lintManifests(text).diagnostics.map((d) => d.rule);
		expect(all).toContain('bp/image-tag');
		const rest = lintManifests(text, { disabledRules: ['bp/image-tag', 'bp/readiness-probe'] }).diagnostics.map((d) => d.rule);
		expect(rest).not.toContain('bp/image-tag');
		expect(rest).not.toContain('bp/readiness-probe');
		expect(rest.length).toBe(all.length - 2);
	});

	it('checks Pods inside every workload kind', () => {
		const template = (kind: string, prefix: string) =>
			yaml`
				apiVersion: ${kind === 'CronJob' ? 'batch/v1' : 'apps/v1'}
				kind: ${kind}
				metadata: { name: w }
				spec:
			` + `${prefix}\n`;
		const daemonSet = template(
			'DaemonSet',
			'  selector: { matchLabels: { a: b } }\n  template:\n    metadata: { labels: { a: b } }\n    spec: { containers: [{ name: c, image: "nginx:latest" }] }',
		);
		expect(located(daemonSet, 'bp/image-tag').map((d) => d.path)).toEqual(['spec.template.spec.containers[0].image']);
		const cronJob = template(
			'CronJob',
			'  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec: { restartPolicy: Never, containers: [{ name: c, image: "nginx:latest" }] }',
		);
		expect(located(cronJob, 'bp/image-tag').map((d) => d.path)).toEqual(['spec.jobTemplate.spec.template.spec.containers[0].image']);
	});
});
