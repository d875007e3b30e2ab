// Object metadata beyond what the identity layer checks (names by kind's base rule, namespaces, label and
// annotation keys): the per-kind name limits, generateName, finalizers and the total annotation size, as
// staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateObjectMeta and the kinds' own
// name functions check them. A namespace on a cluster-scoped kind is not an error: the server clears it.
import type { Node } from 'yaml';
import { groupOf } from '../manifest-object.ts';
import { nameRuleFor } from '../naming-rules.ts';
import { podTemplateOf } from '../pod-templates.ts';
import type { RuleInfo } from '../rule-catalogue.ts';
import { text } from '../text.ts';
import { asMap, field, fields, items, scalarValue, stringValue } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { isDNS1123Label, isDNS1123Subdomain, k8sMinor, nameProblem, qualifiedNameProblem, readBoolean } from './values.ts';

const OBJECTMETA = 'staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go';
/** TotalAnnotationSizeLimitB: 256 KiB of keys and values together. */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

export const rules: RuleInfo[] = [
	semanticRule('semantic/name-for-kind', 'error', ['Name not allowed for this kind', '名称不符合该类型的要求'], [
		'Some kinds limit names further: a StatefulSet name is a DNS-1123 label (no dots, at most 63 characters) because its Pods are named after it; a CronJob name is at most 52 characters because each Job adds an 11-character suffix; a Job name is at most 63 characters because it becomes the job-name label of its Pods.',
		'有些类型对名称有更多限制：StatefulSet 名称必须是 DNS-1123 标签（不含点，最多 63 个字符），因为它的 Pod 以它命名；CronJob 名称最多 52 个字符，因为每个 Job 会加上 11 个字符的后缀；Job 名称最多 63 个字符，因为它会成为其 Pod 的 job-name 标签值。',
	], 'pkg/apis/apps/validation/validation.go ValidateStatefulSetName; pkg/apis/batch/validation/validation.go ValidateCronJobCreate; pkg/registry/batch/job/strategy.go generateSelector with ValidatePodTemplateSpec'),
	semanticRule('semantic/generate-name', 'error', ['Invalid generateName', 'generateName 无效'], [
		'generateName is the prefix the server completes with five random characters; it follows the kind\'s name rule, except that it may end with "-".',
		'generateName 是服务器会在其后补上五个随机字符的前缀；它遵循该类型的名称规则，只是允许以“-”结尾。',
	], `${OBJECTMETA} ValidateObjectMetaAccessor (nameFn with prefix true)`),
	semanticRule('semantic/annotations-too-large', 'error', ['Annotations too large', '注解过大'], [
		'All annotation keys and values of one object together may not exceed 256 KiB (262,144 bytes). Large data belongs in a ConfigMap.',
		'同一对象所有注解的键和值加起来不能超过 256 KiB（262,144 字节）。大量数据应放在 ConfigMap 中。',
	], `${OBJECTMETA} ValidateAnnotationsSize`),
	semanticRule('semantic/invalid-finalizer', 'error', ['Invalid finalizer', '终结器无效'], [
		'A finalizer is a qualified name; without a domain prefix ("example.com/cleanup") only the standard kubernetes, orphan and foregroundDeletion are allowed.',
		'终结器必须是限定名；不带域名前缀时（如“example.com/cleanup”），只允许标准的 kubernetes、orphan 和 foregroundDeletion。',
	], `${OBJECTMETA} ValidateFinalizerName; pkg/apis/core/validation/validation.go validateKubeFinalizerName`),
	semanticRule('semantic/owner-reference', 'error', ['Invalid owner reference', '属主引用无效'], [
		'An ownerReferences entry names apiVersion (with a version), kind, name and uid, none empty; at most one entry has controller: true; an Event cannot be an owner.',
		'ownerReferences 的每个条目都必须给出非空的 apiVersion（含版本）、kind、name 和 uid；最多只有一个条目可以设置 controller: true；Event 不能作为属主。',
	], `${OBJECTMETA} ValidateOwnerReferences, validateOwnerReference`),
];

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);
/** Groups whose validation goes through pkg/apis/core/validation ValidateObjectMeta (the stricter finalizer rule). */
const CORE_META_GROUPS = new Set(['', 'apps', 'batch', 'autoscaling', 'policy', 'networking.k8s.io', 'storage.k8s.io', 'scheduling.k8s.io', 'node.k8s.io', 'discovery.k8s.io', 'coordination.k8s.io', 'events.k8s.io', 'certificates.k8s.io']);

function utf8Length(value: string): number {
	let bytes = 0;
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

function checkAnnotationSize(context: SemanticContext, metadata: Node | undefined, path: PathSegment[]): void {
	const annotationsField = field(metadata, 'annotations');
	const annotations = asMap(annotationsField?.value);
	if (!annotations) return;
	let total = 0;
	for (const entry of fields(annotations)) {
		const value = scalarValue(entry.value);
		total += utf8Length(entry.name) + (value === null || value === undefined ? 0 : utf8Length(String(value)));
	}
	if (total > TOTAL_ANNOTATION_SIZE_LIMIT) {
		context.report(
			'semantic/annotations-too-large',
			text(`The annotations total ${total.toLocaleString('en-US')} bytes; keys and values together may not exceed 262,144 bytes (256 KiB).`, `注解共 ${total} 字节；键和值加起来不能超过 262144 字节（256 KiB）。`),
			annotationsField!.key,
			[...path, 'annotations'],
		);
	}
}

function checkOwnerReferences(context: SemanticContext, metadata: Node): void {
	let controller: string | undefined;
	items(field(metadata, 'ownerReferences')?.value).forEach((reference, index) => {
		const path: PathSegment[] = ['metadata', 'ownerReferences', index];
		const apiVersion = stringValue(field(reference, 'apiVersion')?.value);
		const kind = stringValue(field(reference, 'kind')?.value);
		for (const name of ['apiVersion', 'kind', 'name', 'uid']) {
			const f = field(reference, name);
			const value = f ? scalarValue(f.value) : undefined;
			const empty = value === '' || (name === 'apiVersion' && typeof value === 'string' && (value.endsWith('/') || value === ''));
			if (f && empty) context.report('semantic/owner-reference', text(name === 'apiVersion' ? `ownerReferences apiVersion "${String(value)}" has no version.` : `ownerReferences ${name} must not be empty.`, name === 'apiVersion' ? `ownerReferences 的 apiVersion“${String(value)}”没有版本。` : `ownerReferences 的 ${name} 不能为空。`), f.locator, [...path, name]);
		}
		if (apiVersion === 'v1' && kind === 'Event') context.report('semantic/owner-reference', text('An Event (v1) is disallowed from being an owner.', 'Event（v1）不能作为属主。'), field(reference, 'kind')!.locator, [...path, 'kind']);
		const controllerField = field(reference, 'controller');
		if (readBoolean(controllerField?.value) === true) {
			const current = `${kind ?? ''}/${stringValue(field(reference, 'name')?.value) ?? ''}`;
			if (controller !== undefined) {
				context.report('semantic/owner-reference', text(`Only one owner reference can have controller: true; found it for ${controller} and ${current}.`, `只能有一个属主引用设置 controller: true；${controller} 和 ${current} 都设置了。`), controllerField!.locator, [...path, 'controller']);
			} else controller = current;
		}
	});
}

function validateMetadata(context: SemanticContext): void {
	const { object } = context;
	const kind = object.kind!;
	const metadataField = field(object.node, 'metadata');
	const metadata = metadataField?.value;
	if (!metadata || !asMap(metadata)) return;
	const nameField = field(metadata, 'name');
	const name = object.name;
	if (name !== undefined && nameField) {
		if (kind === 'StatefulSet' && isDNS1123Subdomain(name) && !isDNS1123Label(name)) {
			const problem = nameProblem(name, 'dns1123-label')!;
			context.report('semantic/name-for-kind', text(`StatefulSet name "${name}" is invalid: it ${problem.en} (a StatefulSet name is a DNS-1123 label, without dots).`, `StatefulSet 名称“${name}”无效：${problem.zh}（StatefulSet 名称必须是不含点的 DNS-1123 标签）。`), nameField.locator, ['metadata', 'name']);
		} else if (kind === 'CronJob' && name.length > 52 && k8sMinor(context.k8sVersion) >= 25) {
			context.report('semantic/name-for-kind', text(`CronJob name "${name}" has ${name.length} characters; it must be no more than 52, because each Job it creates appends an 11-character suffix.`, `CronJob 名称“${name}”有 ${name.length} 个字符；最多只能有 52 个，因为它创建的每个 Job 都会追加 11 个字符的后缀。`), nameField.locator, ['metadata', 'name']);
		} else if (kind === 'Job' && name.length > 63 && readBoolean(field(field(object.node, 'spec')?.value, 'manualSelector')?.value) !== true) {
			context.report('semantic/name-for-kind', text(`Job name "${name}" has ${name.length} characters; it must be no more than 63, because it becomes the job-name label value of the Job's Pods.`, `Job 名称“${name}”有 ${name.length} 个字符；最多只能有 63 个，因为它会成为该 Job 的 Pod 的 job-name 标签值。`), nameField.locator, ['metadata', 'name']);
		}
	}
	const generateField = field(metadata, 'generateName');
	const generateName = stringValue(generateField?.value);
	if (generateField && generateName) {
		const rule = kind === 'StatefulSet' ? 'dns1123-label' : nameRuleFor(kind);
		// maskTrailingDash: a prefix may end with "-" (the random suffix follows).
		const masked = rule !== 'path-segment' && generateName.length > 1 && generateName.endsWith('-') ? `${generateName.slice(0, -1)}a` : generateName;
		const problem = nameProblem(masked, rule);
		if (problem) context.report('semantic/generate-name', text(`generateName "${generateName}" is invalid: it ${problem.en}.`, `generateName“${generateName}”无效：${problem.zh}。`), generateField.locator, ['metadata', 'generateName']);
	}
	items(field(metadata, 'finalizers')?.value).forEach((node, index) => {
		const finalizer = stringValue(node);
		if (finalizer === undefined) return;
		const problem = qualifiedNameProblem(finalizer);
		if (problem) context.report('semantic/invalid-finalizer', text(`Finalizer "${finalizer}" is invalid: ${problem.en}.`, `终结器“${finalizer}”无效：${problem.zh}。`), node, ['metadata', 'finalizers', index]);
		else if (!finalizer.includes('/') && !STANDARD_FINALIZERS.has(finalizer) && CORE_META_GROUPS.has(groupOf(object.apiVersion!))) {
			context.report('semantic/invalid-finalizer', text(`Finalizer "${finalizer}" is neither a standard finalizer name (kubernetes, orphan, foregroundDeletion) nor fully qualified (e.g. example.com/${finalizer}).`, `终结器“${finalizer}”既不是标准终结器名称（kubernetes、orphan、foregroundDeletion），也不是完整的限定名（例如 example.com/${finalizer}）。`), node, ['metadata', 'finalizers', index]);
		}
	});
	checkAnnotationSize(context, metadata, ['metadata']);
	checkOwnerReferences(context, metadata);
	const template = podTemplateOf(kind, object.node);
	if (template?.metadata && template.metadata !== metadata) checkAnnotationSize(context, template.metadata, template.metadataPath);
}

export const validators: Record<string, SemanticValidator> = { '*': validateMetadata };
