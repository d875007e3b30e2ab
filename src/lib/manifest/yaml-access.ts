// Reading the YAML tree the way Kubernetes reads the data: aliases resolved, `<<` merge keys applied,
// while keeping the nodes (and so the positions) that diagnostics point at.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { resolveAlias } from './parse-documents.ts';

export type PathSegment = string | number;

/** A key written as is in a path: /^[A-Za-z_$][\w$-]*$/, tested without a regular expression (paths are built for every finding). */
function isPlainKey(key: string): boolean {
	if (key.length === 0) return false;
	for (let i = 0; i < key.length; i++) {
		const c = key.charCodeAt(i);
		const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36; // A-Z a-z _ $
		if (letter || (i > 0 && ((c >= 48 && c <= 57) || c === 45))) continue; // then also 0-9 -
		return false;
	}
	return true;
}

/** `spec.template.spec.containers[0].image`; odd keys are quoted: `metadata.labels["app.kubernetes.io/name"]`. Only the first `length` segments are used. */
export function formatPath(segments: readonly PathSegment[], length = segments.length): string {
	let out = '';
	for (let i = 0; i < length; i++) {
		const segment = segments[i]!;
		if (typeof segment === 'number') out += `[${segment}]`;
		else if (isPlainKey(segment)) out += out ? `.${segment}` : segment;
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
	// Only a plain `<<` (which the parser turns into a symbol) merges; a quoted "<<" is an ordinary key, as in go-yaml.
	return isScalar(key) && typeof key.value === 'symbol';
}

/** A `<<` pair whose value can be merged (an alias, a mapping or a list of them). */
export function isMergePair(pair: Pair): boolean {
	return isMergeKey(pair.key) && (isAlias(pair.value) || isMap(pair.value) || isSeq(pair.value));
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

/** A key as a field name: scalars as written (`1` -> "1"); a collection as a key has no name (''). */
export function keyName(key: unknown): string {
	if (!isScalar(key)) return '';
	return typeof key.value === 'symbol' ? '<<' : String(key.value);
}

/** The field of an explicit (not merge) pair. */
function explicitField(map: YAMLMap, pair: Pair): Field {
	const key = pair.key;
	const keyNode = (key && typeof key === 'object' ? key : map) as Node;
	const raw = pair.value as Node | null;
	return { name: keyName(key), key: keyNode, value: resolve(raw), locator: raw && typeof raw === 'object' ? raw : keyNode };
}

/** A map's fields in order; `<<` merges are expanded and overridden by explicit keys, as Kubernetes sees them. */
export function fields(map: YAMLMap): Field[] {
	const out: Field[] = [];
	let merges = false;
	for (const pair of map.items) {
		if (isMergePair(pair)) merges = true;
		else out.push(explicitField(map, pair));
	}
	if (merges) out.push(...mergedFields(map));
	return out;
}

/**
 * The fields that a map's `<<` merge keys bring in and that no explicit key overrides, in the order
 * fields() lists them after the explicit ones; each is located on the merge source (the alias).
 */
export function mergedFields(map: YAMLMap): Field[] {
	const out: Field[] = [];
	const seen = new Set<string>();
	const merges: Pair[] = [];
	for (const pair of map.items) {
		if (isMergePair(pair)) merges.push(pair);
		else seen.add(keyName(pair.key));
	}
	for (const merge of merges) {
		const sources = isSeq(resolve(merge.value)) && !isAlias(merge.value) ? (resolve(merge.value) as YAMLSeq).items : [merge.value];
		for (const source of sources) {
			const merged = asMap(source);
			if (!merged) continue;
			for (const field of fields(merged)) {
				if (seen.has(field.name)) continue;
				seen.add(field.name);
				out.push({ ...field, locator: source as Node, key: source as Node });
			}
		}
	}
	return out;
}

export function field(node: unknown, name: string): Field | undefined {
	const map = asMap(node);
	if (!map) return undefined;
	// An explicit key wins over anything a merge brings in, so the first one found is the answer; only
	// without one does a merge key call for the full view.
	let merges = false;
	for (const pair of map.items) {
		const key = pair.key;
		if (!isScalar(key)) continue;
		if (isMergeKey(key)) merges = true;
		else if (String(key.value) === name) {
			const raw = pair.value as Node | null;
			return { name, key: key as Node, value: resolve(raw), locator: raw && typeof raw === 'object' ? raw : (key as Node) };
		}
	}
	return merges ? fields(map).find((f) => f.name === name) : undefined;
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
	const range = node?.range;
	const start = range?.[0] ?? 0;
	const end = range?.[1] ?? start + 1;
	return { start, end: Math.max(end, start + 1) };
}
