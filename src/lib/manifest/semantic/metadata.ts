// Object metadata beyond what the identity layer checks (names by kind's base rule, namespaces, label and
// annotation keys): the per-kind name limits, generateName, finalizers and the total annotation size, as
// staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateObjectMeta and the kinds' own
// name functions check them. A namespace on a cluster-scoped kind is not an error: the server clears it.
import type { Node } from 'yaml';
import { groupOf } from '../manifest-object.ts';
import { nameRuleFor } from '../naming-rules.ts';
import { podTemplateOf } from '../pod-templates.ts';
import { asMap, field, fields, items, scalarValue, stringValue } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { isDNS1123Label, isDNS1123Subdomain, k8sMinor, nameProblem, qualifiedNameProblem, readBoolean } from './values.ts';
import { message } from '../message.ts';

const OBJECTMETA = 'staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go';
/** TotalAnnotationSizeLimitB: 256 KiB of keys and values together. */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

export const rules = [
	semanticRule(
		'semantic/name-for-kind',
		'error',
		'pkg/apis/apps/validation/validation.go ValidateStatefulSetName; pkg/apis/batch/validation/validation.go ValidateCronJobCreate; pkg/registry/batch/job/strategy.go generateSelector with ValidatePodTemplateSpec',
	),
	semanticRule('semantic/generate-name', 'error', `${OBJECTMETA} ValidateObjectMetaAccessor (nameFn with prefix true)`),
	semanticRule('semantic/annotations-too-large', 'error', `${OBJECTMETA} ValidateAnnotationsSize`),
	semanticRule('semantic/invalid-finalizer', 'error', `${OBJECTMETA} ValidateFinalizerName; pkg/apis/core/validation/validation.go validateKubeFinalizerName`),
	semanticRule('semantic/owner-reference', 'error', `${OBJECTMETA} ValidateOwnerReferences, validateOwnerReference`),
];

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);
/** Groups whose validation goes through pkg/apis/core/validation ValidateObjectMeta (the stricter finalizer rule). */
const CORE_META_GROUPS = new Set([
	'',
	'apps',
	'batch',
	'autoscaling',
	'policy',
	'networking.k8s.io',
	'storage.k8s.io',
	'scheduling.k8s.io',
	'node.k8s.io',
	'discovery.k8s.io',
	'coordination.k8s.io',
	'events.k8s.io',
	'certificates.k8s.io',
]);

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
		context.report('semantic/annotations-too-large', message('semantic/annotations-too-large', { total }), annotationsField!.key, [...path, 'annotations']);
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
			if (f && empty)
				context.report('semantic/owner-reference', message('semantic/owner-reference', { hasValue: name === 'apiVersion', value: String(value), name }), f.locator, [
					...path,
					name,
				]);
		}
		if (apiVersion === 'v1' && kind === 'Event')
			context.report('semantic/owner-reference', message('semantic/owner-reference:an-event-v1-is-disallowed'), field(reference, 'kind')!.locator, [...path, 'kind']);
		const controllerField = field(reference, 'controller');
		if (readBoolean(controllerField?.value) === true) {
			const current = `${kind ?? ''}/${stringValue(field(reference, 'name')?.value) ?? ''}`;
			if (controller !== undefined) {
				context.report('semantic/owner-reference', message('semantic/owner-reference:only-one-owner-reference-can', { controller, current }), controllerField!.locator, [
					...path,
					'controller',
				]);
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
			context.report('semantic/name-for-kind', message('semantic/name-for-kind', { name, problem }), nameField.locator, ['metadata', 'name']);
		} else if (kind === 'CronJob' && name.length > 52 && k8sMinor(context.k8sVersion) >= 25) {
			context.report('semantic/name-for-kind', message('semantic/name-for-kind:cron-job-name-has-characters-it', { name, nameCount: name.length }), nameField.locator, [
				'metadata',
				'name',
			]);
		} else if (kind === 'Job' && name.length > 63 && readBoolean(field(field(object.node, 'spec')?.value, 'manualSelector')?.value) !== true) {
			context.report('semantic/name-for-kind', message('semantic/name-for-kind:job-name-has-characters-it', { name, nameCount: name.length }), nameField.locator, [
				'metadata',
				'name',
			]);
		}
	}
	const generateField = field(metadata, 'generateName');
	const generateName = stringValue(generateField?.value);
	if (generateField && generateName) {
		const rule = kind === 'StatefulSet' ? 'dns1123-label' : nameRuleFor(kind);
		// maskTrailingDash: a prefix may end with "-" (the random suffix follows).
		const masked = rule !== 'path-segment' && generateName.length > 1 && generateName.endsWith('-') ? `${generateName.slice(0, -1)}a` : generateName;
		const problem = nameProblem(masked, rule);
		if (problem) context.report('semantic/generate-name', message('semantic/generate-name', { generateName, problem }), generateField.locator, ['metadata', 'generateName']);
	}
	items(field(metadata, 'finalizers')?.value).forEach((node, index) => {
		const finalizer = stringValue(node);
		if (finalizer === undefined) return;
		const problem = qualifiedNameProblem(finalizer);
		if (problem) context.report('semantic/invalid-finalizer', message('semantic/invalid-finalizer', { finalizer, problem }), node, ['metadata', 'finalizers', index]);
		else if (!finalizer.includes('/') && !STANDARD_FINALIZERS.has(finalizer) && CORE_META_GROUPS.has(groupOf(object.apiVersion!))) {
			context.report('semantic/invalid-finalizer', message('semantic/invalid-finalizer:finalizer-is-neither-a-standard', { finalizer }), node, [
				'metadata',
				'finalizers',
				index,
			]);
		}
	});
	checkAnnotationSize(context, metadata, ['metadata']);
	checkOwnerReferences(context, metadata);
	const template = podTemplateOf(kind, object.node);
	if (template?.metadata && template.metadata !== metadata) checkAnnotationSize(context, template.metadata, template.metadataPath);
}

export const validators: Record<string, SemanticValidator> = { '*': validateMetadata };
