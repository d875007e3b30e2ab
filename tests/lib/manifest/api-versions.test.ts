// Layer 4: removed and deprecated APIs, per target Kubernetes version.
import { describe, expect, it } from 'vitest';
import { lintManifests, REMOVED_APIS, SUPPORTED_K8S_VERSIONS, LATEST_K8S_VERSION } from '../../../src/lib/manifest/index.ts';
import schema from '../../../src/generated/k8s-schema/schema.js';
import { located } from './helpers.ts';
import { enText, zhText } from './words.ts';

const cronJob = (apiVersion: string) =>
	`apiVersion: ${apiVersion}\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers: [{ name: r, image: "busybox:1.36" }]\n`;

describe('API version layer', () => {
	it('offers 1.23 (last with dockershim) and the latest release as targets', () => {
		expect(SUPPORTED_K8S_VERSIONS).toContain('1.23');
		expect(SUPPORTED_K8S_VERSIONS.at(-1)).toBe(LATEST_K8S_VERSION);
	});

	it('batch/v1beta1 CronJob: deprecated on 1.23, removed on 1.25 and later, with the replacement', () => {
		const text = cronJob('batch/v1beta1');
		expect(located(text, 'api/deprecated', { k8sVersion: '1.23' })).toEqual([{ line: 1, column: 13, endLine: 1, endColumn: 26, path: 'apiVersion' }]);
		expect(located(text, 'api/removed', { k8sVersion: '1.23' })).toEqual([]);
		const [removed] = lintManifests(text, { k8sVersion: '1.36' }).diagnostics.filter((d) => d.rule === 'api/removed');
		expect(removed).toMatchObject({ line: 1, column: 13, severity: 'error' });
		expect(enText(removed!.message)).toContain('removed in Kubernetes 1.25');
		expect(enText(removed!.message)).toContain('batch/v1');
		expect(zhText(removed!.message)).toContain('1.25');
		// The schema of the old version is still checked for old targets.
		expect(located(text, 'schema/unknown-field', { k8sVersion: '1.23' })).toEqual([]);
	});

	it('batch/v1 CronJob is not yet served by 1.20', () => {
		expect(located(cronJob('batch/v1'), 'api/not-yet-available', { k8sVersion: '1.20' })).toEqual([{ line: 1, column: 13, endLine: 1, endColumn: 21, path: 'apiVersion' }]);
		expect(located(cronJob('batch/v1'), 'api/not-yet-available', { k8sVersion: '1.23' })).toEqual([]);
	});

	it('extensions/v1beta1 Deployment was removed in 1.16 and names apps/v1', () => {
		const text =
			'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: old\nspec:\n  template:\n    spec:\n      containers: [{ name: a, image: "nginx:1.17" }]\n';
		const [d] = lintManifests(text, { k8sVersion: '1.23' }).diagnostics.filter((x) => x.rule === 'api/removed');
		expect(enText(d!.message)).toMatch(/removed in Kubernetes 1\.16.*apps\/v1/);
	});

	it('PodSecurityPolicy has no replacement API', () => {
		const text =
			'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: p\nspec:\n  seLinux: { rule: RunAsAny }\n  runAsUser: { rule: RunAsAny }\n  supplementalGroups: { rule: RunAsAny }\n  fsGroup: { rule: RunAsAny }\n';
		expect(located(text, 'api/deprecated', { k8sVersion: '1.23' })).toHaveLength(1);
		const [d] = lintManifests(text, { k8sVersion: '1.25' }).diagnostics.filter((x) => x.rule === 'api/removed');
		expect(enText(d!.message)).toContain('Pod Security Admission');
	});

	it('defaults to the latest release and ignores an unsupported target', () => {
		expect(lintManifests(cronJob('batch/v1beta1')).k8sVersion).toBe(LATEST_K8S_VERSION);
		expect(lintManifests(cronJob('batch/v1beta1'), { k8sVersion: '2.0' }).k8sVersion).toBe(LATEST_K8S_VERSION);
	});

	it('covers every non-GA API version that the bundled schema carries', () => {
		const listed = new Set(REMOVED_APIS.map((e) => `${e.apiVersion} ${e.kind}`));
		const missing: string[] = [];
		for (const [apiVersion, kinds] of Object.entries(schema.kinds)) {
			if (!/v\d+(alpha|beta)\d+$/.test(apiVersion)) continue;
			for (const kind of Object.keys(kinds)) if (!kind.endsWith('List') && !listed.has(`${apiVersion} ${kind}`)) missing.push(`${apiVersion} ${kind}`);
		}
		expect(missing).toEqual([]);
	});
});
