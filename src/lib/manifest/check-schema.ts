// Layer 3, strict schema: check each built-in object against the bundled schema the way
// `kubectl apply --validate=strict` does — unknown fields, wrong types, enums, quantities, formats and
// missing required fields, each located on the exact key or value.
//
// Each schema type is compiled once, on first use, into plain data (what to check as a small integer,
// the item or value type, a field table with a bit per required field) that one switch follows through
// the YAML tree: no generated code, so the browser worker needs no eval, and one shape of data, so the
// walk stays monomorphic. A valid document allocates almost nothing: the field path lives in one
// reusable buffer and becomes a string, like the range, only when a finding is reported.
//
// Nodes are told apart with instanceof: on nodes of many shapes it is several times cheaper than yaml's
// isScalar()/isMap(), which read a symbol-keyed property (the tree always comes from the same yaml module).
import { Alias, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';
import type { ManifestObject } from './manifest-object.ts';
import type { DocumentFinding } from './parse-documents.ts';
import { isQuantity, suggestQuantity } from './quantity.ts';
import { describeType, objectType } from './schema-model.ts';
import type { ObjectType, SchemaType } from './schema-model.ts';
import { closest, Vocabulary } from './suggest.ts';
import { formatPath, isMergePair, keyName, mergedFields, rangeOf, resolve } from './yaml-access.ts';
import type { PathSegment } from './yaml-access.ts';
import { message as toMessage, type ManifestMessage } from './message.ts';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
// RFC 3339, as metav1.Time accepts it.
const dateTime = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
// Go's base64 decoder (used for []byte fields such as Secret.data) ignores line breaks.
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** State of checking one object. */
interface Walk {
	findings: DocumentFinding[];
	source: string;
	document: number;
	/** Path from the document root; only the first `depth` entries (passed along the calls) are current. */
	path: PathSegment[];
}

// What a compiled type checks, as small integers so that one switch dispatches them.
const ANY = 0;
const OBJECT = 1;
const ARRAY = 2;
const MAP = 3;
const STRING = 4;
const DATE_TIME = 5;
const BASE64 = 6;
const BOOLEAN = 7;
const NUMBER = 8;
const INT32 = 9;
const INT64 = 10;
const INT_OR_STRING = 11;
const QUANTITY = 12;
const ENUM = 13;

/** A schema type prepared for checking. All instances have the same shape, so the checker stays monomorphic. */
class CompiledType {
	readonly type: SchemaType;
	readonly check: number;
	/** Item type of a list, value type of a map. */
	readonly element: CompiledType | null;
	/** An object type, compiled on first use (object types refer to each other, some recursively). */
	object: CompiledObject | null | undefined = undefined;

	constructor(type: SchemaType, check: number, element: CompiledType | null) {
		this.type = type;
		this.check = check;
		this.element = element;
	}
}

interface CompiledField {
	type: CompiledType;
	/** This field's bit in the object's mask of required fields; 0 when optional. */
	requiredBit: number;
}

interface CompiledObject {
	type: ObjectType;
	fields: Map<string, CompiledField>;
	/** All required bits set: what a complete object's mask equals. */
	requiredMask: number;
	/** Field names for "did you mean …?", prepared on the first unknown field. */
	vocabulary: Vocabulary | undefined;
}

export function checkSchema(objects: readonly ManifestObject[], source: string): DocumentFinding[] {
	const findings: DocumentFinding[] = [];
	for (const object of objects) {
		if (!object.typeId) continue;
		const compiled = compiledObject(object.typeId);
		if (!compiled) continue;
		const walk: Walk = { findings, source, document: object.document, path: [...object.path] };
		checkObject(compiled, object.node, undefined, walk, object.path.length, true);
	}
	return findings;
}

// ---- Compilation ----------------------------------------------------------------------------------

const compiledObjects = new Map<string, CompiledObject | null>();
const compiledTypes = new Map<SchemaType, CompiledType>();

function compiledObject(id: string): CompiledObject | null {
	let compiled = compiledObjects.get(id);
	if (compiled !== undefined) return compiled;
	const type = objectType(id);
	compiled = null;
	if (type) {
		// The bundled schema has at most 10 required fields per type (a test keeps it ≤ 31): one int holds them.
		if (type.required.length > 31) throw new Error(`${id}: too many required fields for a 31-bit mask`);
		const fields = new Map<string, CompiledField>();
		for (const [name, fieldType] of type.fields) {
			const index = type.required.indexOf(name);
			fields.set(name, { type: compile(fieldType), requiredBit: index === -1 ? 0 : 1 << index });
		}
		compiled = { type, fields, requiredMask: 2 ** type.required.length - 1, vocabulary: undefined };
	}
	compiledObjects.set(id, compiled);
	return compiled;
}

/** Compiled once per type expression (the model shares them, so do we). */
function compile(type: SchemaType): CompiledType {
	let compiled = compiledTypes.get(type);
	if (!compiled) {
		compiled = new CompiledType(type, checkFor(type), type.kind === 'array' ? compile(type.items) : type.kind === 'map' ? compile(type.values) : null);
		compiledTypes.set(type, compiled);
	}
	return compiled;
}

function checkFor(type: SchemaType): number {
	switch (type.kind) {
		case 'object':
			return OBJECT;
		case 'array':
			return ARRAY;
		case 'map':
			return MAP;
		case 'string':
			return type.format === 'date-time' ? DATE_TIME : type.format === 'byte' ? BASE64 : STRING;
		case 'boolean':
			return BOOLEAN;
		case 'number':
			return NUMBER;
		case 'integer':
			return type.bits === 32 ? INT32 : INT64;
		case 'int-or-string':
			return INT_OR_STRING;
		case 'quantity':
			return QUANTITY;
		case 'enum':
			return ENUM;
		case 'any':
			return ANY;
	}
}

// ---- Checking -------------------------------------------------------------------------------------

/**
 * Checks a value node against a compiled type. `at` is where a finding about the value points (the
 * alias, when the value came through one), `key` the key that holds it, `depth` the length of its path.
 */
function checkValue(compiled: CompiledType, node: Node, at: Node, key: Node | undefined, walk: Walk, depth: number): void {
	switch (compiled.check) {
		case STRING:
			if (node instanceof Scalar && typeof node.value === 'string') return;
			break;
		case OBJECT:
			if (node instanceof YAMLMap) {
				const object = (compiled.object ??= compiledObject((compiled.type as { id: string }).id));
				if (object) checkObject(object, node, key, walk, depth, false);
				return;
			}
			break;
		case ARRAY:
			if (node instanceof YAMLSeq) {
				const items = node.items;
				for (let index = 0; index < items.length; index++) {
					const item = items[index];
					if (item === null || typeof item !== 'object') continue;
					walk.path[depth] = index;
					checkValue(compiled.element!, item as Node, item as Node, undefined, walk, depth + 1);
				}
				return;
			}
			break;
		case MAP:
			if (node instanceof YAMLMap) {
				checkMapValues(compiled.element!, node, walk, depth);
				return;
			}
			break;
		case ENUM:
			if (node instanceof Scalar) {
				const value = node.value;
				if (typeof value === 'string') {
					const type = compiled.type as { values: ReadonlySet<string>; list: readonly string[] };
					if (!type.values.has(value)) report(walk, 'schema/invalid-enum', invalidEnum(value, type.list), at, depth);
					return;
				}
			}
			break;
		case INT32:
		case INT64:
			if (node instanceof Scalar) {
				const value = node.value;
				if (typeof value === 'number' && Number.isInteger(value)) {
					if (compiled.check === INT32 && (value < INT32_MIN || value > INT32_MAX)) report(walk, 'schema/type-mismatch', outOfInt32(value), at, depth);
					return;
				}
			}
			break;
		case BOOLEAN:
			if (node instanceof Scalar && typeof node.value === 'boolean') return;
			break;
		case QUANTITY:
			if (node instanceof Scalar) {
				const value = node.value;
				if (typeof value === 'string') {
					if (!isQuantity(value)) report(walk, 'schema/invalid-quantity', invalidQuantity(value), at, depth);
					return;
				}
				if (typeof value === 'number' && Number.isFinite(value)) return;
			}
			break;
		case INT_OR_STRING:
			if (node instanceof Scalar) {
				const value = node.value;
				if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) return;
			}
			break;
		case DATE_TIME:
			if (node instanceof Scalar) {
				const value = node.value;
				if (typeof value === 'string') {
					if (!dateTime.test(value)) report(walk, 'schema/invalid-format', invalidDateTime(value), at, depth);
					return;
				}
			}
			break;
		case BASE64:
			if (node instanceof Scalar) {
				const value = node.value;
				if (typeof value === 'string') {
					if (!base64.test(value.replace(/[\r\n]/g, ''))) report(walk, 'schema/invalid-format', INVALID_BASE64, at, depth);
					return;
				}
			}
			break;
		case NUMBER:
			if (node instanceof Scalar && typeof node.value === 'number') return;
			break;
		case ANY:
			return;
	}
	// Not of the expected type: follow an alias (a finding still points at the alias), accept null
	// ("not set" to the API server), and otherwise report a type mismatch.
	if (node instanceof Alias) {
		const target = resolve(node);
		if (target !== undefined) checkValue(compiled, target, at, key, walk, depth);
	} else if (!(node instanceof Scalar && node.value === null)) {
		typeMismatch(walk, node, compiled.type, at, depth);
	}
}

/**
 * The fields of a mapping against an object type, in the order fields() lists them (explicit keys,
 * then what `<<` merges add), then the required fields it lacks.
 */
function checkObject(object: CompiledObject, map: YAMLMap, owner: Node | undefined, walk: Walk, depth: number, isRoot: boolean): void {
	const pairs = map.items;
	const fields = object.fields;
	let present = 0;
	let merges = false;
	for (let i = 0; i < pairs.length; i++) {
		const pair = pairs[i]!;
		const key = pair.key;
		let name: string;
		let keyNode: Node;
		if (key instanceof Scalar && typeof key.value === 'string') {
			name = key.value;
			keyNode = key;
		} else if (isMergePair(pair)) {
			merges = true;
			continue;
		} else {
			name = keyName(key);
			keyNode = key !== null && typeof key === 'object' ? (key as Node) : map;
		}
		const field = fields.get(name);
		if (field !== undefined) present |= field.requiredBit;
		if (isRoot && (name === 'apiVersion' || name === 'kind')) continue; // the identity layer owns these
		walk.path[depth] = name;
		if (field === undefined) {
			unknownField(object, name, keyNode, walk, depth + 1);
		} else {
			const value = pair.value;
			if (value !== null && typeof value === 'object') checkValue(field.type, value as Node, value as Node, keyNode, walk, depth + 1);
		}
	}
	if (merges) {
		for (const { name, key, value, locator } of mergedFields(map)) {
			const field = fields.get(name);
			if (field !== undefined) present |= field.requiredBit;
			if (isRoot && (name === 'apiVersion' || name === 'kind')) continue;
			walk.path[depth] = name;
			if (field === undefined) unknownField(object, name, key, walk, depth + 1);
			else if (value !== undefined) checkValue(field.type, value, locator, key, walk, depth + 1);
		}
	}
	// The identity layer owns a root's apiVersion and kind (a typed list's item may inherit them).
	if (isRoot) present |= (fields.get('apiVersion')?.requiredBit ?? 0) | (fields.get('kind')?.requiredBit ?? 0);
	if (present !== object.requiredMask) missingRequired(object, map, owner, present, walk, depth);
}

/** The values of a `{}<type>` mapping (labels, resource limits, Secret data …). */
function checkMapValues(values: CompiledType, map: YAMLMap, walk: Walk, depth: number): void {
	const pairs = map.items;
	let merges = false;
	for (let i = 0; i < pairs.length; i++) {
		const pair = pairs[i]!;
		const key = pair.key;
		let name: string;
		if (key instanceof Scalar && typeof key.value === 'string') name = key.value;
		else if (isMergePair(pair)) {
			merges = true;
			continue;
		} else name = keyName(key);
		const value = pair.value;
		if (value === null || typeof value !== 'object') continue;
		walk.path[depth] = name;
		checkValue(values, value as Node, value as Node, key !== null && typeof key === 'object' ? (key as Node) : map, walk, depth + 1);
	}
	if (merges) {
		for (const { name, key, value, locator } of mergedFields(map)) {
			if (value === undefined) continue;
			walk.path[depth] = name;
			checkValue(values, value, locator, key, walk, depth + 1);
		}
	}
}

// ---- Findings -------------------------------------------------------------------------------------

function report(walk: Walk, rule: string, message: ManifestMessage, at: Node, depth: number): void {
	const { start, end } = rangeOf(at);
	walk.findings.push({ rule, message, start, end, path: formatPath(walk.path, depth), document: walk.document });
}

function unknownField(object: CompiledObject, name: string, key: Node, walk: Walk, depth: number): void {
	object.vocabulary ??= new Vocabulary([...object.type.fields.keys()]);
	const suggestion = object.vocabulary.closest(name);
	report(walk, 'schema/unknown-field', toMessage('schema/unknown-field', { name, hasSuggestion: !!suggestion, suggestion }), key, depth);
}

function missingRequired(object: CompiledObject, map: YAMLMap, owner: Node | undefined, present: number, walk: Walk, depth: number): void {
	const { required } = object.type;
	// Point at the key that holds this object, or at the object's first key.
	const at = owner ?? (map.items[0]?.key as Node | undefined) ?? map;
	const where = depth > 0 ? formatPath(walk.path, depth) : '';
	for (let index = 0; index < required.length; index++) {
		if (present & (1 << index)) continue;
		const name = required[index]!;
		walk.path[depth] = name;
		report(walk, 'schema/missing-required', toMessage('schema/missing-required', { name, hasWhere: !!where, where }), at, depth + 1);
	}
}

function typeMismatch(walk: Walk, node: Node, expected: SchemaType, at: Node, depth: number): void {
	let actual: string;
	let quoteHint = false;
	if (node instanceof YAMLMap) actual = 'a mapping';
	else if (node instanceof YAMLSeq) actual = 'a list';
	else {
		const value = (node as Scalar).value;
		actual = typeof value === 'string' ? `the string ${JSON.stringify(value)}` : `${typeof value} ${String(value)}`;
		quoteHint = typeof value !== 'string' && (node as Scalar).type === 'PLAIN' && (expected.kind === 'string' || expected.kind === 'enum');
	}
	const [start = 0, end = start] = node.range ?? [];
	const written = walk.source.slice(start, end);
	// The unquoted scalar YAML read as a boolean or number, for the hint to quote it.
	const unquoted = quoteHint ? { written, readAs: typeof (node as Scalar).value === 'boolean' ? 'boolean' : typeof (node as Scalar).value } : undefined;
	report(
		walk,
		'schema/type-mismatch',
		toMessage('schema/type-mismatch', { describeType: describeType(expected), actual, written: unquoted?.written, readAs: unquoted?.readAs }),
		at,
		depth,
	);
}

const INVALID_BASE64 = toMessage('fragment/invalid-base64');

function invalidDateTime(value: string): ManifestMessage {
	return toMessage('fragment/invalid-date-time', { value });
}

function outOfInt32(value: number): ManifestMessage {
	return toMessage('fragment/out-of-int32', { value });
}

function invalidQuantity(value: string): ManifestMessage {
	const suggestion = suggestQuantity(value);
	return toMessage('fragment/invalid-quantity', { value, hasSuggestion: !!suggestion, suggestion });
}

function invalidEnum(value: string, list: readonly string[]): ManifestMessage {
	const suggestion = closest(value, list);
	// The empty string is an allowed value of some enums: quote it so the list does not start with a bare comma.
	const shown = list.map((v) => (v === '' ? '""' : v));
	return toMessage('fragment/invalid-enum', { value, hasSuggestion: !!suggestion, suggestion, shown });
}
