// Layer 2, identity: is each document a Kubernetes object we know (apiVersion, kind), and are its name,
// namespace, labels and annotation keys spelt as the API server requires?
import { isMap } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import { closest } from './suggest.ts';
import { groupOf } from './manifest-object.ts';
import type { ManifestObject } from './manifest-object.ts';
import { labelValueProblem, nameProblem, nameRuleFor, qualifiedNameProblem } from './naming-rules.ts';
import type { DocumentFinding, ParsedDocument } from './parse-documents.ts';
import { podTemplateOf } from './pod-templates.ts';
import { bundledSchema, kindTypeId, kindsOf } from './schema-model.ts';
import { lifecycleOf } from './api-lifecycle.ts';
import { isKustomization } from './kustomize/check-kustomization.ts';
import { lacksIdentity, listItemsOf } from './list-objects.ts';
import { asMap, field, fields, formatPath, rangeOf, resolve, scalarValue, stringValue } from './yaml-access.ts';
import type { PathSegment } from './yaml-access.ts';
import { message } from './message.ts';

/** Groups of configuration files read by cluster components, not by the API server. */
const COMPONENT_CONFIG_GROUPS: ReadonlySet<string> = new Set(['kubeadm.k8s.io', 'kubelet.config.k8s.io', 'kubeproxy.config.k8s.io']);

const builtInGroups = new Set(Object.keys(bundledSchema.kinds).map(groupOf));
/** kind -> apiVersions that serve it in the bundled schema. */
const apiVersionsByKind = new Map<string, string[]>();
for (const [apiVersion, kinds] of Object.entries(bundledSchema.kinds)) {
	for (const kind of Object.keys(kinds)) apiVersionsByKind.set(kind, [...(apiVersionsByKind.get(kind) ?? []), apiVersion]);
}
const allKinds = [...apiVersionsByKind.keys()];

export interface IdentityOutcome {
	objects: ManifestObject[];
	findings: DocumentFinding[];
}

export function checkIdentity(documents: readonly ParsedDocument[]): IdentityOutcome {
	const objects: ManifestObject[] = [];
	const findings: DocumentFinding[] = [];
	for (const doc of documents) {
		if (!doc.usable) continue;
		const contents = resolve(doc.document.contents);
		if (!contents || (scalarValue(contents) === null && !isMap(contents))) continue; // empty document
		collect(contents, doc.index, [], objects, findings);
	}
	// Custom resources are fine when their CustomResourceDefinition is in the same paste.
	const definedKinds = new Set<string>();
	for (const object of objects) {
		if (object.kind !== 'CustomResourceDefinition') continue;
		const group = stringValue(field(field(object.node, 'spec')?.value, 'group')?.value);
		const kind = stringValue(field(field(field(object.node, 'spec')?.value, 'names')?.value, 'kind')?.value);
		if (group && kind) definedKinds.add(`${group} ${kind}`);
	}
	for (const object of objects) {
		// A CRD in the paste is the definition the cluster will use: it wins over a bundled schema (Gateway API).
		if (
			object.typeId &&
			object.apiVersion &&
			object.kind &&
			!builtInGroups.has(groupOf(object.apiVersion)) &&
			definedKinds.has(`${groupOf(object.apiVersion)} ${object.kind}`)
		) {
			delete object.typeId;
		}
		if (object.typeId || object.componentConfig || object.kustomization || !object.apiVersion || !object.kind) continue;
		if (lifecycleOf(object.apiVersion, object.kind)) continue;
		const group = groupOf(object.apiVersion);
		if (builtInGroups.has(group)) {
			findings.push(unknownBuiltIn(object));
		} else if (!definedKinds.has(`${group} ${object.kind}`)) {
			const located = field(object.node, 'apiVersion')!;
			findings.push({
				rule: 'identity/custom-resource',
				message: message('identity/custom-resource', { kind: object.kind, apiVersion: object.apiVersion }),
				...rangeOf(located.locator),
				path: formatPath([...object.path, 'apiVersion']),
				document: object.document,
			});
		}
	}
	return { objects, findings };
}

function collect(
	node: Node,
	document: number,
	path: PathSegment[],
	objects: ManifestObject[],
	findings: DocumentFinding[],
	inherited?: { apiVersion: string; kind: string },
): void {
	const map = asMap(node);
	if (!map) {
		findings.push({
			rule: 'identity/not-an-object',
			message: message('identity/not-an-object'),
			...rangeOf(node),
			path: formatPath(path),
			document,
		});
		return;
	}
	const object: ManifestObject = { document, node: map, path };
	const firstKey = map.items[0]?.key as Node | undefined;
	const whole = firstKey ? rangeOf(firstKey) : rangeOf(map);
	const apiVersionField = field(map, 'apiVersion');
	const kindField = field(map, 'kind');
	// An item of a typed list without apiVersion and kind is an object of the list's type (list-objects.ts).
	const inherit = inherited !== undefined && lacksIdentity(map);
	const apiVersion = inherit ? inherited.apiVersion : scalarValue(apiVersionField?.value);
	const kind = inherit ? inherited.kind : scalarValue(kindField?.value);

	// A kustomization.yaml may leave out apiVersion, kind and metadata; its own check is check-kustomization.ts.
	if (path.length === 0 && isKustomization(map, apiVersion, kind)) {
		if (typeof apiVersion === 'string') object.apiVersion = apiVersion;
		if (typeof kind === 'string') object.kind = kind;
		object.kustomization = true;
		objects.push(object);
		return;
	}
	if (typeof apiVersion === 'string' && apiVersion !== '') object.apiVersion = apiVersion;
	else {
		findings.push({
			rule: 'identity/missing-api-version',
			message: apiVersionField ? message('identity/missing-api-version') : message('identity/missing-api-version:api-version-is-missing-every-object'),
			...(apiVersionField ? rangeOf(apiVersionField.locator) : whole),
			path: formatPath([...path, 'apiVersion']),
			document,
		});
	}
	if (typeof kind === 'string' && kind !== '') object.kind = kind;
	else {
		findings.push({
			rule: 'identity/missing-kind',
			message: kindField ? message('identity/missing-kind') : message('identity/missing-kind:kind-is-missing-every-object'),
			...(kindField ? rangeOf(kindField.locator) : whole),
			path: formatPath([...path, 'kind']),
			document,
		});
	}

	// `kubectl get -o yaml` wraps several objects in a v1 List; typed lists (PodList …) are flattened the same way.
	const list = listItemsOf(map, object.apiVersion, object.kind);
	if (list) {
		list.items.forEach((item, index) => collect(item, document, [...path, 'items', index], objects, findings, list.inherited));
		return;
	}
	if (object.apiVersion && object.kind) {
		object.typeId = kindTypeId(object.apiVersion, object.kind);
		object.componentConfig = COMPONENT_CONFIG_GROUPS.has(groupOf(object.apiVersion));
	}
	const metadata = field(map, 'metadata');
	object.name = stringValue(field(metadata?.value, 'name')?.value);
	object.namespace = stringValue(field(metadata?.value, 'namespace')?.value);
	objects.push(object);
	if (!object.componentConfig) checkMetadata(object, metadata?.value, whole, findings);
}

function unknownBuiltIn(object: ManifestObject): DocumentFinding {
	const apiVersion = object.apiVersion!;
	const kind = object.kind!;
	const servedBy = apiVersionsByKind.get(kind)?.filter((v) => !lifecycleOf(v, kind)?.removedIn);
	const kindsHere = kindsOf(apiVersion);
	if (kindsHere) {
		// The apiVersion exists, so the kind is wrong.
		const suggestion = closest(kind, Object.keys(kindsHere)) ?? closest(kind, allKinds);
		const located = field(object.node, 'kind')!;
		const hint = servedBy?.length
			? message('fragment/hint', { kind, servedBy })
			: suggestion
				? message('fragment/hint:did-you-mean', { suggestion })
				: message('fragment/none');
		return {
			rule: 'identity/unknown-kind',
			message: message('identity/unknown-kind', { apiVersion, kind, hint }),
			...rangeOf(located.locator),
			path: formatPath([...object.path, 'kind']),
			document: object.document,
		};
	}
	const located = field(object.node, 'apiVersion')!;
	const suggestion = servedBy?.find((v) => !lifecycleOf(v, kind)) ?? closest(apiVersion, Object.keys(bundledSchema.kinds));
	return {
		rule: 'identity/unknown-api-version',
		message: message('identity/unknown-api-version', { apiVersion, hasSuggestion: !!suggestion, suggestion }),
		...rangeOf(located.locator),
		path: formatPath([...object.path, 'apiVersion']),
		document: object.document,
	};
}

function checkMetadata(object: ManifestObject, metadata: Node | undefined, whole: { start: number; end: number }, findings: DocumentFinding[]): void {
	const { document, path } = object;
	const nameField = field(metadata, 'name');
	const generateName = stringValue(field(metadata, 'generateName')?.value);
	if (!nameField && !generateName) {
		const metadataField = field(object.node, 'metadata');
		findings.push({
			rule: 'identity/missing-name',
			message: message('identity/missing-name'),
			...(metadataField ? rangeOf(metadataField.key) : whole),
			path: formatPath([...path, 'metadata', 'name']),
			document,
		});
	}
	if (object.name !== undefined && object.kind) {
		const problem = nameProblem(object.name, nameRuleFor(object.kind));
		if (problem) {
			findings.push({
				rule: 'identity/invalid-name',
				message: message('identity/invalid-name', { kind: object.kind, name: object.name, problem }),
				...rangeOf(nameField!.locator),
				path: formatPath([...path, 'metadata', 'name']),
				document,
			});
		}
	}
	if (object.namespace !== undefined) {
		const problem = nameProblem(object.namespace, 'dns1123-label');
		if (problem) {
			findings.push({
				rule: 'identity/invalid-namespace',
				message: message('identity/invalid-namespace', { namespace: object.namespace, problem }),
				...rangeOf(field(metadata, 'namespace')!.locator),
				path: formatPath([...path, 'metadata', 'namespace']),
				document,
			});
		}
	}
	checkLabelsAndAnnotations(metadata, [...path, 'metadata'], document, findings);
	const template = podTemplateOf(object.kind, object.node);
	if (template?.metadata && template.metadata !== metadata) {
		checkLabelsAndAnnotations(template.metadata, [...path, ...template.metadataPath], document, findings);
	}
}

function checkLabelsAndAnnotations(metadata: Node | undefined, path: PathSegment[], document: number, findings: DocumentFinding[]): void {
	const labels = asMap(field(metadata, 'labels')?.value);
	if (labels) {
		for (const label of fields(labels)) {
			const keyProblem = qualifiedNameProblem(label.name);
			if (keyProblem) {
				findings.push({
					rule: 'identity/invalid-label-key',
					message: message('identity/invalid-label-key', { name: label.name, keyProblem }),
					...rangeOf(label.key),
					path: formatPath([...path, 'labels', label.name]),
					document,
				});
			}
			const value = scalarValue(label.value);
			if (typeof value !== 'string') continue; // non-strings are the schema layer's type error
			const valueProblem = labelValueProblem(value);
			if (valueProblem) {
				findings.push({
					rule: 'identity/invalid-label-value',
					message: message('identity/invalid-label-value', { value, valueProblem }),
					...rangeOf(label.locator),
					path: formatPath([...path, 'labels', label.name]),
					document,
				});
			}
		}
	}
	const annotations: YAMLMap | undefined = asMap(field(metadata, 'annotations')?.value);
	if (annotations) {
		for (const annotation of fields(annotations)) {
			const problem = qualifiedNameProblem(annotation.name);
			if (!problem) continue;
			findings.push({
				rule: 'identity/invalid-annotation-key',
				message: message('identity/invalid-annotation-key', { name: annotation.name, problem }),
				...rangeOf(annotation.key),
				path: formatPath([...path, 'annotations', annotation.name]),
				document,
			});
		}
	}
}
