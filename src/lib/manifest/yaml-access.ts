// Reading the YAML tree the way Kubernetes reads the data: aliases resolved, `<<` merge keys applied,
// while keeping the nodes (and so the positions) that diagnostics point at.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { resolveAlias } from './parse-documents.ts';

export type PathSegment = string | number;

const plainKey = /^[A-Za-z_$][\w$-]*$/;

/** `spec.template.spec.containers[0].image`; odd keys are quoted: `metadata.labels["app.kubernetes.io/name"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
	let out = '';
	for (const segment of segments) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else if (plainKey.test(segment)) out += out ? `.${segment}` : segment;
		else out += `[${JSON.stringify(segment)}]`;
	}
	return out;
}

/** The node an alias stands for, or the node itself. */
export function resolve(node: unknown): Node | undefined {
	const target = resolveAlias(node);
	return target && typeof target === 'object' ? (target as Node) : undefined;
}

export function asMap(node: unknown): YAMLMap | undefined {
	const target = resolve(node);
	return isMap(target) ? target : undefined;
}

export function asSeq(node: unknown): YAMLSeq | undefined {
	const target = resolve(node);
	return isSeq(target) ? target : undefined;
}

/** `<<` in YAML 1.1; the parser turns the key into a Scalar holding a Symbol. */
function isMergeKey(key: unknown): boolean {
	return isScalar(key) && (typeof key.value === 'symbol' || key.value === '<<');
}

export interface Field {
	name: string;
	/** The key node (for locating "unknown field" and similar). */
	key: Node;
	/** The value with aliases resolved; undefined for `key:` with nothing after it. */
	value: Node | undefined;
	/** Where to point for the value: the alias when the value came through one. */
	locator: Node;
}

/** A map's fields in order; `<<` merges are expanded and overridden by explicit keys, as Kubernetes sees them. */
export function fields(map: YAMLMap): Field[] {
	const out: Field[] = [];
	let merges: { value: unknown }[] | undefined;
	for (const pair of map.items) {
		const key = pair.key;
		if (isMergeKey(key) && (isAlias(pair.value) || isMap(pair.value) || isSeq(pair.value))) {
			(merges ??= []).push({ value: pair.value });
			continue;
		}
		const keyNode = (key && typeof key === 'object' ? key : map) as Node;
		const name = isScalar(key) ? String(key.value) : '';
		const raw = pair.value as Node | null;
		out.push({ name, key: keyNode, value: resolve(raw), locator: raw && typeof raw === 'object' ? raw : keyNode });
	}
	if (merges) {
		const explicit = new Set(out.map((f) => f.name));
		for (const merge of merges) {
			const sources = isSeq(resolve(merge.value)) && !isAlias(merge.value) ? (resolve(merge.value) as YAMLSeq).items : [merge.value];
			for (const source of sources) {
				const merged = asMap(source);
				if (!merged) continue;
				for (const field of fields(merged)) {
					if (explicit.has(field.name)) continue;
					explicit.add(field.name);
					out.push({ ...field, locator: source as Node, key: source as Node });
				}
			}
		}
	}
	return out;
}

/**
 * Calls back for each field like fields(), without allocating a Field per pair when the map has no
 * merge key (the common case, and the schema walker's hot path).
 */
export function forEachField(map: YAMLMap, callback: (name: string, key: Node, value: Node | undefined, locator: Node) => void): void {
	const pairs = map.items;
	for (let i = 0; i < pairs.length; i++) {
		if (isMergeKey(pairs[i]!.key)) {
			for (const f of fields(map)) callback(f.name, f.key, f.value, f.locator);
			return;
		}
	}
	for (let i = 0; i < pairs.length; i++) {
		const pair = pairs[i]!;
		const key = pair.key;
		const raw = pair.value as Node | null;
		const keyNode = (key && typeof key === 'object' ? key : map) as Node;
		const name = isScalar(key) ? String(key.value) : '';
		const value = raw && typeof raw === 'object' ? (isAlias(raw) ? resolve(raw) : raw) : undefined;
		callback(name, keyNode, value, raw && typeof raw === 'object' ? raw : keyNode);
	}
}

export function field(node: unknown, name: string): Field | undefined {
	const map = asMap(node);
	if (!map) return undefined;
	// Fast path without merges; fall back to the full view when a merge key is present.
	let found: Field | undefined;
	for (const pair of map.items) {
		const key = pair.key;
		if (!isScalar(key)) continue;
		if (isMergeKey(key)) return fields(map).find((f) => f.name === name);
		if (String(key.value) === name && !found) {
			const raw = pair.value as Node | null;
			found = { name, key: key as Node, value: resolve(raw), locator: raw && typeof raw === 'object' ? raw : (key as Node) };
		}
	}
	return found;
}

/** The node at a path of keys and list indexes, or undefined. */
export function get(node: unknown, ...path: PathSegment[]): Node | undefined {
	let current = resolve(node);
	for (const segment of path) {
		if (current === undefined) return undefined;
		if (typeof segment === 'number') current = resolve(asSeq(current)?.items[segment]);
		else current = field(current, segment)?.value;
	}
	return current;
}

export function scalarValue(node: unknown): unknown {
	const target = resolve(node);
	return isScalar(target) ? (target as Scalar).value : undefined;
}

export function stringValue(node: unknown): string | undefined {
	const value = scalarValue(node);
	return typeof value === 'string' ? value : undefined;
}

export function items(node: unknown): Node[] {
	const seq = asSeq(node);
	if (!seq) return [];
	const out: Node[] = [];
	for (const item of seq.items) {
		const target = resolve(item);
		if (target) out.push(target);
	}
	return out;
}

/** A map's string entries (labels, selectors, ConfigMap data …). */
export function stringMap(node: unknown): Map<string, string> {
	const out = new Map<string, string>();
	const map = asMap(node);
	if (!map) return out;
	for (const f of fields(map)) {
		const value = scalarValue(f.value);
		if (value !== undefined && value !== null && typeof value !== 'object') out.set(f.name, String(value));
	}
	return out;
}

/** Offsets of a node's value (without trailing comments). */
export function rangeOf(node: Node | undefined): { start: number; end: number } {
	const [start = 0, end = start + 1] = node?.range ?? [];
	return { start, end: Math.max(end, start + 1) };
}
