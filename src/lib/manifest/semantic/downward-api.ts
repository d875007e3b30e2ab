// The downward API as kube-apiserver validates it (pkg/apis/core/validation/validation.go): env
// valueFrom.fieldRef / resourceFieldRef (validateEnvVarValueFrom) and the items of downwardAPI volumes and
// projected downwardAPI sources (validateDownwardAPIVolumeFile). Values are read after the v1 defaults:
// a fieldRef without apiVersion gets "v1" (SetDefaults_ObjectFieldSelector), a divisor of 0 means unset.
import type { Node } from 'yaml';
import { isScalar } from 'yaml';
import { POD_BEARERS, podTemplateOf } from '../pod-templates.ts';
import { asMap, field, items, resolve, scalarValue, stringValue } from '../yaml-access.ts';
import type { Field, PathSegment } from '../yaml-access.ts';
import type { SemanticContext, SemanticValidator } from './context.ts';
import { semanticRule } from './define-rule.ts';
import { STATEFULSET_NOTE } from './pod-spec.ts';
import { parseQuantity, qualifiedNameProblem } from './values.ts';
import type { Quantity } from './values.ts';
import { message as toMessage, type ManifestMessage } from '../message.ts';
import type { RuleId } from '../rule-catalogue.ts';

const V = 'pkg/apis/core/validation/validation.go';

export const rules = [
	semanticRule(
		'semantic/downward-api-field',
		'error',
		`${V} validateObjectFieldSelector (validEnvDownwardAPIFieldPathExpressions, validVolumeDownwardAPIFieldPathExpressions); pkg/apis/core/pods/helpers.go ConvertDownwardAPIFieldLabel`,
	),
	semanticRule('semantic/downward-api-resource', 'error', `${V} validateContainerResourceFieldSelector, validateContainerResourceDivisor`),
	semanticRule('semantic/downward-api-item', 'error', `${V} validateDownwardAPIVolumeFile`),
];

// --------------------------------------------------------------------------------------- field paths

/** ConvertDownwardAPIFieldLabel: the labels a v1 Pod converts (spec.host is the old name of spec.nodeName). */
const CONVERTIBLE = new Set([
	'metadata.annotations',
	'metadata.labels',
	'metadata.name',
	'metadata.namespace',
	'metadata.uid',
	'spec.nodeName',
	'spec.restartPolicy',
	'spec.serviceAccountName',
	'spec.schedulerName',
	'status.phase',
	'status.hostIP',
	'status.hostIPs',
	'status.podIP',
	'status.podIPs',
]);
const ENV_FIELD_PATHS = [
	'metadata.name',
	'metadata.namespace',
	'metadata.uid',
	'spec.nodeName',
	'spec.serviceAccountName',
	'status.hostIP',
	'status.hostIPs',
	'status.podIP',
	'status.podIPs',
];
const VOLUME_FIELD_PATHS = ['metadata.name', 'metadata.namespace', 'metadata.labels', 'metadata.annotations', 'metadata.uid'];

/** fieldpath.SplitMaybeSubscriptedPath: "metadata.labels['app']" -> ["metadata.labels", "app"]. */
function splitSubscript(fieldPath: string): [string, string] | undefined {
	if (!fieldPath.endsWith("']")) return undefined;
	const body = fieldPath.slice(0, -2);
	const open = body.indexOf("['");
	if (open <= 0) return undefined;
	return [body.slice(0, open), body.slice(open + 2)];
}

/** Why the API refuses a fieldPath, or undefined (validateObjectFieldSelector after ConvertDownwardAPIFieldLabel). */
export function fieldPathProblem(fieldPath: string, allowed: readonly string[]): ManifestMessage | undefined {
	const subscripted = splitSubscript(fieldPath);
	if (subscripted) {
		const [path, key] = subscripted;
		if (path !== 'metadata.annotations' && path !== 'metadata.labels') return toMessage('fragment/field-path-problem', { path });
		// Annotation keys are checked in lower case, label keys as written.
		const problem = qualifiedNameProblem(path === 'metadata.annotations' ? key.toLowerCase() : key);
		return problem ? toMessage('fragment/field-path-problem:the-key-is-not-a', { key, hasValue: path === 'metadata.labels', problem }) : undefined;
	}
	const converted = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
	if (!CONVERTIBLE.has(converted) || !allowed.includes(converted)) {
		return toMessage('fragment/field-path-problem:it-is-not-supported-here', { allowed });
	}
	return undefined;
}

// ------------------------------------------------------------------------------------------ divisors

const CPU_DIVISORS = ['1m', '1'];
const BYTE_DIVISORS = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];

/**
 * Quantity.String() for the canonical values a divisor may have, or undefined for any other value. The
 * canonical form keeps the format the value was written in: "1000" is "1k", "1024" stays "1024", "1024Ki"
 * is "1Mi", "1e3" is "1e3" (CanonicalizeBytes).
 */
function canonicalDivisor(q: Quantity, written: string): string | undefined {
	let { num, den } = q;
	while (den > 1n && num % 10n === 0n) {
		num /= 10n;
		den /= 10n;
	}
	if (num <= 0n) return undefined;
	const exponent = /[eE][+-]?\d+$/.test(written);
	// BinarySI below 1024 is printed as DecimalSI.
	const binary = /(Ki|Mi|Gi|Ti|Pi|Ei)$/.test(written) && den === 1n && num >= 1024n;
	if (den !== 1n) return !exponent && den === 1000n && num === 1n ? '1m' : undefined;
	if (num === 1n) return '1';
	if (exponent) return undefined; // DecimalExponent keeps its e-notation ("1e3")
	const suffixes = binary ? ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'] : ['k', 'M', 'G', 'T', 'P', 'E'];
	for (let i = 0; i < suffixes.length; i++) {
		const power = binary ? 1n << BigInt(10 * (i + 1)) : 10n ** BigInt(3 * (i + 1));
		if (num === power) return `1${suffixes[i]}`;
	}
	return undefined;
}

/** A divisor as the server reads it: a string quantity, or a YAML number sent as a JSON number. */
function readDivisor(node: Node | undefined): { quantity: Quantity; written: string } | undefined {
	const target = resolve(node);
	if (!isScalar(target)) return undefined;
	const written =
		typeof target.value === 'number' && Number.isFinite(target.value) ? String(target.value).replace('e+', 'e') : typeof target.value === 'string' ? target.value : undefined;
	if (written === undefined) return undefined;
	const quantity = parseQuantity(written);
	return quantity ? { quantity, written } : undefined;
}

// ------------------------------------------------------------------------------------------ checking

interface Scope {
	context: SemanticContext;
	note: ManifestMessage;
}

function report(scope: Scope, rule: RuleId, message: ManifestMessage, at: Node | undefined, path: PathSegment[]): void {
	scope.context.report(rule, toMessage('fragment/with-note', { message, note: scope.note }), at, path);
}

function checkFieldRef(scope: Scope, ref: Field, path: PathSegment[], allowed: readonly string[], where: ManifestMessage): void {
	if (!asMap(ref.value)) return;
	const apiVersionField = field(ref.value, 'apiVersion');
	const apiVersion = stringValue(apiVersionField?.value) || 'v1'; // SetDefaults_ObjectFieldSelector
	if (apiVersion !== 'v1') {
		report(scope, 'semantic/downward-api-field', toMessage('semantic/downward-api-field', { apiVersion }), apiVersionField!.locator, [...path, 'apiVersion']);
		return;
	}
	const pathField = field(ref.value, 'fieldPath');
	const fieldPath = stringValue(pathField?.value);
	if (!pathField || fieldPath === undefined) return; // a missing fieldPath is the schema's required-field error
	const problem = fieldPath === '' ? toMessage('fragment/problem:it-must-not-be-empty') : fieldPathProblem(fieldPath, allowed);
	if (problem)
		report(
			scope,
			'semantic/downward-api-field',
			toMessage('semantic/downward-api-field:field-ref-field-path-is-invalid-for', { fieldPath, where, problem }),
			pathField.locator,
			[...path, 'fieldPath'],
		);
}

function checkResourceFieldRef(scope: Scope, ref: Field, path: PathSegment[], volume: boolean): void {
	if (!asMap(ref.value)) return;
	const containerField = field(ref.value, 'containerName');
	const resourceField = field(ref.value, 'resource');
	const resource = stringValue(resourceField?.value) ?? '';
	if (volume && !stringValue(containerField?.value)) {
		report(scope, 'semantic/downward-api-resource', toMessage('semantic/downward-api-resource'), containerField?.locator ?? ref.key, [...path, 'containerName']);
	} else if (resourceField && resource === '') {
		report(scope, 'semantic/downward-api-resource', toMessage('semantic/downward-api-resource:resource-field-ref-resource-must-not-be'), resourceField.locator, [
			...path,
			'resource',
		]);
	} else if (resourceField && !/^(limits|requests)\.(cpu|memory|ephemeral-storage)$/.test(resource) && !/^(limits|requests)\.hugepages-/.test(resource)) {
		report(
			scope,
			'semantic/downward-api-resource',
			toMessage('semantic/downward-api-resource:resource-field-ref-resource-is-not-suppo', { resource }),
			resourceField.locator,
			[...path, 'resource'],
		);
	}
	const divisorField = field(ref.value, 'divisor');
	const divisor = readDivisor(divisorField?.value);
	if (!divisorField || !divisor || divisor.quantity.num === 0n) return; // 0 is the unset divisor
	const cpu = /^(limits|requests)\.cpu$/.test(resource);
	const bytes = /^(limits|requests)\.(memory|ephemeral-storage|hugepages-.*)$/.test(resource);
	if (!cpu && !bytes) return;
	const allowed = cpu ? CPU_DIVISORS : BYTE_DIVISORS;
	const canonical = canonicalDivisor(divisor.quantity, divisor.written);
	if (canonical === undefined || !allowed.includes(canonical)) {
		report(
			scope,
			'semantic/downward-api-resource',
			toMessage('semantic/downward-api-resource:divisor-is-not-supported-for', { written: divisor.written, resource, allowed }),
			divisorField.locator,
			[...path, 'divisor'],
		);
	}
}

/** validateDownwardAPIVolumeFile for each item of a downwardAPI volume or projected source. */
function checkVolumeItems(scope: Scope, source: Node | undefined, path: PathSegment[]): void {
	items(field(source, 'items')?.value).forEach((item, index) => {
		const itemPath = [...path, 'items', index];
		const map = asMap(item);
		if (!map) return;
		const fieldRef = field(item, 'fieldRef');
		const resourceFieldRef = field(item, 'resourceFieldRef');
		const present = (f: Field | undefined) => f !== undefined && f.value !== undefined && scalarValue(f.value) !== null;
		if (present(fieldRef)) {
			checkFieldRef(scope, fieldRef!, [...itemPath, 'fieldRef'], VOLUME_FIELD_PATHS, toMessage('fragment/check-volume-items'));
			if (present(resourceFieldRef))
				report(scope, 'semantic/downward-api-item', toMessage('semantic/downward-api-item'), resourceFieldRef!.key, [...itemPath, 'resourceFieldRef']);
		} else if (present(resourceFieldRef)) {
			checkResourceFieldRef(scope, resourceFieldRef!, [...itemPath, 'resourceFieldRef'], true);
		} else {
			report(
				scope,
				'semantic/downward-api-item',
				toMessage('semantic/downward-api-item:a-downward-api-file-needs'),
				(map.items[0]?.key as Node | undefined) ?? item,
				itemPath,
			);
		}
	});
}

function validateDownwardApi(context: SemanticContext): void {
	const { object } = context;
	const template = podTemplateOf(object.kind, object.node);
	if (!template || !asMap(template.spec)) return;
	const scope: Scope = { context, note: object.kind === 'StatefulSet' ? STATEFULSET_NOTE : toMessage('fragment/note') };
	// Ephemeral containers are left out: a new Pod may not have any (semantic/ephemeral-containers).
	for (const list of ['initContainers', 'containers']) {
		items(field(template.spec, list)?.value).forEach((container, index) => {
			items(field(container, 'env')?.value).forEach((entry, envIndex) => {
				const valueFrom = field(entry, 'valueFrom')?.value;
				if (!asMap(valueFrom)) return;
				const path = [...template.specPath, list, index, 'env', envIndex, 'valueFrom'];
				const fieldRef = field(valueFrom, 'fieldRef');
				if (fieldRef) checkFieldRef(scope, fieldRef, [...path, 'fieldRef'], ENV_FIELD_PATHS, toMessage('fragment/validate-downward-api'));
				const resourceFieldRef = field(valueFrom, 'resourceFieldRef');
				if (resourceFieldRef) checkResourceFieldRef(scope, resourceFieldRef, [...path, 'resourceFieldRef'], false);
			});
		});
	}
	items(field(template.spec, 'volumes')?.value).forEach((volume, index) => {
		const path = [...template.specPath, 'volumes', index];
		const downward = field(volume, 'downwardAPI')?.value;
		if (asMap(downward)) checkVolumeItems(scope, downward, [...path, 'downwardAPI']);
		items(field(field(volume, 'projected')?.value, 'sources')?.value).forEach((projection, j) => {
			const source = field(projection, 'downwardAPI')?.value;
			if (asMap(source)) checkVolumeItems(scope, source, [...path, 'projected', 'sources', j, 'downwardAPI']);
		});
	});
}

export const validators: Record<string, SemanticValidator> = Object.fromEntries(POD_BEARERS.map((key) => [key, validateDownwardApi]));
