// A custom object against its CRD's structural openAPIV3Schema, the way kube-apiserver handles a create:
// defaults applied, unknown fields refused (strict field validation: what pruning would drop), then the
// OpenAPI value validations (kube-openapi's validate package, as apiextensions-apiserver's
// pkg/apiserver/validation/validation.go runs it) and the x-kubernetes-validations CEL rules
// (pkg/apiserver/schema/cel/validation.go). Every finding is located on the key or value it is about.
import { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';
import type { DocumentFinding } from '../parse-documents.ts';
import { Vocabulary } from '../suggest.ts';
import { fields, formatPath, rangeOf, resolve } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import { compileCel, isTransitionRule } from './cel.ts';
import { isPlainObject, own, plainValue } from './openapi-schema.ts';
import type { CelValidationRule, OpenApiSchema } from './openapi-schema.ts';
import { message as toMessage, type ManifestMessage } from '../message.ts';

export interface InstanceCheck {
	findings: DocumentFinding[];
	document: number;
	/** Rules that could not be evaluated (counted for the verdict). */
	celSkipped: number;
	/** Field names are matched case-insensitively (Go's encoding/json, as kustomize decodes). */
	caseInsensitive?: boolean;
	/** Rule ids to report under (CRD instances and kustomization files share this walker). */
	rules: InstanceRules;
	/** What the object is, for messages: "Widget" or "Kustomization". */
	what: string;
	/** Who refuses an unknown field, for messages (the API server unless set). */
	refusedBy?: 'kustomize';
	/** The linted text, for the "quote it" hint on unquoted numbers and booleans. */
	source?: string;
	/** Root fields the server drops before validating a create (status, with the status subresource). */
	ignoredRootFields?: ReadonlySet<string>;
}

export interface InstanceRules {
	unknownField: string;
	typeMismatch: string;
	required: string;
	invalidValue: string;
	cel?: string;
	celSkipped?: string;
	celTransition?: string;
}

const INT32 = [-(2 ** 31), 2 ** 31 - 1] as const;
// RFC 3339 as strfmt.DateTime reads it, and full-date.
const dateTime = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const fullDate = /^\d{4}-\d{2}-\d{2}$/;
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const uuid = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Checks `node` (the object's root map) against the root schema; `path` is where the object sits in its document. */
export function checkInstance(schema: OpenApiSchema, node: YAMLMap, path: readonly PathSegment[], check: InstanceCheck, root: 'object' | 'config'): void {
	checkNode(schema, node, node, undefined, [...path], check, root === 'object' ? ROOT_OBJECT : ROOT_CONFIG);
}

const NOT_ROOT = 0;
const ROOT_OBJECT = 1;
const ROOT_CONFIG = 2;

function report(check: InstanceCheck, rule: string, message: ManifestMessage, at: Node, path: readonly PathSegment[]): void {
	check.findings.push({ rule, message, ...rangeOf(at), path: formatPath(path), document: check.document });
}

function typeName(node: Node): string {
	if (node instanceof YAMLMap) return 'a mapping';
	if (node instanceof YAMLSeq) return 'a list';
	const value = (node as Scalar).value;
	return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : `${typeof value} ${String(value)}`;
}

function expectedType(schema: OpenApiSchema): string {
	if (schema['x-kubernetes-int-or-string']) return 'integer or string';
	return schema.type === 'object' ? 'mapping (object)' : schema.type === 'array' ? 'list' : (schema.type ?? 'any');
}

/** Does the node have the schema's type? Null counts as "not set" (the server prunes non-nullable nulls). */
function hasType(schema: OpenApiSchema, node: Node): boolean {
	if (schema['x-kubernetes-int-or-string']) {
		if (!(node instanceof Scalar)) return false;
		return typeof node.value === 'string' || (typeof node.value === 'number' && Number.isInteger(node.value));
	}
	switch (schema.type) {
		case 'object':
			return node instanceof YAMLMap;
		case 'array':
			return node instanceof YAMLSeq;
		case 'string':
			return node instanceof Scalar && typeof node.value === 'string';
		case 'integer':
			return node instanceof Scalar && typeof node.value === 'number' && Number.isInteger(node.value);
		case 'number':
			return node instanceof Scalar && typeof node.value === 'number' && Number.isFinite(node.value);
		case 'boolean':
			return node instanceof Scalar && typeof node.value === 'boolean';
		default:
			return true;
	}
}

function checkNode(schema: OpenApiSchema, raw: Node, at: Node, owner: Node | undefined, path: PathSegment[], check: InstanceCheck, root: number): void {
	const node = resolve(raw);
	if (!node) return;
	if (node instanceof Scalar && node.value === null) return;
	if (!hasType(schema, node)) {
		let hint = toMessage('fragment/none');
		if (schema.type === 'string' && node instanceof Scalar && node.type === 'PLAIN' && check.source && node.range) {
			const written = check.source.slice(node.range[0], node.range[1]);
			hint = toMessage('fragment/check-node', { written, value: typeof node.value, hasValue: typeof node.value === 'boolean' });
		}
		report(check, check.rules.typeMismatch, toMessage('fragment/check-node:expected-found', { expectedType: expectedType(schema), typeName: typeName(node), hint }), at, path);
		return;
	}
	if (node instanceof Scalar) checkScalar(schema, node, at, path, check);
	else if (node instanceof YAMLMap) checkMap(schema, node, owner ?? firstKey(node), path, check, root);
	else if (node instanceof YAMLSeq) checkList(schema, node, at, owner, path, check);
	for (const sub of schema.allOf ?? []) checkValueOnly(sub, node, at, owner, path, check);
	if (schema.anyOf?.length && !schema.anyOf.some((sub) => passes(sub, node))) {
		report(check, check.rules.invalidValue, toMessage('fragment/check-node:the-value-matches-none-of'), at, path);
	}
	if (schema.oneOf?.length) {
		const matching = schema.oneOf.filter((sub) => passes(sub, node)).length;
		if (matching !== 1) {
			report(check, check.rules.invalidValue, toMessage('fragment/check-node:the-value-must-match-exactly', { matching }), at, path);
		}
	}
	if (schema.not && passes(schema.not, node)) {
		report(check, check.rules.invalidValue, toMessage('fragment/check-node:the-value-must-not-match'), at, path);
	}
	const rules = schema['x-kubernetes-validations'];
	if (rules?.length && check.rules.cel) checkCelRules(schema, rules, node, owner ?? at, path, check, root !== NOT_ROOT);
}

function firstKey(map: YAMLMap): Node {
	return (map.items[0]?.key as Node | undefined) ?? map;
}

/** allOf/anyOf/oneOf/not branches are value validations only: they never make a field known. */
function checkValueOnly(schema: OpenApiSchema, node: Node, at: Node, owner: Node | undefined, path: PathSegment[], check: InstanceCheck): void {
	const local: InstanceCheck = { ...check, findings: [] };
	checkNode({ ...schema, 'x-kubernetes-preserve-unknown-fields': true }, node, at, owner, path, local, NOT_ROOT);
	check.findings.push(...local.findings.filter((f) => f.rule !== check.rules.unknownField));
	check.celSkipped = local.celSkipped;
}

function passes(schema: OpenApiSchema, node: Node): boolean {
	const local: InstanceCheck = { findings: [], document: 0, celSkipped: 0, rules: { unknownField: 'u', typeMismatch: 't', required: 'r', invalidValue: 'v' }, what: '' };
	checkNode({ ...schema, 'x-kubernetes-preserve-unknown-fields': true }, node, node, undefined, [], local, NOT_ROOT);
	return local.findings.every((f) => f.rule === 'u');
}

function checkScalar(schema: OpenApiSchema, node: Scalar, at: Node, path: PathSegment[], check: InstanceCheck): void {
	const value = node.value;
	const invalid = (words: ManifestMessage) => report(check, check.rules.invalidValue, words, at, path);
	if (schema.enum && !schema.enum.some((allowed) => allowed === value)) {
		invalid(toMessage('custom-resources/check-instance', { value: JSON.stringify(value), list: schema.enum.map((v) => JSON.stringify(v)) }));
	}
	if (typeof value === 'string') {
		const length = [...value].length;
		if (schema.maxLength !== undefined && length > schema.maxLength)
			invalid(toMessage('custom-resources/check-instance:at-most-characters-it-has', { maxLength: schema.maxLength, length }));
		if (schema.minLength !== undefined && length < schema.minLength)
			invalid(toMessage('custom-resources/check-instance:at-least-characters-it-has', { minLength: schema.minLength, length }));
		if (schema.pattern !== undefined) {
			const pattern = compilePattern(schema.pattern);
			if (pattern && !pattern.test(value))
				invalid(toMessage('custom-resources/check-instance:does-not-match-the-pattern', { value: JSON.stringify(value), pattern: schema.pattern }));
		}
		const formatProblem = schema.format ? stringFormatProblem(schema.format, value) : undefined;
		if (formatProblem) invalid(toMessage('custom-resources/check-instance:is-not-a-valid', { value: JSON.stringify(value), formatProblem }));
	}
	if (typeof value === 'number') {
		if (schema.maximum !== undefined && (schema.exclusiveMaximum ? value >= schema.maximum : value > schema.maximum)) {
			invalid(toMessage('custom-resources/check-instance:must-be', { value, hasExclusiveMaximum: !!schema.exclusiveMaximum, maximum: schema.maximum }));
		}
		if (schema.minimum !== undefined && (schema.exclusiveMinimum ? value <= schema.minimum : value < schema.minimum)) {
			invalid(toMessage('custom-resources/check-instance:must-be-2', { value, hasExclusiveMinimum: !!schema.exclusiveMinimum, minimum: schema.minimum }));
		}
		if (schema.multipleOf !== undefined && schema.multipleOf > 0 && !Number.isInteger(value / schema.multipleOf)) {
			invalid(toMessage('custom-resources/check-instance:must-be-a-multiple-of', { value, multipleOf: schema.multipleOf }));
		}
		if (schema.format === 'int32' && Number.isInteger(value) && (value < INT32[0] || value > INT32[1]))
			invalid(toMessage('custom-resources/check-instance:does-not-fit-in-a', { value }));
	}
}

const patterns = new Map<string, RegExp | null>();

/** Patterns are ECMA 262 in OpenAPI and RE2 on the server; one JavaScript cannot compile is not judged. */
function compilePattern(source: string): RegExp | null {
	let pattern = patterns.get(source);
	if (pattern === undefined) {
		try {
			pattern = new RegExp(source, 'u');
		} catch {
			try {
				pattern = new RegExp(source);
			} catch {
				pattern = null;
			}
		}
		patterns.set(source, pattern);
	}
	return pattern;
}

/** The formats kube-openapi checks that are unambiguous; others (hostname, uri, email …) are not judged. */
function stringFormatProblem(format: string, value: string): string | undefined {
	switch (format) {
		case 'date-time':
			return dateTime.test(value) ? undefined : 'RFC 3339 date-time (e.g. 2024-05-01T12:00:00Z)';
		case 'date':
			return fullDate.test(value) ? undefined : 'date (YYYY-MM-DD)';
		case 'byte':
			return base64.test(value.replace(/[\r\n]/g, '')) ? undefined : 'base64 value';
		case 'uuid':
			return uuid.test(value) ? undefined : 'UUID';
		case 'ipv4':
			return ipv4.test(value) ? undefined : 'IPv4 address';
		default:
			return undefined;
	}
}

function checkMap(schema: OpenApiSchema, map: YAMLMap, owner: Node, path: PathSegment[], check: InstanceCheck, root: number): void {
	const properties = schema.properties;
	const additional = schema.additionalProperties;
	const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
	const embedded = schema['x-kubernetes-embedded-resource'] === true;
	const lowerNames = check.caseInsensitive && properties ? new Map(Object.keys(properties).map((k) => [k.toLowerCase(), k])) : undefined;
	const present = new Set<string>();
	const list = fields(map);
	for (const f of list) {
		let name = f.name;
		if (lowerNames && !own(properties, name)) name = lowerNames.get(name.toLowerCase()) ?? name;
		present.add(name);
		if (root === ROOT_OBJECT && check.ignoredRootFields?.has(name)) continue;
		// apiVersion, kind and metadata of an object (or an embedded one) are the API machinery's (ObjectMeta
		// is never pruned by the CRD schema, which may only restrict name and generateName): checked elsewhere.
		if ((root === ROOT_OBJECT || embedded) && (name === 'apiVersion' || name === 'kind' || name === 'metadata')) {
			if (root === ROOT_OBJECT && name === 'metadata' && f.value) checkRootMetadata(own(properties, 'metadata'), f.value, [...path, f.name], check);
			continue;
		}
		const fieldPath = [...path, f.name];
		const property = own(properties, name);
		if (property) {
			if (f.value) checkNode(property, f.value, f.locator, f.key, fieldPath, check, NOT_ROOT);
			continue;
		}
		if (typeof additional === 'object') {
			if (f.value) checkNode(additional, f.value, f.locator, f.key, fieldPath, check, NOT_ROOT);
			continue;
		}
		if (additional === true || preserve) continue;
		const vocabulary = new Vocabulary(Object.keys(properties ?? {}));
		const suggestion = vocabulary.closest(f.name);
		const because =
			check.refusedBy === 'kustomize' ? toMessage('fragment/because', { what: check.what }) : toMessage('fragment/because:the-schema-does-not-declare', { what: check.what });
		report(check, check.rules.unknownField, toMessage('fragment/check-map', { name: f.name, hasSuggestion: !!suggestion, suggestion, because }), f.key, fieldPath);
	}
	for (const name of schema.required ?? []) {
		if (present.has(name)) continue;
		if (own(properties, name)?.default !== undefined) continue; // defaulted before validation
		const where = path.length ? formatPath(path) : '';
		report(check, check.rules.required, toMessage('fragment/check-map:required-field-is-missing', { name, hasWhere: !!where, where }), owner, [...path, name]);
	}
	const count = list.length;
	if (schema.maxProperties !== undefined && count > schema.maxProperties) {
		report(check, check.rules.invalidValue, toMessage('fragment/check-map:at-most-entries-it-has', { maxProperties: schema.maxProperties, count }), owner, path);
	}
	if (schema.minProperties !== undefined && count < schema.minProperties) {
		report(check, check.rules.invalidValue, toMessage('fragment/check-map:at-least-entries-it-has', { minProperties: schema.minProperties, count }), owner, path);
	}
}

/** The only parts of metadata a CRD schema may restrict: name and generateName. */
function checkRootMetadata(schema: OpenApiSchema | undefined, node: Node, path: PathSegment[], check: InstanceCheck): void {
	const map = resolve(node);
	if (!schema?.properties || !(map instanceof YAMLMap)) return;
	for (const f of fields(map)) {
		if (f.name !== 'name' && f.name !== 'generateName') continue;
		const sub = own(schema.properties, f.name);
		if (sub && f.value) checkNode(sub, f.value, f.locator, f.key, [...path, f.name], check, NOT_ROOT);
	}
}

function checkList(schema: OpenApiSchema, seq: YAMLSeq, at: Node, owner: Node | undefined, path: PathSegment[], check: InstanceCheck): void {
	const items = seq.items as Node[];
	if (schema.items) {
		items.forEach((item, index) => {
			if (item && typeof item === 'object') checkNode(schema.items!, item, item, undefined, [...path, index], check, NOT_ROOT);
		});
	}
	const where = owner ?? at;
	if (schema.maxItems !== undefined && items.length > schema.maxItems) {
		report(check, check.rules.invalidValue, toMessage('fragment/check-list', { maxItems: schema.maxItems, itemsCount: items.length }), where, path);
	}
	if (schema.minItems !== undefined && items.length < schema.minItems) {
		report(check, check.rules.invalidValue, toMessage('fragment/check-list:at-least-items-it-has', { minItems: schema.minItems, itemsCount: items.length }), where, path);
	}
	// x-kubernetes-list-type set and map (apiextensions-apiserver pkg/apiserver/schema/listtype/validation.go).
	const listType = schema['x-kubernetes-list-type'];
	if (listType === 'set' || listType === 'map') {
		const keys = schema['x-kubernetes-list-map-keys'] ?? [];
		const seen = new Set<string>();
		items.forEach((item, index) => {
			const value = plainValue(item);
			let identity: string;
			if (listType === 'set') identity = JSON.stringify(value);
			else {
				if (!isPlainObject(value) || keys.length === 0) return;
				identity = JSON.stringify(keys.map((k) => own(value, k) ?? own(own(schema.items?.properties, k) as Record<string, unknown> | undefined, 'default') ?? null));
			}
			if (seen.has(identity)) {
				report(
					check,
					check.rules.invalidValue,
					listType === 'set'
						? toMessage('fragment/check-list:duplicate-value-this-list-is', { identity })
						: toMessage('fragment/check-list:duplicate-entry-for-the-keys', { keys, identity }),
					item,
					[...path, index],
				);
			}
			seen.add(identity);
		});
	}
}

// ---- CEL ----------------------------------------------------------------------------------------------

/** The value CEL sees: integers as int (bigint), numbers as double, defaults applied, as the server decodes it. */
export function celValue(schema: OpenApiSchema | undefined, value: unknown): unknown {
	if (value === null || value === undefined) return value;
	if (typeof value === 'number') {
		if (schema?.type === 'number') return value;
		return Number.isInteger(value) && schema?.type !== 'number' ? BigInt(value) : value;
	}
	if (Array.isArray(value)) return value.map((item) => celValue(schema?.items, item));
	if (isPlainObject(value)) {
		const out: Record<string, unknown> = {};
		const set = (key: string, v: unknown) => Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
		for (const [key, item] of Object.entries(value)) {
			if (item === null && !own(schema?.properties, key)?.nullable) continue; // pruned before validation
			const sub = own(schema?.properties, key) ?? (typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined);
			set(key, celValue(sub, item));
		}
		for (const [key, sub] of Object.entries(schema?.properties ?? {})) {
			if (!Object.hasOwn(out, key) && sub.default !== undefined) set(key, celValue(sub, structuredClone(sub.default)));
		}
		return out;
	}
	return value;
}

function checkCelRules(schema: OpenApiSchema, rules: CelValidationRule[], node: Node, at: Node, path: PathSegment[], check: InstanceCheck, isRoot: boolean): void {
	let self: unknown;
	for (const rule of rules) {
		if (typeof rule?.rule !== 'string') continue;
		if (isTransitionRule(rule.rule)) {
			// The server skips it on create too, so the verdict on a create is not weakened by it.
			skipped(check, at, path, rule.rule, toMessage('fragment/check-cel-rules'), check.rules.celTransition);
			continue;
		}
		const compiled = compileCel(rule.rule);
		if (compiled === undefined) {
			skipped(check, at, path, rule.rule, toMessage('fragment/check-cel-rules:no-cel-engine-is-loaded'));
			continue;
		}
		if (compiled instanceof Error) {
			skipped(check, at, path, rule.rule, toMessage('fragment/check-cel-rules:it-uses-what-this-checker-s', { firstLine: firstLine(compiled.message) }));
			continue;
		}
		if (self === undefined) {
			const plain = plainValue(node);
			// At the root, CEL sees only metadata.name and metadata.generateName.
			if (isRoot && isPlainObject(plain) && isPlainObject(plain.metadata)) {
				const { name, generateName } = plain.metadata as Record<string, unknown>;
				plain.metadata = Object.fromEntries(Object.entries({ name, generateName }).filter(([, v]) => v !== undefined));
			}
			self = celValue(schema, plain);
		}
		let result: unknown;
		try {
			result = compiled.evaluate({ self });
		} catch (error) {
			skipped(
				check,
				at,
				path,
				rule.rule,
				toMessage('fragment/check-cel-rules:evaluating-it-failed-here', { firstLine: firstLine(String((error as Error)?.message ?? error)) }),
			);
			continue;
		}
		if (result === true) continue;
		if (result !== false) {
			skipped(check, at, path, rule.rule, toMessage('fragment/check-cel-rules:it-did-not-return-a'));
			continue;
		}
		let message = typeof rule.message === 'string' && rule.message.trim() ? rule.message : undefined;
		if (typeof rule.messageExpression === 'string') {
			const expression = compileCel(rule.messageExpression);
			if (expression && !(expression instanceof Error)) {
				try {
					const value = expression.evaluate({ self });
					if (typeof value === 'string' && value.trim()) message = value;
				} catch {
					// The server falls back to message too.
				}
			}
		}
		const target = rule.fieldPath ? locateFieldPath(node, rule.fieldPath) : undefined;
		report(
			check,
			check.rules.cel!,
			message
				? toMessage('fragment/check-cel-rules:x-kubernetes-validations-rule', { message, rule: rule.rule })
				: toMessage('fragment/check-cel-rules:failed-rule', { rule: rule.rule }),
			target?.node ?? at,
			target ? [...path, ...target.path] : path,
		);
	}
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.slice(0, 160);
}

function skipped(check: InstanceCheck, at: Node, path: PathSegment[], rule: string, why: ManifestMessage, transitionRule?: string): void {
	if (!transitionRule) check.celSkipped++;
	const id = transitionRule ?? check.rules.celSkipped;
	if (!id) return;
	report(check, id, toMessage('fragment/skipped', { rule, why }), at, path);
}

/** `.spec.replicas` or `.items['a.b']` relative to the rule's node, as fieldPath is written. */
function locateFieldPath(node: Node, fieldPath: string): { node: Node; path: PathSegment[] } | undefined {
	const segments: PathSegment[] = [];
	const pattern = /\.([A-Za-z_$][\w$-]*)|\[\s*'([^']*)'\s*\]|\[\s*(\d+)\s*\]/gy;
	let match: RegExpExecArray | null;
	let consumed = 0;
	while ((match = pattern.exec(fieldPath))) {
		segments.push(match[3] !== undefined ? Number(match[3]) : (match[1] ?? match[2])!);
		consumed = pattern.lastIndex;
	}
	if (consumed !== fieldPath.length || segments.length === 0) return undefined;
	let current: Node | undefined = node;
	let key: Node | undefined;
	for (const segment of segments) {
		const here = resolve(current);
		if (typeof segment === 'number') {
			current = here instanceof YAMLSeq ? (here.items[segment] as Node | undefined) : undefined;
			key = current;
		} else {
			const f = here instanceof YAMLMap ? fields(here).find((x) => x.name === segment) : undefined;
			current = f?.value;
			key = f?.key;
		}
		if (!current || !key) return undefined;
	}
	return { node: key!, path: segments };
}
