// A kustomization.yaml pasted with the manifests: recognised (it is kustomize's input, not an API object),
// its apiVersion/kind checked as Kustomization.EnforceFields does and its fields as Kustomization.Unmarshal
// decodes them (kubernetes-sigs/kustomize api/types/kustomization.go).
import type { YAMLMap } from 'yaml';
import { checkInstance } from '../custom-resources/check-instance.ts';
import type { ManifestObject } from '../manifest-object.ts';
import type { DocumentFinding } from '../parse-documents.ts';
import { field, fields, formatPath, rangeOf } from '../yaml-access.ts';
import { DEPRECATED_KUSTOMIZATION_FIELDS, KUSTOMIZATION_ONLY_FIELDS, KUSTOMIZATION_SCHEMA } from './kustomization-schema.ts';
import { message as toMessage, type ManifestMessage } from '../message.ts';

export const KUSTOMIZE_GROUP = 'kustomize.config.k8s.io';
const KUSTOMIZATION_VERSION = `${KUSTOMIZE_GROUP}/v1beta1`;
const COMPONENT_VERSION = `${KUSTOMIZE_GROUP}/v1alpha1`;
const KNOWN_FIELDS = new Set(Object.keys(KUSTOMIZATION_SCHEMA.properties!).map((k) => k.toLowerCase()));

/**
 * Is this mapping a kustomization file? Yes when its apiVersion is in kustomize's group, when it has no
 * apiVersion and says kind Kustomization/Component, or when it has neither and only kustomization fields,
 * one of them a field no Kubernetes object has at the top (resources, namePrefix, images …).
 */
export function isKustomization(map: YAMLMap, apiVersion: unknown, kind: unknown): boolean {
	if (typeof apiVersion === 'string' && apiVersion.startsWith(`${KUSTOMIZE_GROUP}/`)) return true;
	if (apiVersion !== undefined) return false;
	if (kind === 'Kustomization' || kind === 'Component') return true;
	if (kind !== undefined) return false;
	const names = fields(map).map((f) => f.name);
	return names.some((n) => KUSTOMIZATION_ONLY_FIELDS.has(n)) && names.every((n) => KNOWN_FIELDS.has(n.toLowerCase()));
}

export function checkKustomizations(objects: readonly ManifestObject[], source?: string): DocumentFinding[] {
	const findings: DocumentFinding[] = [];
	for (const object of objects) {
		if (!object.kustomization) continue;
		const { node, document } = object;
		const first = (node.items[0]?.key as YAMLMap | undefined) ?? node;
		const push = (rule: string, message: ManifestMessage, at: { start: number; end: number }, path: string) => findings.push({ rule, message, ...at, path, document });
		const kind = object.kind ?? 'Kustomization';
		push('kustomize/kustomization', toMessage('kustomize/kustomization', { kind }), rangeOf(first), formatPath(object.path));
		// Kustomization.EnforceFields
		const kindField = field(node, 'kind');
		if (object.kind !== undefined && object.kind !== 'Kustomization' && object.kind !== 'Component') {
			push('kustomize/invalid-kind', toMessage('kustomize/invalid-kind', { kind: object.kind }), rangeOf(kindField!.locator), formatPath([...object.path, 'kind']));
		} else if (object.apiVersion !== undefined) {
			const required = object.kind === 'Component' ? COMPONENT_VERSION : KUSTOMIZATION_VERSION;
			if (object.apiVersion !== required) {
				push(
					'kustomize/invalid-api-version',
					toMessage('kustomize/invalid-api-version', { kind, required, apiVersion: object.apiVersion }),
					rangeOf(field(node, 'apiVersion')!.locator),
					formatPath([...object.path, 'apiVersion']),
				);
			}
		}
		const check = {
			findings,
			document,
			celSkipped: 0,
			caseInsensitive: true,
			what: kind,
			refusedBy: 'kustomize' as const,
			source,
			rules: {
				unknownField: 'kustomize/unknown-field',
				typeMismatch: 'kustomize/type-mismatch',
				required: 'kustomize/invalid-value',
				invalidValue: 'kustomize/invalid-value',
			},
		};
		checkInstance(KUSTOMIZATION_SCHEMA, node, object.path, check, 'config');
		for (const f of fields(node)) {
			const replacement = Object.hasOwn(DEPRECATED_KUSTOMIZATION_FIELDS, f.name) ? DEPRECATED_KUSTOMIZATION_FIELDS[f.name] : undefined;
			if (!replacement) continue;
			push('kustomize/deprecated-field', toMessage('kustomize/deprecated-field', { name: f.name, replacement }), rangeOf(f.key), formatPath([...object.path, f.name]));
		}
	}
	return findings;
}
