// Typed lists (src/lib/manifest/list-objects.ts): kubectl flattens a PodList, DeploymentList or any *List
// with items the way it flattens a v1 List, and an item without apiVersion and kind becomes an object of
// the list's type (apimachinery unstructuredJSONScheme.decodeToList).
import { describe, expect, it } from 'vitest';
import { lint, located, yaml } from './helpers.ts';

const errors = (text: string) =>
	lint(text)
		.filter((d) => d.severity === 'error')
		.map((d) => `${d.rule} ${d.line}:${d.column} ${d.path}`);

describe('typed lists', () => {
	it('validates every item of a PodList on its own, inheriting v1 Pod when an item names neither', () => {
		const list = yaml`
			apiVersion: v1
			kind: PodList
			items:
			  - metadata: { name: inherits }
			    spec:
			      containers: [{ name: app, image: "" }]
			  - apiVersion: v1
			    kind: Pod
			    metadata: { name: Explicit }
			    spec:
			      containers: [{ name: app, image: nginx:1.27 }]
		`;
		expect(located(list, 'semantic/container-image')).toEqual([{ line: 6, column: 40, endLine: 6, endColumn: 42, path: 'items[0].spec.containers[0].image' }]);
		expect(located(list, 'identity/invalid-name')).toEqual([{ line: 9, column: 23, endLine: 9, endColumn: 31, path: 'items[1].metadata.name' }]);
		// No metadata.name error for the list itself (it has ListMeta), no missing apiVersion/kind for the first item.
		expect(errors(list)).toEqual(['semantic/container-image 6:40 items[0].spec.containers[0].image', 'identity/invalid-name 9:23 items[1].metadata.name']);
	});

	it('reads a DeploymentList and an empty typed list without errors', () => {
		const list = yaml`
			apiVersion: apps/v1
			kind: DeploymentList
			metadata: { resourceVersion: "1" }
			items:
			  - metadata: { name: web }
			    spec:
			      selector: { matchLabels: { app: web } }
			      template:
			        metadata: { labels: { app: web } }
			        spec:
			          containers: [{ name: web, image: nginx:1.27 }]
			---
			apiVersion: v1
			kind: ServiceList
			items: []
		`;
		expect(errors(list)).toEqual([]);
	});

	it('locates an invalid item of a typed list by its index', () => {
		const list = yaml`
			apiVersion: batch/v1
			kind: JobList
			items:
			  - metadata: { name: once }
			    spec:
			      template:
			        spec:
			          restartPolicy: Always
			          containers: [{ name: app, image: busybox:1.36 }]
		`;
		expect(located(list, 'semantic/job-restart-policy')).toEqual([{ line: 8, column: 26, endLine: 8, endColumn: 32, path: 'items[0].spec.template.spec.restartPolicy' }]);
	});
});
