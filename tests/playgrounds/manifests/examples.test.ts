import { describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLE_ID, DEFAULT_EXAMPLE_TEXT, EXAMPLES, exampleById } from '../../../src/playgrounds/manifests/examples.ts';
import { lintManifests, loadExtensionsFor } from '../../../src/lib/manifest/index.ts';

const LAYERS_OF = (text: string) => new Set(lintManifests(text).diagnostics.map((d) => d.rule.split('/')[0]));

describe('playground examples', () => {
	it('covers the gallery the issue asks for, with unique ids', () => {
		expect(EXAMPLES.map((e) => e.id)).toEqual(['pod', 'deployment-service', 'config-secret', 'storage', 'ingress', 'cronjob', 'custom-resource', 'broken']);
		expect(exampleById(DEFAULT_EXAMPLE_ID)?.text).toBe(DEFAULT_EXAMPLE_TEXT);
	});

	it.each(EXAMPLES.filter((e) => e.id !== 'broken').flatMap((e) => ['1.23', '1.36'].map((v) => [e.id, v, e.text] as const)))(
		'%s has no errors in Kubernetes %s',
		(_id, version, text) => {
			const result = lintManifests(text, { k8sVersion: version });
			expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
			expect(result.documents.every((d) => d.kind)).toBe(true);
		},
	);

	it('the custom resource example is checked against its CRD, CEL rule included', async () => {
		await loadExtensionsFor('x-kubernetes-validations');
		const text = exampleById('custom-resource')!.text;
		const result = lintManifests(text);
		expect(result.diagnostics).toEqual([]);
		expect(result.coverage?.celNotEvaluated).toEqual([]);
		expect(lintManifests(text.replace('minReplicas: 2', 'minReplicas: 5')).diagnostics.map((d) => d.rule)).toEqual(['crd/cel-rule']);
	});

	it('the default example has no warnings either', () => {
		expect(lintManifests(DEFAULT_EXAMPLE_TEXT).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
	});

	it('the broken example shows every layer, with the typo located', () => {
		const text = exampleById('broken')!.text;
		expect([...LAYERS_OF(text)].sort()).toEqual(['api', 'bp', 'cross', 'identity', 'schema', 'semantic', 'yaml']);
		const typo = lintManifests(text).diagnostics.find((d) => d.rule === 'schema/unknown-field' && d.path.endsWith('containres'));
		expect(typo).toMatchObject({ line: 13, column: 7, endColumn: 17 });
	});
});
