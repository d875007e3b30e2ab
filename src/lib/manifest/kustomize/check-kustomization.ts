// A kustomization.yaml pasted with the manifests: recognised (it is kustomize's input, not an API object),
// its apiVersion/kind checked as Kustomization.EnforceFields does and its fields as Kustomization.Unmarshal
// decodes them (kubernetes-sigs/kustomize api/types/kustomization.go).
import type { YAMLMap } from 'yaml';
import { checkInstance } from '../custom-resources/check-instance.ts';
import type { ManifestObject } from '../manifest-object.ts';
import type { DocumentFinding } from '../parse-documents.ts';
import { text } from '../text.ts';
import { field, fields, formatPath, rangeOf } from '../yaml-access.ts';
import { DEPRECATED_KUSTOMIZATION_FIELDS, KUSTOMIZATION_ONLY_FIELDS, KUSTOMIZATION_SCHEMA } from './kustomization-schema.ts';

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
		const push = (rule: string, message: ReturnType<typeof text>, at: { start: number; end: number }, path: string) => findings.push({ rule, message, ...at, path, document });
		const kind = object.kind ?? 'Kustomization';
		push(
			'kustomize/kustomization',
			text(
				`This is a kustomization file (${kind}): kustomize's input, not an object for the API server. Apply it with \`kubectl apply -k <directory>\` or render it with \`kustomize build <directory>\` (in a terminal, in the directory that holds it). Its fields are checked against kustomize's types; the files it names are not in the paste.`,
				`这是 kustomization 文件（${kind}）：它是 kustomize 的输入，而不是交给 API 服务器的对象。请用 \`kubectl apply -k <目录>\` 应用，或用 \`kustomize build <目录>\` 渲染（在终端中、于该文件所在目录执行）。其字段按 kustomize 的类型检查；它引用的文件不在粘贴内容中。`,
			),
			rangeOf(first),
			formatPath(object.path),
		);
		// Kustomization.EnforceFields
		const kindField = field(node, 'kind');
		if (object.kind !== undefined && object.kind !== 'Kustomization' && object.kind !== 'Component') {
			push('kustomize/invalid-kind', text(`kind should be Kustomization or Component, not "${object.kind}".`, `kind 应为 Kustomization 或 Component，而不是“${object.kind}”。`), rangeOf(kindField!.locator), formatPath([...object.path, 'kind']));
		} else if (object.apiVersion !== undefined) {
			const required = object.kind === 'Component' ? COMPONENT_VERSION : KUSTOMIZATION_VERSION;
			if (object.apiVersion !== required) {
				push(
					'kustomize/invalid-api-version',
					text(`apiVersion for ${kind} should be ${required}, not "${object.apiVersion}".`, `${kind} 的 apiVersion 应为 ${required}，而不是“${object.apiVersion}”。`),
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
			rules: { unknownField: 'kustomize/unknown-field', typeMismatch: 'kustomize/type-mismatch', required: 'kustomize/invalid-value', invalidValue: 'kustomize/invalid-value' },
		};
		checkInstance(KUSTOMIZATION_SCHEMA, node, object.path, check, 'config');
		for (const f of fields(node)) {
			const replacement = Object.hasOwn(DEPRECATED_KUSTOMIZATION_FIELDS, f.name) ? DEPRECATED_KUSTOMIZATION_FIELDS[f.name] : undefined;
			if (!replacement) continue;
			push(
				'kustomize/deprecated-field',
				text(`"${f.name}" is deprecated; use "${replacement}" instead (\`kustomize edit fix\` rewrites it).`, `“${f.name}”已弃用；请改用“${replacement}”（\`kustomize edit fix\` 可自动改写）。`),
				rangeOf(f.key),
				formatPath([...object.path, f.name]),
			);
		}
	}
	return findings;
}
