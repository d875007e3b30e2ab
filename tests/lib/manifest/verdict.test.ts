// The summary line claims API-server acceptance only for what every layer could check.
import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import { summaryText } from '../../../src/playgrounds/manifests/problems-view.ts';
import { PLAYGROUND_TEXT } from '../../../src/playgrounds/manifests/texts.ts';

const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: prod\n';
const custom = (name: string) => `apiVersion: example.org/v1\nkind: Thing\nmetadata:\n  name: ${name}\n`;

describe('verdict', () => {
	it('says the API server would accept a paste every layer checked', () => {
		const result = lintManifests(configMap);
		expect(summaryText(result, PLAYGROUND_TEXT.en)).toBe(`No problems in 1 document for Kubernetes ${result.k8sVersion}.`);
	});

	it('names what was not checked instead of claiming acceptance', () => {
		const result = lintManifests([configMap, custom('a'), custom('b'), 'resources: [a.yaml]\n'].join('---\n'));
		const en = summaryText(result, PLAYGROUND_TEXT.en);
		expect(en).not.toContain('would accept');
		expect(en).toBe(
			`No errors in the 1 checked document: 0 errors, 0 warnings, 3 notes in 4 documents for Kubernetes ${result.k8sVersion}. Not checked: 2 custom resources: no schema (include their CustomResourceDefinitions); 1 kustomization file: kustomize's input, not sent to the API server.`,
		);
		const zh = summaryText(result, PLAYGROUND_TEXT.zh);
		expect(zh).not.toContain('会接受');
		expect(zh).toContain('已检查的 1 个文档中没有错误');
		expect(zh).toContain('未检查：2 个自定义资源没有模式');
	});

	it('says nothing could be checked when nothing could', () => {
		const result = lintManifests('apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n');
		expect(summaryText(result, PLAYGROUND_TEXT.en)).toMatch(/^The API server would reject this: 1 error/);
		const onlyCustom = lintManifests(custom('a'));
		expect(summaryText(onlyCustom, PLAYGROUND_TEXT.en)).toMatch(/^Nothing here could be checked against the API server: .* Not checked: 1 custom resource: no schema/);
	});

	it('still says reject when there are errors', () => {
		const result = lintManifests(`${custom('a')}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n`);
		expect(summaryText(result, PLAYGROUND_TEXT.en)).toMatch(/^The API server would reject this/);
	});
});
