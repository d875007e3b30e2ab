// Is a YAML document an unrendered Helm template? Go-template actions ({{ … }}) are Helm's, not YAML's:
// where they stand outside a string the YAML reader stumbles over them, and where they sit inside one the
// server would receive the braces literally. A document counts as a template when an action appears
// outside every string value, or when one names Helm's own objects and functions (.Values, .Release,
// .Chart, include, toYaml …) — so Prometheus or Alertmanager templates inside a ConfigMap's string, such as
// "{{ $labels.instance }}", are left alone.
import { isScalar, visit } from 'yaml';
import type { Document } from 'yaml';

const action = /\{\{-?\s*([^}]*?)\s*-?\}\}|\{\{/g;
// Only Helm's built-in objects and Helm-only functions: if/range/template/define are also Alertmanager's.
const helmWords = /(^|[\s(|$])(\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template|include|tpl|toYaml|toJson|nindent|required|lookup)\b/;

export interface HelmMarker {
	start: number;
	end: number;
}

/**
 * The first template action that makes this document a Helm template, or undefined. `nextBraces` is the
 * offset of the first "{{" at or after `start` (-1 for none), found once for all documents by the caller.
 */
export function helmTemplateMarker(source: string, document: Document, start: number, end: number, nextBraces: number): HelmMarker | undefined {
	if (nextBraces === -1 || nextBraces >= end) return undefined;
	const slice = source.slice(start, end);
	const strings: [number, number][] = [];
	if (document.contents) {
		visit(document, {
			Scalar(_, node) {
				if (isScalar(node) && typeof node.value === 'string' && node.range) strings.push([node.range[0], node.range[1]]);
			},
		});
	}
	const inString = (offset: number) => strings.some(([from, to]) => offset >= from && offset < to);
	for (const match of slice.matchAll(action)) {
		const offset = start + match.index;
		if (isComment(source, offset)) continue;
		const body = match[1] ?? '';
		const helmish = helmWords.test(` ${body}`);
		if (!inString(offset) || helmish) return { start: offset, end: offset + match[0].length };
	}
	return undefined;
}

/** Is the offset inside a `#` comment (a `#` after a blank or at the line start, earlier on the same line)? */
function isComment(source: string, offset: number): boolean {
	const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
	const before = source.slice(lineStart, offset);
	return /(^|\s)#/.test(before) && !/["']/.test(before);
}
