// The example manifests in tests/fixtures/manifests, linted end to end.
import { describe, expect, it } from 'vitest';
import { lintManifests, RULES } from '../../../src/lib/manifest/index.ts';
import { fixture, rulesOf } from './helpers.ts';

const errorsOf = (name: string, k8sVersion?: string) => rulesOf(lintManifests(fixture(name), { k8sVersion }).diagnostics.filter((d) => d.severity === 'error'));

describe('example manifests', () => {
	it('the hardened Deployment + Service has no diagnostics at all', () => {
		expect(lintManifests(fixture('deployment-service.yaml')).diagnostics).toEqual([]);
	});

	it.each(['pod.yaml', 'configmap-secret.yaml', 'pv-pvc.yaml', 'ingress.yaml', 'cronjob.yaml', 'hpa-statefulset.yaml', 'kubeadm-cluster-configuration.yaml'])(
		'%s has no errors on the latest release or on 1.23',
		(name) => {
			expect(errorsOf(name)).toEqual([]);
			expect(errorsOf(name, '1.23')).toEqual([]);
		},
	);

	it('the ConfigMap/Secret example resolves every reference inside the paste', () => {
		const rules = rulesOf(lintManifests(fixture('configmap-secret.yaml')).diagnostics);
		expect(rules).not.toContain('cross/reference-not-in-paste');
		expect(rules).not.toContain('cross/key-not-found');
	});

	it('the legacy 1.15-era manifests: all removed today; on 1.23 only PodSecurityPolicy is still served', () => {
		expect(errorsOf('legacy-1.15.yaml', '1.36')).toEqual(['api/removed']);
		const on123 = lintManifests(fixture('legacy-1.15.yaml'), { k8sVersion: '1.23' }).diagnostics.filter((d) => d.rule.startsWith('api/'));
		expect(on123.map((d) => [d.rule, d.line])).toEqual([
			['api/removed', 2], // extensions/v1beta1 Deployment: gone since 1.16
			['api/removed', 17], // extensions/v1beta1 Ingress: gone since 1.22
			['api/deprecated', 26], // PodSecurityPolicy: still served by 1.23
		]);
	});

	it('the broken example shows every layer', () => {
		const diagnostics = lintManifests(fixture('broken-every-layer.yaml')).diagnostics;
		const layers = new Set(diagnostics.map((d) => RULES.find((r) => r.id === d.rule)!.layer));
		expect([...layers].sort()).toEqual(['api-version', 'best-practice', 'cross-resource', 'identity', 'schema', 'semantic', 'syntax']);
		expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.line])).toEqual([
			['identity/invalid-name', 5],
			['schema/type-mismatch', 7],
			['cross/selector-mismatch', 8],
			['schema/unknown-field', 16],
			['schema/unknown-field', 23],
			['schema/invalid-quantity', 26],
			['schema/type-mismatch', 29],
			['api/removed', 31],
			['semantic/job-restart-policy', 41],
			['yaml/duplicate-key', 65],
		]);
	});
});
