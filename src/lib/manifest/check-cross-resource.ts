// Layer 5, cross-resource: what can be checked between the objects of one paste — selectors against
// template labels, Services against the Pods they select, and references to objects that are not pasted
// (info only: they may well exist in the cluster).
import type { Node } from 'yaml';
import { formatSelector, isEmptySelector, readLabelSelector, readMapSelector, selectorMatches } from './label-selector.ts';
import type { LabelSelector } from './label-selector.ts';
import { groupOf } from './manifest-object.ts';
import type { ManifestObject } from './manifest-object.ts';
import type { DocumentFinding } from './parse-documents.ts';
import { podTemplateOf, SELECTING_WORKLOADS } from './pod-templates.ts';
import type { PodTemplate } from './pod-templates.ts';
import { asMap, field, fields, formatPath, get, items, rangeOf, scalarValue, stringMap, stringValue } from './yaml-access.ts';
import type { PathSegment } from './yaml-access.ts';
import { message as toMessage, type ManifestMessage } from './message.ts';

interface PodBearer {
	object: ManifestObject;
	template: PodTemplate;
	labels: Map<string, string>;
}

const namespaceOf = (object: ManifestObject) => object.namespace ?? '';

export function checkCrossResource(objects: readonly ManifestObject[]): DocumentFinding[] {
	const findings: DocumentFinding[] = [];
	const podBearers: PodBearer[] = [];
	for (const object of objects) {
		const template = podTemplateOf(object.kind, object.node);
		if (template && object.kind !== 'PodTemplate') {
			podBearers.push({ object, template, labels: stringMap(field(template.metadata, 'labels')?.value) });
		}
	}
	const emit = (object: ManifestObject, rule: string, message: ManifestMessage, at: Node, path: PathSegment[]) =>
		findings.push({ rule, message, ...rangeOf(at), path: formatPath([...object.path, ...path]), document: object.document });

	checkDuplicates(objects, emit);
	for (const bearer of podBearers) {
		checkWorkloadSelector(bearer, emit);
		checkVolumeMounts(bearer, emit);
		checkReferences(bearer, objects, emit);
	}
	for (const object of objects) {
		if (object.kind === 'Service' && object.apiVersion === 'v1') checkService(object, podBearers, emit);
		if (object.kind === 'Ingress') checkIngress(object, objects, emit);
		if (object.kind === 'HorizontalPodAutoscaler') checkHpa(object, objects, emit);
	}
	return findings;
}

type Emit = (object: ManifestObject, rule: string, message: ManifestMessage, at: Node, path: PathSegment[]) => void;

function find(objects: readonly ManifestObject[], kind: string, name: string, namespace: string): ManifestObject | undefined {
	return objects.find((o) => o.kind === kind && o.name === name && namespaceOf(o) === namespace);
}

function checkDuplicates(objects: readonly ManifestObject[], emit: Emit): void {
	const seen = new Map<string, ManifestObject>();
	for (const object of objects) {
		if (!object.apiVersion || !object.kind || !object.name || object.componentConfig) continue;
		const key = `${groupOf(object.apiVersion)} ${object.kind} ${namespaceOf(object)} ${object.name}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, object);
			continue;
		}
		emit(
			object,
			'cross/duplicate-object',
			toMessage('cross/duplicate-object', { kind: object.kind, name: object.name, value: first.document + 1 }),
			field(field(object.node, 'metadata')?.value, 'name')!.locator,
			['metadata', 'name'],
		);
	}
}

function checkWorkloadSelector(bearer: PodBearer, emit: Emit): void {
	const { object, labels } = bearer;
	if (!object.kind || !SELECTING_WORKLOADS.has(object.kind)) return;
	const selectorField = field(field(object.node, 'spec')?.value, 'selector');
	if (!selectorField?.value) return; // missing selector: the schema layer reports required fields
	const selector = object.kind === 'ReplicationController' ? readMapSelector(selectorField.value) : readLabelSelector(selectorField.value);
	if (!selector) return;
	// pkg/apis/core/v1/defaults.go SetDefaults_ReplicationController: an empty selector becomes the
	// template's labels, so it always matches.
	if (object.kind === 'ReplicationController' && isEmptySelector(selector)) return;
	if (isEmptySelector(selector)) {
		emit(object, 'cross/selector-mismatch', toMessage('cross/selector-mismatch', { kind: object.kind }), selectorField.key, ['spec', 'selector']);
		return;
	}
	if (selectorMatches(selector, labels)) return;
	emit(
		object,
		'cross/selector-mismatch',
		toMessage('cross/selector-mismatch:spec-selector-does-not-match-the', {
			formatSelector: formatSelector(selector),
			labels: [...labels].map(([k, v]) => `${k}=${v}`),
			kind: object.kind,
		}),
		selectorField.key,
		['spec', 'selector'],
	);
}

function containersOf(template: PodTemplate): { node: Node; path: PathSegment[] }[] {
	const out: { node: Node; path: PathSegment[] }[] = [];
	for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
		items(field(template.spec, list)?.value).forEach((node, index) => out.push({ node, path: [...template.specPath, list, index] }));
	}
	return out;
}

function checkVolumeMounts(bearer: PodBearer, emit: Emit): void {
	const { object, template } = bearer;
	const volumes = new Set(items(field(template.spec, 'volumes')?.value).map((v) => stringValue(field(v, 'name')?.value)));
	// A StatefulSet's volumeClaimTemplates also provide volumes.
	for (const claim of items(get(object.node, 'spec', 'volumeClaimTemplates'))) volumes.add(stringValue(get(claim, 'metadata', 'name')));
	for (const container of containersOf(template)) {
		items(field(container.node, 'volumeMounts')?.value).forEach((mount, index) => {
			const nameField = field(mount, 'name');
			const name = stringValue(nameField?.value);
			if (!nameField || name === undefined || volumes.has(name)) return;
			emit(object, 'cross/volume-not-found', toMessage('cross/volume-not-found', { name }), nameField.locator, [...container.path, 'volumeMounts', index, 'name']);
		});
	}
}

interface Reference {
	kind: 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'ServiceAccount';
	name: string;
	at: Node;
	path: PathSegment[];
	/** A key inside a ConfigMap/Secret that must exist. */
	key?: { name: string; at: Node; path: PathSegment[] };
}

function collectReferences(template: PodTemplate): Reference[] {
	const refs: Reference[] = [];
	const add = (kind: Reference['kind'], holder: Node | undefined, nameField: string, path: PathSegment[], keyField?: string) => {
		if (!holder || scalarValue(field(holder, 'optional')?.value) === true) return;
		const located = field(holder, nameField);
		const name = stringValue(located?.value);
		if (!located || !name) return;
		const ref: Reference = { kind, name, at: located.locator, path: [...path, nameField] };
		const keyLocated = keyField ? field(holder, keyField) : undefined;
		const key = stringValue(keyLocated?.value);
		if (keyLocated && key) ref.key = { name: key, at: keyLocated.locator, path: [...path, keyField!] };
		refs.push(ref);
	};
	const spec = template.spec;
	const base = template.specPath;
	items(field(spec, 'volumes')?.value).forEach((volume, v) => {
		const path = [...base, 'volumes', v];
		add('ConfigMap', get(volume, 'configMap'), 'name', [...path, 'configMap']);
		add('Secret', get(volume, 'secret'), 'secretName', [...path, 'secret']);
		add('PersistentVolumeClaim', get(volume, 'persistentVolumeClaim'), 'claimName', [...path, 'persistentVolumeClaim']);
		items(get(volume, 'projected', 'sources')).forEach((source, s) => {
			add('ConfigMap', get(source, 'configMap'), 'name', [...path, 'projected', 'sources', s, 'configMap']);
			add('Secret', get(source, 'secret'), 'name', [...path, 'projected', 'sources', s, 'secret']);
		});
	});
	for (const container of containersOf(template)) {
		items(field(container.node, 'envFrom')?.value).forEach((source, e) => {
			add('ConfigMap', get(source, 'configMapRef'), 'name', [...container.path, 'envFrom', e, 'configMapRef']);
			add('Secret', get(source, 'secretRef'), 'name', [...container.path, 'envFrom', e, 'secretRef']);
		});
		items(field(container.node, 'env')?.value).forEach((env, e) => {
			add('ConfigMap', get(env, 'valueFrom', 'configMapKeyRef'), 'name', [...container.path, 'env', e, 'valueFrom', 'configMapKeyRef'], 'key');
			add('Secret', get(env, 'valueFrom', 'secretKeyRef'), 'name', [...container.path, 'env', e, 'valueFrom', 'secretKeyRef'], 'key');
		});
	}
	items(field(spec, 'imagePullSecrets')?.value).forEach((secret, i) => add('Secret', secret, 'name', [...base, 'imagePullSecrets', i]));
	const account = field(spec, 'serviceAccountName');
	const accountName = stringValue(account?.value);
	if (account && accountName && accountName !== 'default')
		refs.push({ kind: 'ServiceAccount', name: accountName, at: account.locator, path: [...base, 'serviceAccountName'] });
	return refs;
}

function keysOf(object: ManifestObject): Set<string> {
	const keys = new Set<string>();
	for (const section of object.kind === 'Secret' ? ['data', 'stringData'] : ['data', 'binaryData']) {
		const map = asMap(field(object.node, section)?.value);
		if (map) for (const entry of fields(map)) keys.add(entry.name);
	}
	return keys;
}

function checkReferences(bearer: PodBearer, objects: readonly ManifestObject[], emit: Emit): void {
	const { object, template } = bearer;
	const namespace = namespaceOf(object);
	for (const ref of collectReferences(template)) {
		const target = find(objects, ref.kind, ref.name, namespace);
		if (!target) {
			emit(
				object,
				'cross/reference-not-in-paste',
				toMessage('cross/reference-not-in-paste', { kind: ref.kind, name: ref.name, hasNamespace: !!namespace, namespace }),
				ref.at,
				ref.path,
			);
			continue;
		}
		if (ref.key && !keysOf(target).has(ref.key.name)) {
			emit(object, 'cross/key-not-found', toMessage('cross/key-not-found', { kind: ref.kind, name: ref.name, keyName: ref.key.name }), ref.key.at, ref.key.path);
		}
	}
}

function checkService(service: ManifestObject, bearers: readonly PodBearer[], emit: Emit): void {
	const selectorField = field(field(service.node, 'spec')?.value, 'selector');
	const selector: LabelSelector | undefined = readMapSelector(selectorField?.value);
	if (!selectorField || !selector || isEmptySelector(selector)) return; // no selector: endpoints are managed by hand
	const sameNamespace = bearers.filter((b) => namespaceOf(b.object) === namespaceOf(service));
	if (sameNamespace.length === 0) return; // nothing pasted to compare with
	const matched = sameNamespace.filter((b) => selectorMatches(selector, b.labels));
	if (matched.length === 0) {
		emit(
			service,
			'cross/service-selects-nothing',
			toMessage('cross/service-selects-nothing', {
				formatSelector: formatSelector(selector),
				sameNamespace: sameNamespace.map((b) => `${b.object.kind} ${b.object.name ?? '?'}`),
			}),
			selectorField.key,
			['spec', 'selector'],
		);
		return;
	}
	const portNames = new Set<string>();
	for (const bearer of matched) {
		for (const container of items(field(bearer.template.spec, 'containers')?.value)) {
			for (const port of items(field(container, 'ports')?.value)) {
				const name = stringValue(field(port, 'name')?.value);
				if (name) portNames.add(name);
			}
		}
	}
	items(get(service.node, 'spec', 'ports')).forEach((port, index) => {
		const target = field(port, 'targetPort');
		const name = stringValue(target?.value);
		if (!target || name === undefined || portNames.has(name)) return;
		emit(
			service,
			'cross/target-port-not-found',
			toMessage('cross/target-port-not-found', { name, hasPortNamesCount: !!portNames.size, value: [...portNames] }),
			target.locator,
			['spec', 'ports', index, 'targetPort'],
		);
	});
}

function checkIngress(ingress: ManifestObject, objects: readonly ManifestObject[], emit: Emit): void {
	const backends: { node: Node; path: PathSegment[] }[] = [];
	const spec = field(ingress.node, 'spec')?.value;
	for (const name of ['defaultBackend', 'backend']) {
		const backend = get(spec, name);
		if (backend) backends.push({ node: backend, path: ['spec', name] });
	}
	items(get(spec, 'rules')).forEach((rule, r) => {
		items(get(rule, 'http', 'paths')).forEach((p, i) => {
			const backend = get(p, 'backend');
			if (backend) backends.push({ node: backend, path: ['spec', 'rules', r, 'http', 'paths', i, 'backend'] });
		});
	});
	for (const backend of backends) {
		// networking.k8s.io/v1: service.name + service.port.{number|name}; older: serviceName + servicePort.
		const v1 = get(backend.node, 'service');
		const nameField = v1 ? field(v1, 'name') : field(backend.node, 'serviceName');
		const name = stringValue(nameField?.value);
		if (!nameField || !name) continue;
		const namePath = v1 ? [...backend.path, 'service', 'name'] : [...backend.path, 'serviceName'];
		const service = find(objects, 'Service', name, namespaceOf(ingress));
		if (!service) {
			emit(ingress, 'cross/ingress-backend-not-found', toMessage('cross/ingress-backend-not-found', { name }), nameField.locator, namePath);
			continue;
		}
		const portField = v1 ? (field(get(v1, 'port'), 'number') ?? field(get(v1, 'port'), 'name')) : field(backend.node, 'servicePort');
		const port = scalarValue(portField?.value);
		if (!portField || port === undefined || port === null) continue;
		const ports = items(get(service.node, 'spec', 'ports'));
		const matches = ports.some((p) => scalarValue(field(p, typeof port === 'number' ? 'port' : 'name')?.value) === port);
		if (matches) continue;
		emit(
			ingress,
			'cross/ingress-backend-not-found',
			toMessage('cross/ingress-backend-not-found:service-has-no-port', { name, hasValue: typeof port === 'number', port: String(port), port2: String(port) }),
			portField.locator,
			v1 ? [...backend.path, 'service', 'port', typeof port === 'number' ? 'number' : 'name'] : [...backend.path, 'servicePort'],
		);
	}
}

function checkHpa(hpa: ManifestObject, objects: readonly ManifestObject[], emit: Emit): void {
	const ref = get(hpa.node, 'spec', 'scaleTargetRef');
	const kind = stringValue(get(ref, 'kind'));
	const nameField = field(ref, 'name');
	const name = stringValue(nameField?.value);
	if (!kind || !nameField || !name) return;
	if (find(objects, kind, name, namespaceOf(hpa))) return;
	emit(hpa, 'cross/hpa-target-not-found', toMessage('cross/hpa-target-not-found', { kind, name }), nameField.locator, ['spec', 'scaleTargetRef', 'name']);
}
