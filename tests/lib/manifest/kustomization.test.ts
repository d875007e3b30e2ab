// kustomization.yaml files: recognised, not asked for a name, and checked against kustomize's types.
import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import { located, rulesOf, yaml } from './helpers.ts';
import { enText } from './words.ts';

const kustomization = yaml`
  apiVersion: kustomize.config.k8s.io/v1beta1
  kind: Kustomization
  namespace: shop
  resources:
    - deployment.yaml
    - ../base
  labels:
    - pairs: { app: shop }
      includeSelectors: true
  images:
    - name: registry.example.com/shop
      newTag: "1.20"
  configMapGenerator:
    - name: settings
      literals: [MODE=prod]
  patches:
    - path: replicas.yaml
      target: { kind: Deployment, name: shop }
  replicas:
    - name: shop
      count: 3
`;

describe('kustomization files', () => {
	it('are recognised: an info, no missing-name error, no custom-resource note', () => {
		const result = lintManifests(kustomization);
		expect(rulesOf(result.diagnostics)).toEqual(['kustomize/kustomization']);
		expect(result.diagnostics[0]!.severity).toBe('info');
		expect(enText(result.diagnostics[0]!.message)).toContain('kubectl apply -k');
		expect(result.coverage?.kustomizations).toEqual([0]);
	});

	it('are recognised without apiVersion and kind', () => {
		const result = lintManifests('resources:\n  - a.yaml\nnamePrefix: dev-\n');
		expect(rulesOf(result.diagnostics)).toEqual(['kustomize/kustomization']);
	});

	it('report unknown fields (case-insensitive, as Go decodes), wrong types with the quoting hint, and deprecated fields', () => {
		const text = kustomization.replace('newTag: "1.20"', 'newTag: 1.20').replace('namespace: shop', 'namespace: shop\nnamePrefx: dev-\nNameSuffix: -v2\nbases: [../old]');
		expect(located(text, 'kustomize/unknown-field')).toEqual([{ line: 4, column: 1, endLine: 4, endColumn: 10, path: 'namePrefx' }]);
		const typeError = lintManifests(text).diagnostics.find((d) => d.rule === 'kustomize/type-mismatch');
		expect(typeError).toMatchObject({ line: 15, column: 13, endColumn: 17, path: 'images[0].newTag' });
		expect(enText(typeError!.message)).toContain('write "1.20"');
		expect(located(text, 'kustomize/deprecated-field')).toEqual([{ line: 6, column: 1, endLine: 6, endColumn: 6, path: 'bases' }]);
	});

	it('check apiVersion and kind as kustomize does', () => {
		expect(located('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Component\nresources: [a.yaml]\n', 'kustomize/invalid-api-version')).toEqual([
			{ line: 1, column: 13, endLine: 1, endColumn: 44, path: 'apiVersion' },
		]);
		expect(located('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomisation\n', 'kustomize/invalid-kind')).toEqual([
			{ line: 2, column: 7, endLine: 2, endColumn: 20, path: 'kind' },
		]);
	});

	it('do not swallow ordinary objects that lack apiVersion', () => {
		const rules = rulesOf(lintManifests('kind: ConfigMap\nmetadata:\n  name: x\n').diagnostics);
		expect(rules).toContain('identity/missing-api-version');
		expect(rules).not.toContain('kustomize/kustomization');
	});
});
