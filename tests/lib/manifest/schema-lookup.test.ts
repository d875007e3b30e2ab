import { describe, expect, it } from 'vitest';
import docs from '../../../src/generated/k8s-schema/docs.js';
import { DEFAULT_EXAMPLE_TEXT } from '../../../src/playgrounds/manifests/examples.ts';
import { completionsAt, hoverAt, typeAtPath } from '../../../src/lib/manifest/schema-lookup.ts';
import { yamlPathAt } from '../../../src/lib/manifest/yaml-path.ts';

/** Text with a `|` marking the cursor → [text, offset]. */
const cursor = (marked: string): [string, number] => [marked.replace('|', ''), marked.indexOf('|')];

describe('YAML path at a position', () => {
	it.each([
		['spec:\n  replicas: 1\n  sel|', ['spec'], 'key'],
		['spec:\n  template:\n    spec:\n      containers:\n      - name: a\n        ima|', ['spec', 'template', 'spec', 'containers', '[]'], 'key'],
		['spec:\n  containers:\n    - name: a\n      ports:\n        - containerPort: 80\n          pro|', ['spec', 'containers', '[]', 'ports', '[]'], 'key'],
		['spec:\n  containers:\n  - |', ['spec', 'containers', '[]'], 'key'],
		['a: 1\n---\nspec:\n  type: Cl|', ['spec'], 'value'],
		['# comment\nspec:\n\n  # another\n  x|', ['spec'], 'key'],
	])('%j', (marked, path, at) => {
		const [text, offset] = cursor(marked);
		expect(yamlPathAt(text, offset)).toMatchObject({ path, at });
	});

	it('keeps to the document the cursor is in', () => {
		const [text, offset] = cursor('kind: A\n---\nkind: B\nmeta|');
		const where = yamlPathAt(text, offset);
		expect(text.slice(where.documentStart, where.documentEnd)).toBe('kind: B\nmeta');
	});
});

describe('completion and hover from the bundled schema', () => {
	it('offers container fields, required first, without the ones already there', () => {
		const [text, offset] = cursor('apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          im|\n');
		const items = completionsAt(text, offset, docs);
		const labels = items.map((c) => c.label);
		expect(labels).toContain('image');
		expect(labels).toContain('resources');
		expect(labels).not.toContain('name');
		const image = items.find((c) => c.label === 'image')!;
		expect(image).toMatchObject({ insertText: 'image: ', detail: 'string', kind: 'field', replaceStart: offset - 2, replaceEnd: offset });
		expect(image.doc).toMatch(/image/i);
	});

	it('offers enum values, apiVersions and kinds', () => {
		const [svc, o1] = cursor('apiVersion: v1\nkind: Service\nspec:\n  type: |\n');
		expect(completionsAt(svc, o1).map((c) => c.label)).toEqual(['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']);
		const [api, o2] = cursor('apiVersion: |\n');
		expect(completionsAt(api, o2).map((c) => c.label)).toEqual(expect.arrayContaining(['apps/v1', 'batch/v1', 'v1']));
		const [kind, o3] = cursor('apiVersion: batch/v1\nkind: |\n');
		expect(completionsAt(kind, o3).map((c) => c.label)).toEqual(['CronJob', 'Job']);
	});

	it('offers the identity fields in a document without a kind, and nothing off-schema', () => {
		const [empty, o1] = cursor('|');
		expect(completionsAt(empty, o1).map((c) => c.label)).toEqual(['apiVersion', 'kind', 'metadata']);
		const [labels, o2] = cursor('apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    a|\n');
		expect(completionsAt(labels, o2)).toEqual([]);
	});

	it('hovers a key with its path, type, required flag and docs', () => {
		const offset = DEFAULT_EXAMPLE_TEXT.indexOf('containerPort') + 3;
		const hover = hoverAt(DEFAULT_EXAMPLE_TEXT, offset, docs);
		expect(hover?.title).toBe('spec.template.spec.containers[].ports[].containerPort: integer (int32) (required)');
		expect(hover?.doc).toMatch(/port/i);
		expect(DEFAULT_EXAMPLE_TEXT.slice(hover!.start, hover!.end)).toBe('containerPort');
		expect(hoverAt(DEFAULT_EXAMPLE_TEXT, DEFAULT_EXAMPLE_TEXT.indexOf('app: web') + 1, docs)).toBeUndefined();
	});

	it('follows lists and maps through the schema', () => {
		expect(typeAtPath('apps.v1.Deployment', ['spec', 'template', 'spec', 'containers', '[]', 'ports'])).toMatchObject({ kind: 'array' });
		expect(typeAtPath('apps.v1.Deployment', ['spec', 'nope'])).toBeUndefined();
	});
});
