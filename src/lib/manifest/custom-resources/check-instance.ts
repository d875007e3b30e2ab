// A custom object against its CRD's structural openAPIV3Schema, the way kube-apiserver handles a create:
// defaults applied, unknown fields refused (strict field validation: what pruning would drop), then the
// OpenAPI value validations (kube-openapi's validate package, as apiextensions-apiserver's
// pkg/apiserver/validation/validation.go runs it) and the x-kubernetes-validations CEL rules
// (pkg/apiserver/schema/cel/validation.go). Every finding is located on the key or value it is about.
import { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';
import type { DocumentFinding } from '../parse-documents.ts';
import { Vocabulary } from '../suggest.ts';
import { text } from '../text.ts';
import type { LocalizedText } from '../types.ts';
import { fields, formatPath, rangeOf, resolve } from '../yaml-access.ts';
import type { PathSegment } from '../yaml-access.ts';
import { compileCel, isTransitionRule } from './cel.ts';
import { isPlainObject, own, plainValue } from './openapi-schema.ts';
import type { CelValidationRule, OpenApiSchema } from './openapi-schema.ts';

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

function report(check: InstanceCheck, rule: string, message: LocalizedText, at: Node, path: readonly PathSegment[]): void {
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
		let hint = text('', '');
		if (schema.type === 'string' && node instanceof Scalar && node.type === 'PLAIN' && check.source && node.range) {
			const written = check.source.slice(node.range[0], node.range[1]);
			hint = text(` YAML reads the unquoted ${written} as ${typeof node.value}; write "${written}" to keep it a string.`, `YAML 会把未加引号的 ${written} 读成${typeof node.value === 'boolean' ? '布尔值' : '数字'}；写成 "${written}" 才是字符串。`);
		}
		report(check, check.rules.typeMismatch, text(`Expected ${expectedType(schema)}, found ${typeName(node)}.${hint.en}`, `应为 ${expectedType(schema)}，实际为 ${typeName(node)}。${hint.zh}`), at, path);
		return;
	}
	if (node instanceof Scalar) checkScalar(schema, node, at, path, check);
	else if (node instanceof YAMLMap) checkMap(schema, node, owner ?? firstKey(node), path, check, root);
	else if (node instanceof YAMLSeq) checkList(schema, node, at, owner, path, check);
	for (const sub of schema.allOf ?? []) checkValueOnly(sub, node, at, owner, path, check);
	if (schema.anyOf?.length && !schema.anyOf.some((sub) => passes(sub, node))) {
		report(check, check.rules.invalidValue, text('The value matches none of the schemas in anyOf.', '该值不符合 anyOf 中的任何一个模式。'), at, path);
	}
	if (schema.oneOf?.length) {
		const matching = schema.oneOf.filter((sub) => passes(sub, node)).length;
		if (matching !== 1) {
			report(check, check.rules.invalidValue, text(`The value must match exactly one schema in oneOf; it matches ${matching}.`, `该值必须恰好符合 oneOf 中的一个模式，实际符合 ${matching} 个。`), at, path);
		}
	}
	if (schema.not && passes(schema.not, node)) {
		report(check, check.rules.invalidValue, text('The value must not match the schema in "not".', '该值不能符合 not 中的模式。'), at, path);
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
	const invalid = (en: string, zh: string) => report(check, check.rules.invalidValue, text(en, zh), at, path);
	if (schema.enum && !schema.enum.some((allowed) => allowed === value)) {
		const list = schema.enum.map((v) => JSON.stringify(v)).join(', ');
		invalid(`${JSON.stringify(value)} is not allowed here. Allowed: ${list}.`, `此处不允许 ${JSON.stringify(value)}。可选值：${list}。`);
	}
	if (typeof value === 'string') {
		const length = [...value].length;
		if (schema.maxLength !== undefined && length > schema.maxLength) invalid(`At most ${schema.maxLength} characters (it has ${length}).`, `最多 ${schema.maxLength} 个字符（现有 ${length} 个）。`);
		if (schema.minLength !== undefined && length < schema.minLength) invalid(`At least ${schema.minLength} characters (it has ${length}).`, `至少 ${schema.minLength} 个字符（现有 ${length} 个）。`);
		if (schema.pattern !== undefined) {
			const pattern = compilePattern(schema.pattern);
			if (pattern && !pattern.test(value)) invalid(`${JSON.stringify(value)} does not match the pattern ${schema.pattern}.`, `${JSON.stringify(value)} 不符合模式 ${schema.pattern}。`);
		}
		const formatProblem = schema.format ? stringFormatProblem(schema.format, value) : undefined;
		if (formatProblem) invalid(`${JSON.stringify(value)} is not a valid ${formatProblem}.`, `${JSON.stringify(value)} 不是有效的 ${formatProblem}。`);
	}
	if (typeof value === 'number') {
		if (schema.maximum !== undefined && (schema.exclusiveMaximum ? value >= schema.maximum : value > schema.maximum)) {
			invalid(`${value} must be ${schema.exclusiveMaximum ? 'less than' : 'less than or equal to'} ${schema.maximum}.`, `${value} 必须${schema.exclusiveMaximum ? '小于' : '小于或等于'} ${schema.maximum}。`);
		}
		if (schema.minimum !== undefined && (schema.exclusiveMinimum ? value <= schema.minimum : value < schema.minimum)) {
			invalid(`${value} must be ${schema.exclusiveMinimum ? 'greater than' : 'greater than or equal to'} ${schema.minimum}.`, `${value} 必须${schema.exclusiveMinimum ? '大于' : '大于或等于'} ${schema.minimum}。`);
		}
		if (schema.multipleOf !== undefined && schema.multipleOf > 0 && !Number.isInteger(value / schema.multipleOf)) {
			invalid(`${value} must be a multiple of ${schema.multipleOf}.`, `${value} 必须是 ${schema.multipleOf} 的倍数。`);
		}
		if (schema.format === 'int32' && Number.isInteger(value) && (value < INT32[0] || value > INT32[1])) invalid(`${value} does not fit in a 32-bit integer.`, `${value} 超出了 32 位整数的范围。`);
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
			check.refusedBy === 'kustomize'
				? text(`${check.what} has no such field, and kustomize refuses unknown fields (the build fails).`, `${check.what} 没有这个字段，kustomize 会拒绝未知字段（构建失败）。`)
				: text(
						`The ${check.what} schema does not declare it, so the API server rejects it under strict field validation (and would prune it otherwise).`,
						`${check.what} 的模式中没有声明它，严格字段校验时 API 服务器会拒绝它（否则会被裁剪掉）。`,
					);
		report(
			check,
			check.rules.unknownField,
			text(`Unknown field "${f.name}"${suggestion ? ` — did you mean "${suggestion}"?` : '.'} ${because.en}`, `未知字段“${f.name}”${suggestion ? `——你是想写“${suggestion}”吗？` : '。'}${because.zh}`),
			f.key,
			fieldPath,
		);
	}
	for (const name of schema.required ?? []) {
		if (present.has(name)) continue;
		if (own(properties, name)?.default !== undefined) continue; // defaulted before validation
		const where = path.length ? formatPath(path) : '';
		report(
			check,
			check.rules.required,
			text(`Required field "${name}" is missing${where ? ` in ${where}` : ''}.`, `缺少必填字段“${name}”${where ? `（位于 ${where}）` : ''}。`),
			owner,
			[...path, name],
		);
	}
	const count = list.length;
	if (schema.maxProperties !== undefined && count > schema.maxProperties) {
		report(check, check.rules.invalidValue, text(`At most ${schema.maxProperties} entries (it has ${count}).`, `最多 ${schema.maxProperties} 项（现有 ${count} 项）。`), owner, path);
	}
	if (schema.minProperties !== undefined && count < schema.minProperties) {
		report(check, check.rules.invalidValue, text(`At least ${schema.minProperties} entries (it has ${count}).`, `至少 ${schema.minProperties} 项（现有 ${count} 项）。`), owner, path);
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
		report(check, check.rules.invalidValue, text(`At most ${schema.maxItems} items (it has ${items.length}).`, `最多 ${schema.maxItems} 项（现有 ${items.length} 项）。`), where, path);
	}
	if (schema.minItems !== undefined && items.length < schema.minItems) {
		report(check, check.rules.invalidValue, text(`At least ${schema.minItems} items (it has ${items.length}).`, `至少 ${schema.minItems} 项（现有 ${items.length} 项）。`), where, path);
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
						? text(`Duplicate value ${identity}: this list is a set (x-kubernetes-list-type: set).`, `重复的值 ${identity}：此列表是集合（x-kubernetes-list-type: set）。`)
						: text(`Duplicate entry for the keys ${keys.join(', ')} = ${identity}: this list is a map (x-kubernetes-list-type: map).`, `键 ${keys.join('、')} = ${identity} 的条目重复：此列表是映射（x-kubernetes-list-type: map）。`),
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
			skipped(check, at, path, rule.rule, text('it is a transition rule (it reads oldSelf), which the API server evaluates only on updates', '它是转换规则（读取 oldSelf），API 服务器只在更新时求值'), check.rules.celTransition);
			continue;
		}
		const compiled = compileCel(rule.rule);
		if (compiled === undefined) {
			skipped(check, at, path, rule.rule, text('no CEL engine is loaded', '未加载 CEL 引擎'));
			continue;
		}
		if (compiled instanceof Error) {
			skipped(check, at, path, rule.rule, text(`it uses what this checker's CEL library lacks (${firstLine(compiled.message)})`, `它用到了本检查器的 CEL 库不支持的功能（${firstLine(compiled.message)}）`));
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
			skipped(check, at, path, rule.rule, text(`evaluating it failed here (${firstLine(String((error as Error)?.message ?? error))})`, `在此处求值失败（${firstLine(String((error as Error)?.message ?? error))}）`));
			continue;
		}
		if (result === true) continue;
		if (result !== false) {
			skipped(check, at, path, rule.rule, text('it did not return a boolean', '它没有返回布尔值'));
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
				? text(`${message} (x-kubernetes-validations rule: ${rule.rule})`, `${message}（x-kubernetes-validations 规则：${rule.rule}）`)
				: text(`Failed rule: ${rule.rule}`, `未通过规则：${rule.rule}`),
			target?.node ?? at,
			target ? [...path, ...target.path] : path,
		);
	}
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.slice(0, 160);
}

function skipped(check: InstanceCheck, at: Node, path: PathSegment[], rule: string, why: LocalizedText, transitionRule?: string): void {
	if (!transitionRule) check.celSkipped++;
	const id = transitionRule ?? check.rules.celSkipped;
	if (!id) return;
	report(check, id, text(`The CEL rule "${rule}" is not checked here: ${why.en}.`, `此处未检查 CEL 规则“${rule}”：${why.zh}。`), at, path);
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
