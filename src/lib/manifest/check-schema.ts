// Layer 3, strict schema: walk each built-in object against the bundled schema the way
// `kubectl apply --validate=strict` does — unknown fields, wrong types, enums, quantities, formats and
// missing required fields, each located on the exact key or value.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import type { ManifestObject } from './manifest-object.ts';
import type { DocumentFinding } from './parse-documents.ts';
import { isQuantity, suggestQuantity } from './quantity.ts';
import { describeType, objectType } from './schema-model.ts';
import type { ObjectType, SchemaType } from './schema-model.ts';
import { closest } from './suggest.ts';
import { text } from './text.ts';
import { forEachField, formatPath, rangeOf, resolve } from './yaml-access.ts';
import type { PathSegment } from './yaml-access.ts';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
// RFC 3339, as metav1.Time accepts it.
const dateTime = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
// Go's base64 decoder (used for []byte fields such as Secret.data) ignores line breaks.
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

interface Walk {
	object: ManifestObject;
	findings: DocumentFinding[];
	source: string;
}

export function checkSchema(objects: readonly ManifestObject[], source: string): DocumentFinding[] {
	const findings: DocumentFinding[] = [];
	for (const object of objects) {
		if (!object.typeId) continue;
		const type = objectType(object.typeId);
		if (!type) continue;
		const walk: Walk = { object, findings, source };
		walkObject(walk, object.node, type, [...object.path], undefined, true);
	}
	return findings;
}

function report(walk: Walk, rule: string, message: ReturnType<typeof text>, at: Node, path: readonly PathSegment[]): void {
	walk.findings.push({ rule, message, ...rangeOf(at), path: formatPath(path), document: walk.object.document });
}

function walkObject(walk: Walk, node: Node, type: ObjectType, path: PathSegment[], owner: Node | undefined, isRoot: boolean): void {
	if (!isMap(node)) return;
	let present: Set<string> | undefined;
	forEachField(node, (name, key, value, locator) => {
		if (type.required.length) (present ??= new Set()).add(name);
		if (isRoot && (name === 'apiVersion' || name === 'kind')) return; // the identity layer owns these
		const fieldType = type.fields.get(name);
		path.push(name);
		if (!fieldType) {
			const suggestion = closest(name, type.fields.keys());
			report(
				walk,
				'schema/unknown-field',
				text(
					`Unknown field "${name}"${suggestion ? ` — did you mean "${suggestion}"?` : '.'} The API server rejects unknown fields under strict validation.`,
					`未知字段“${name}”${suggestion ? `——你是想写“${suggestion}”吗？` : '。'}严格校验时 API 服务器会拒绝未知字段。`,
				),
				key,
				path,
			);
		} else if (value !== undefined) {
			walkValue(walk, value, fieldType, path, locator, key);
		}
		path.pop();
	});
	for (const name of type.required) {
		if (present?.has(name)) continue;
		// Point at the key that holds this object, or at the object's first key.
		const at = owner ?? ((node.items[0]?.key as Node | undefined) ?? node);
		path.push(name);
		report(
			walk,
			'schema/missing-required',
			text(`Required field "${name}" is missing${path.length > 1 ? ` in ${formatPath(path.slice(0, -1))}` : ''}.`, `缺少必填字段“${name}”${path.length > 1 ? `（位于 ${formatPath(path.slice(0, -1))}）` : ''}。`),
			at,
			path,
		);
		path.pop();
	}
}

function typeMismatch(walk: Walk, node: Node, expected: SchemaType, path: PathSegment[], at: Node): void {
	let actual: string;
	let quoteHint = false;
	if (isMap(node)) actual = 'a mapping';
	else if (isSeq(node)) actual = 'a list';
	else {
		const value = (node as Scalar).value;
		actual = typeof value === 'string' ? `the string ${JSON.stringify(value)}` : `${typeof value} ${String(value)}`;
		quoteHint = typeof value !== 'string' && (node as Scalar).type === 'PLAIN' && (expected.kind === 'string' || expected.kind === 'enum');
	}
	const [start = 0, end = start] = node.range ?? [];
	const written = walk.source.slice(start, end);
	const hintEn = quoteHint ? ` YAML reads the unquoted ${written} as ${typeof (node as Scalar).value}; write "${written}" to keep it a string.` : '';
	const hintZh = quoteHint ? `YAML 会把未加引号的 ${written} 读成 ${typeof (node as Scalar).value === 'boolean' ? '布尔值' : '数字'}；写成 "${written}" 才是字符串。` : '';
	report(
		walk,
		'schema/type-mismatch',
		text(`Expected ${describeType(expected)}, found ${actual}.${hintEn}`, `应为 ${describeType(expected)}，实际为 ${actual}。${hintZh}`),
		at,
		path,
	);
}

function walkValue(walk: Walk, node: Node, type: SchemaType, path: PathSegment[], at: Node, key: Node | undefined): void {
	if (isScalar(node) && (node as Scalar).value === null) return; // null means "not set" to the API server
	switch (type.kind) {
		case 'any':
			return;
		case 'object': {
			if (!isMap(node)) return typeMismatch(walk, node, type, path, at);
			const objectDef = objectType(type.id);
			if (objectDef) walkObject(walk, node, objectDef, path, key, false);
			return;
		}
		case 'array': {
			if (!isSeq(node)) return typeMismatch(walk, node, type, path, at);
			node.items.forEach((item, index) => {
				const value = resolve(item);
				if (!value) return;
				path.push(index);
				walkValue(walk, value, type.items, path, item as Node, undefined);
				path.pop();
			});
			return;
		}
		case 'map': {
			if (!isMap(node)) return typeMismatch(walk, node, type, path, at);
			forEachField(node, (name, key, value, locator) => {
				if (value === undefined) return;
				path.push(name);
				walkValue(walk, value, type.values, path, locator, key);
				path.pop();
			});
			return;
		}
	}
	if (!isScalar(node)) return typeMismatch(walk, node, type, path, at);
	const value = (node as Scalar).value;
	switch (type.kind) {
		case 'string':
			if (typeof value !== 'string') return typeMismatch(walk, node, type, path, at);
			if (type.format === 'date-time' && !dateTime.test(value)) {
				report(walk, 'schema/invalid-format', text(`"${value}" is not an RFC 3339 date-time such as 2024-05-01T12:00:00Z.`, `“${value}”不是 RFC 3339 日期时间，例如 2024-05-01T12:00:00Z。`), at, path);
			} else if (type.format === 'byte' && !base64.test(value.replace(/[\r\n]/g, ''))) {
				report(
					walk,
					'schema/invalid-format',
					text(
						'This value must be base64-encoded. For plain text, use stringData instead of data in a Secret, or data instead of binaryData in a ConfigMap.',
						'该值必须是 base64 编码。若是明文：Secret 请用 stringData 代替 data，ConfigMap 请用 data 代替 binaryData。',
					),
					at,
					path,
				);
			}
			return;
		case 'boolean':
			if (typeof value !== 'boolean') return typeMismatch(walk, node, type, path, at);
			return;
		case 'number':
			if (typeof value !== 'number') return typeMismatch(walk, node, type, path, at);
			return;
		case 'integer':
			if (typeof value !== 'number' || !Number.isInteger(value)) return typeMismatch(walk, node, type, path, at);
			if (type.bits === 32 && (value < INT32_MIN || value > INT32_MAX)) {
				report(walk, 'schema/type-mismatch', text(`${value} does not fit in a 32-bit integer.`, `${value} 超出了 32 位整数的范围。`), at, path);
			}
			return;
		case 'int-or-string':
			if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) return;
			return typeMismatch(walk, node, type, path, at);
		case 'quantity':
			if (typeof value === 'number' && Number.isFinite(value)) return;
			if (typeof value === 'string' && isQuantity(value)) return;
			if (typeof value !== 'string') return typeMismatch(walk, node, type, path, at);
			{
				const suggestion = suggestQuantity(value);
				report(
					walk,
					'schema/invalid-quantity',
					text(
						`"${value}" is not a resource quantity.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use a number with an optional suffix: m (milli), k/M/G/T (powers of 1000) or Ki/Mi/Gi/Ti (powers of 1024), e.g. 500m or 128Mi.`,
						`“${value}”不是合法的资源数量。${suggestion ? `你是想写“${suggestion}”吗？` : ''}请使用数字加可选后缀：m（千分之一）、k/M/G/T（1000 的幂）或 Ki/Mi/Gi/Ti（1024 的幂），例如 500m 或 128Mi。`,
					),
					at,
					path,
				);
			}
			return;
		case 'enum':
			if (typeof value !== 'string') return typeMismatch(walk, node, type, path, at);
			if (!type.values.has(value)) {
				const suggestion = closest(value, type.list);
				report(
					walk,
					'schema/invalid-enum',
					text(
						`"${value}" is not allowed here${suggestion ? ` — did you mean "${suggestion}"?` : '.'} Allowed: ${type.list.join(', ')}.`,
						`此处不允许“${value}”${suggestion ? `——你是想写“${suggestion}”吗？` : '。'}可选值：${type.list.join('、')}。`,
					),
					at,
					path,
				);
			}
			return;
	}
}
