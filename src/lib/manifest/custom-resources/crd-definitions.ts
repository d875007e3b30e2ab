// A CustomResourceDefinition in the paste: what it defines (group, kind, served versions and their
// schemas) and what apiextensions-apiserver's validation refuses in it, after v1 defaulting
// (staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1/defaults.go: singular = lower-case
// kind, listKind = kind + "List").
import type { Node } from 'yaml';
import type { ManifestObject } from '../manifest-object.ts';
import { nameProblem } from '../naming-rules.ts';
import type { DocumentFinding } from '../parse-documents.ts';
import { field, formatPath, get, items, rangeOf, scalarValue, stringValue } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import { isPlainObject, own, plainValue } from './openapi-schema.ts';
import type { OpenApiSchema } from './openapi-schema.ts';
import { message as toMessage, type ManifestMessage } from '../message.ts';

export interface CrdVersion {
	name: string;
	served: boolean;
	storage: boolean;
	schema: OpenApiSchema | undefined;
	/** With the status subresource, a create's status is reset before validation (registry/customresource strategy.go, PrepareForCreate). */
	statusSubresource: boolean;
}

export interface CrdDefinition {
	group: string;
	kind: string;
	plural: string;
	scope: string;
	versions: CrdVersion[];
	/** Where the CRD is, for messages. */
	document: number;
	/** False when the CRD itself has errors that make its schema unreliable. */
	valid: boolean;
}

export const CRD_API_VERSION = 'apiextensions.k8s.io/v1';

export function isCrd(object: ManifestObject): boolean {
	return object.apiVersion === CRD_API_VERSION && object.kind === 'CustomResourceDefinition';
}

/** Reads one CRD and reports what the API server would refuse in it. */
export function readCrd(object: ManifestObject, findings: DocumentFinding[]): CrdDefinition | undefined {
	const before = findings.length;
	const at = (path: PathSegment[]) => {
		const parent = get(object.node, ...path.slice(0, -1));
		const last = path.at(-1);
		const f = typeof last === 'string' ? field(parent, last) : undefined;
		return f?.locator ?? get(object.node, ...path) ?? (object.node.items[0]?.key as Node | undefined) ?? object.node;
	};
	const report = (rule: string, message: ManifestMessage, path: PathSegment[], node?: Node) =>
		findings.push({ rule, message, ...rangeOf(node ?? at(path)), path: formatPath([...object.path, ...path]), document: object.document });

	const spec = field(object.node, 'spec')?.value;
	const group = stringValue(field(spec, 'group')?.value);
	const names = field(spec, 'names')?.value;
	const kind = stringValue(field(names, 'kind')?.value);
	const plural = stringValue(field(names, 'plural')?.value);
	const singular = stringValue(field(names, 'singular')?.value) ?? kind?.toLowerCase();
	const listKind = stringValue(field(names, 'listKind')?.value) ?? (kind ? `${kind}List` : undefined);
	const scope = stringValue(field(spec, 'scope')?.value);

	// metadata.name must be <plural>.<group>.
	if (plural && group && object.name !== undefined && object.name !== `${plural}.${group}`) {
		report('crd/invalid-name', toMessage('crd/invalid-name', { plural, group, name: object.name }), ['metadata', 'name']);
	}
	if (group !== undefined) {
		const problem = group === '' ? toMessage('fragment/problem') : nameProblem(group, 'dns1123-subdomain');
		if (problem) report('crd/invalid-group', toMessage('crd/invalid-group', { group, problem }), ['spec', 'group']);
		else if (!group.includes('.')) report('crd/invalid-group', toMessage('crd/invalid-group:spec-group-should-be-a-domain', { group }), ['spec', 'group']);
	}
	if (scope !== undefined && scope !== 'Namespaced' && scope !== 'Cluster') {
		report('crd/invalid-scope', toMessage('crd/invalid-scope', { scope }), ['spec', 'scope']);
	}
	// Names: DNS-1035 labels (kind and listKind may have mixed case).
	const nameChecks: [string, string | undefined, boolean][] = [
		['plural', plural, false],
		['singular', singular, false],
		['kind', kind, true],
		['listKind', listKind, true],
	];
	for (const [key, value, mixedCase] of nameChecks) {
		if (!value) continue;
		const problem = nameProblem(mixedCase ? value.toLowerCase() : value, 'dns1035-label');
		if (problem && field(names, key)) {
			report('crd/invalid-names', toMessage('crd/invalid-names', { key, value, hasMixedCase: mixedCase, problem }), ['spec', 'names', key]);
		}
	}
	if (kind && listKind === kind) report('crd/invalid-names', toMessage('crd/invalid-names:spec-names-kind-and-list-kind-may-not'), ['spec', 'names', 'listKind']);
	for (const list of ['shortNames', 'categories']) {
		items(field(names, list)?.value).forEach((node, index) => {
			const value = stringValue(node);
			const problem = value === undefined ? undefined : nameProblem(value, 'dns1035-label');
			if (problem) report('crd/invalid-names', toMessage('crd/invalid-names:spec-names-is-invalid-it', { list, index, value, problem }), ['spec', 'names', list, index], node);
		});
	}

	// Versions: unique DNS-1035 names, exactly one storage version, a schema each (v1).
	const versionNodes = items(field(spec, 'versions')?.value);
	const versions: CrdVersion[] = [];
	const seen = new Set<string>();
	let storageCount = 0;
	versionNodes.forEach((node, index) => {
		const name = stringValue(field(node, 'name')?.value) ?? '';
		const served = scalarValue(field(node, 'served')?.value) === true;
		const storage = scalarValue(field(node, 'storage')?.value) === true;
		if (storage) storageCount++;
		if (name) {
			const problem = nameProblem(name, 'dns1035-label');
			if (problem) report('crd/invalid-version', toMessage('crd/invalid-version', { name, problem }), ['spec', 'versions', index, 'name']);
			if (seen.has(name)) report('crd/invalid-version', toMessage('crd/invalid-version:version-is-listed-twice-spec-versions', { name }), ['spec', 'versions', index, 'name']);
			seen.add(name);
		}
		const schemaField = field(field(node, 'schema')?.value, 'openAPIV3Schema');
		let schema: OpenApiSchema | undefined;
		if (!schemaField) {
			report('crd/missing-schema', toMessage('crd/missing-schema', { name }), ['spec', 'versions', index], field(node, 'name')?.key ?? node);
		} else {
			const plain = plainValue(schemaField.value);
			if (isPlainObject(plain)) {
				schema = plain as OpenApiSchema;
				checkStructural(schema, ['spec', 'versions', index, 'schema', 'openAPIV3Schema'], schemaField.value, report, true);
			}
		}
		const statusSubresource = field(field(node, 'subresources')?.value, 'status') !== undefined;
		versions.push({ name, served, storage, schema, statusSubresource });
	});
	if (field(spec, 'versions') && storageCount !== 1) {
		report('crd/storage-version', toMessage('crd/storage-version', { storageCount }), ['spec', 'versions'], field(spec, 'versions')?.key);
	}
	if (versionNodes.length > 0 && !versions.some((v) => v.served)) {
		report('crd/no-served-version', toMessage('crd/no-served-version'), ['spec', 'versions'], field(spec, 'versions')?.key);
	}
	if (!group || !kind || !plural) return undefined;
	const valid = findings.slice(before).every((f) => f.rule === 'crd/no-served-version');
	return { group, kind, plural, scope: scope ?? '', versions, document: object.document, valid };
}

type Report = (rule: string, message: ManifestMessage, path: PathSegment[], node?: Node) => void;

/**
 * Structural schema rules (pkg/apiserver/schema/validation.go): every specified field and array item has
 * a type (unless x-kubernetes-int-or-string or x-kubernetes-preserve-unknown-fields), the root is an
 * object, arrays have items, int-or-string has no type, properties and additionalProperties exclude each
 * other, uniqueItems is not true and $ref is not used.
 */
function checkStructural(schema: OpenApiSchema, path: PathSegment[], node: Node | undefined, report: Report, isRoot: boolean, inValueValidation = false): void {
	const at = (key: string) => field(node, key)?.key ?? node;
	const intOrString = schema['x-kubernetes-int-or-string'] === true;
	const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
	const problem = (detail: ManifestMessage, key: string) => report('crd/structural-schema', toMessage('crd/structural-schema', { detail }), [...path, key], at(key));
	if (isRoot && schema.type !== 'object') {
		problem(toMessage('crd/structural-schema:the-root-must-have-type'), 'type');
	} else if (!inValueValidation && !schema.type && !intOrString && !preserve) {
		problem(toMessage('crd/structural-schema:type-must-not-be-empty'), 'type');
	}
	if (intOrString && schema.type) problem(toMessage('crd/structural-schema:type-must-be-empty-when'), 'type');
	if (schema.type === 'array' && !schema.items && !inValueValidation) problem(toMessage('crd/structural-schema:an-array-must-specify-items'), 'type');
	if (schema.uniqueItems === true) problem(toMessage('crd/structural-schema:unique-items-cannot-be-set-to'), 'uniqueItems');
	if (schema.$ref !== undefined) problem(toMessage('crd/structural-schema:ref-is-not-allowed'), '$ref');
	if (schema.additionalProperties !== undefined && schema.properties && Object.keys(schema.properties).length > 0 && schema.additionalProperties !== true) {
		problem(toMessage('crd/structural-schema:additional-properties-and-properties-are'), 'additionalProperties');
	}
	if (schema['x-kubernetes-embedded-resource'] === true && schema.type !== 'object') {
		problem(toMessage('crd/structural-schema:x-kubernetes-embedded-resource-requires'), 'type');
	}
	const propertiesNode = field(node, 'properties')?.value;
	if (isPlainObject(schema.properties)) {
		for (const [name, sub] of Object.entries(schema.properties)) {
			if (isPlainObject(sub)) checkStructural(sub as OpenApiSchema, [...path, 'properties', name], field(propertiesNode, name)?.value, report, false, inValueValidation);
		}
	}
	if (isPlainObject(schema.items)) checkStructural(schema.items, [...path, 'items'], field(node, 'items')?.value, report, false, inValueValidation);
	if (isPlainObject(schema.additionalProperties))
		checkStructural(schema.additionalProperties, [...path, 'additionalProperties'], field(node, 'additionalProperties')?.value, report, false, inValueValidation);
	for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
		const list = schema[key];
		if (!Array.isArray(list)) continue;
		const listNode = items(field(node, key)?.value);
		list.forEach((sub, index) => {
			if (isPlainObject(sub)) checkStructural(sub as OpenApiSchema, [...path, key, index], listNode[index], report, false, true);
		});
	}
	if (own(schema as Record<string, unknown>, 'not') && isPlainObject(schema.not))
		checkStructural(schema.not, [...path, 'not'], field(node, 'not')?.value, report, false, true);
}
