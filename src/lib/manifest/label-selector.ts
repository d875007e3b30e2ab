// Label selectors as the API server evaluates them (matchLabels AND matchExpressions; a plain map for
// ReplicationController and Service selectors).
import type { Node } from 'yaml';
import { field, items, stringMap, stringValue } from './yaml-access.ts';

export interface LabelSelector {
	matchLabels: Map<string, string>;
	expressions: { key: string; operator: string; values: string[] }[];
}

/** Reads a metav1.LabelSelector (with matchLabels/matchExpressions). */
export function readLabelSelector(node: Node | undefined): LabelSelector | undefined {
	if (!node) return undefined;
	const expressions = items(field(node, 'matchExpressions')?.value).map((expression) => ({
		key: stringValue(field(expression, 'key')?.value) ?? '',
		operator: stringValue(field(expression, 'operator')?.value) ?? '',
		values: items(field(expression, 'values')?.value).map((v) => stringValue(v) ?? String((v as { value?: unknown }).value)),
	}));
	return { matchLabels: stringMap(field(node, 'matchLabels')?.value), expressions };
}

/** Reads a plain map selector (Service, ReplicationController). */
export function readMapSelector(node: Node | undefined): LabelSelector | undefined {
	if (!node) return undefined;
	return { matchLabels: stringMap(node), expressions: [] };
}

export function isEmptySelector(selector: LabelSelector): boolean {
	return selector.matchLabels.size === 0 && selector.expressions.length === 0;
}

export function selectorMatches(selector: LabelSelector, labels: ReadonlyMap<string, string>): boolean {
	for (const [key, value] of selector.matchLabels) if (labels.get(key) !== value) return false;
	for (const { key, operator, values } of selector.expressions) {
		const value = labels.get(key);
		switch (operator) {
			case 'In':
				if (value === undefined || !values.includes(value)) return false;
				break;
			case 'NotIn':
				if (value !== undefined && values.includes(value)) return false;
				break;
			case 'Exists':
				if (value === undefined) return false;
				break;
			case 'DoesNotExist':
				if (value !== undefined) return false;
				break;
			default:
				return false;
		}
	}
	return true;
}

export function formatSelector(selector: LabelSelector): string {
	const parts = [...selector.matchLabels].map(([k, v]) => `${k}=${v}`);
	for (const e of selector.expressions) parts.push(`${e.key} ${e.operator}${e.values.length ? ` (${e.values.join(', ')})` : ''}`);
	return parts.join(', ');
}
