// What the bundled schema says about a position in the editor: the fields that may be typed there (for
// completion) and the field under the cursor (for hover). The docs are passed in so that the 1 MB docs
// module is loaded only by the editor, and only when first needed.
import { describeType, kindTypeId, kindsOf, objectType, bundledSchema } from './schema-model.ts';
import type { SchemaType } from './schema-model.ts';
import type { SchemaDocs } from './schema-types.ts';
import { yamlPathAt } from './yaml-path.ts';

export interface FieldInfo {
	name: string;
	/** Type id of the object the field belongs to (key into the docs). */
	owner: string;
	type: SchemaType;
	typeName: string;
	required: boolean;
	doc?: string;
}

export interface Completion {
	label: string;
	/** Text to insert: `name: ` for a key, the value itself for a value. */
	insertText: string;
	detail: string;
	doc?: string;
	kind: 'field' | 'value';
	required?: boolean;
	/** Offsets of the text the completion replaces. */
	replaceStart: number;
	replaceEnd: number;
}

export interface Hover {
	/** Markdown-free text lines: title (field path and type) and documentation. */
	title: string;
	doc?: string;
	start: number;
	end: number;
}

/** apiVersion and kind of the document around an offset (top-level lines only). */
export function documentIdentity(text: string, documentStart: number, documentEnd: number): { apiVersion?: string; kind?: string } {
	const doc = text.slice(documentStart, documentEnd);
	const value = (name: string) => new RegExp(`^${name}:[ \\t]*["']?([^"'\\s#]+)`, 'm').exec(doc)?.[1];
	return { apiVersion: value('apiVersion'), kind: value('kind') };
}

/** Follows keys and '[]' from a kind's root type; undefined when the path leaves the schema. */
export function typeAtPath(rootId: string, path: readonly string[]): SchemaType | undefined {
	let type: SchemaType | undefined = { kind: 'object', id: rootId };
	for (const segment of path) {
		if (!type) return undefined;
		if (segment === '[]') type = type.kind === 'array' ? type.items : undefined;
		else if (type.kind === 'object') type = objectType(type.id)?.fields.get(segment);
		else if (type.kind === 'map') type = type.values;
		else return undefined;
	}
	return type;
}

/** First paragraph of a field's documentation, trimmed for a tooltip. */
export function shortDoc(doc: string | undefined, max = 600): string | undefined {
	if (!doc) return undefined;
	const first = doc.split(/\n\s*\n/)[0]!.trim();
	return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

function fieldsOf(type: SchemaType | undefined, docs?: SchemaDocs): FieldInfo[] {
	if (!type || type.kind !== 'object') return [];
	const object = objectType(type.id);
	if (!object) return [];
	return [...object.fields].map(([name, fieldType]) => ({
		name,
		owner: object.id,
		type: fieldType,
		typeName: describeType(fieldType),
		required: object.required.includes(name),
		doc: docs && Object.hasOwn(docs, object.id) && Object.hasOwn(docs[object.id]!, name) ? docs[object.id]![name] : undefined,
	}));
}

function rootId(text: string, documentStart: number, documentEnd: number): string | undefined {
	const { apiVersion, kind } = documentIdentity(text, documentStart, documentEnd);
	return apiVersion && kind ? kindTypeId(apiVersion, kind) : undefined;
}

/** Keys already present in the mapping the cursor is in (same column, same block), so they are not offered twice. */
function siblingKeys(text: string, offset: number, documentStart: number, documentEnd: number, column: number): Set<string> {
	const keys = new Set<string>();
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	const lines = text.slice(documentStart, documentEnd).split('\n');
	const cursorIndex = text.slice(documentStart, lineStart).split('\n').length - 1;
	const indentOf = (line: string) => /^[ -]*/.exec(line)![0].length;
	const startsItem = (line: string) => line.slice(0, indentOf(line)).includes('-');
	const keyOf = (line: string) => /^[ -]*([^\s:#][^:#]*?)\s*:(?=\s|$)/.exec(line)?.[1];
	const skip = (line: string) => line.trim() === '' || /^\s*#/.test(line);
	if (!startsItem(lines[cursorIndex] ?? '')) {
		for (let i = cursorIndex - 1; i >= 0; i--) {
			const line = lines[i]!;
			if (skip(line)) continue;
			const indent = indentOf(line);
			if (indent < column) break;
			if (indent > column) continue;
			const key = keyOf(line);
			if (key) keys.add(key);
			if (startsItem(line)) break; // the first key of a list item: the mapping starts here
		}
	}
	for (let i = cursorIndex + 1; i < lines.length; i++) {
		const line = lines[i]!;
		if (skip(line)) continue;
		const indent = indentOf(line);
		if (indent < column || (indent === column && startsItem(line))) break;
		if (indent > column) continue;
		const key = keyOf(line);
		if (key) keys.add(key);
	}
	return keys;
}

export function completionsAt(text: string, offset: number, docs?: SchemaDocs): Completion[] {
	const where = yamlPathAt(text, offset);
	const { documentStart, documentEnd } = where;
	const lineEndIndex = text.indexOf('\n', offset);
	const lineEnd = lineEndIndex === -1 ? text.length : lineEndIndex;
	if (where.at === 'value') {
		const replaceEnd = where.prefixStart + (/^[^\s#]*/.exec(text.slice(where.prefixStart, lineEnd))?.[0].length ?? 0);
		const value = (label: string, detail: string): Completion => ({ label, insertText: label, detail, kind: 'value', replaceStart: where.prefixStart, replaceEnd });
		if (where.path.length === 0 && where.key === 'apiVersion')
			return Object.keys(bundledSchema.kinds)
				.sort()
				.map((v) => value(v, 'apiVersion'));
		if (where.path.length === 0 && where.key === 'kind') {
			const { apiVersion } = documentIdentity(text, documentStart, documentEnd);
			const kinds = apiVersion && kindsOf(apiVersion) ? Object.keys(kindsOf(apiVersion)!) : [...new Set(Object.values(bundledSchema.kinds).flatMap(Object.keys))];
			return kinds
				.filter((k) => !k.endsWith('List'))
				.sort()
				.map((k) => value(k, apiVersion ? `kind (${apiVersion})` : 'kind'));
		}
		const root = rootId(text, documentStart, documentEnd);
		const type = root && where.key ? typeAtPath(root, [...where.path, where.key]) : undefined;
		if (type?.kind === 'enum') return type.list.map((v) => value(v, describeType(type)));
		if (type?.kind === 'boolean') return ['true', 'false'].map((v) => value(v, 'boolean'));
		return [];
	}
	const root = rootId(text, documentStart, documentEnd);
	const fields: FieldInfo[] = root
		? fieldsOf(typeAtPath(root, where.path), docs)
		: where.path.length === 0
			? ['apiVersion', 'kind', 'metadata'].map((name) => ({
					name,
					owner: '',
					type: { kind: 'string' } as SchemaType,
					typeName: name === 'metadata' ? 'mapping (object)' : 'string',
					required: true,
				}))
			: [];
	const column = where.prefixStart - (text.lastIndexOf('\n', offset - 1) + 1);
	const present = siblingKeys(text, offset, documentStart, documentEnd, column);
	const replaceEnd = where.keyEnd ?? where.prefixStart + (/^[^\s:#]*/.exec(text.slice(where.prefixStart, lineEnd))?.[0].length ?? 0);
	const hasColon = where.keyEnd !== undefined;
	return fields
		.filter((f) => !present.has(f.name) || f.name === where.key)
		.map((f) => ({
			label: f.name,
			insertText: hasColon ? f.name : `${f.name}: `,
			detail: `${f.typeName}${f.required ? ' · required' : ''}`,
			doc: shortDoc(f.doc),
			kind: 'field' as const,
			required: f.required,
			replaceStart: where.prefixStart,
			replaceEnd: hasColon ? where.keyEnd! : replaceEnd,
		}))
		.sort((a, b) => Number(b.required) - Number(a.required) || a.label.localeCompare(b.label));
}

/** The field whose key is under the offset: its path, type, whether it is required, and its docs. */
export function hoverAt(text: string, offset: number, docs?: SchemaDocs): Hover | undefined {
	const where = yamlPathAt(text, offset);
	if (where.key === undefined || where.keyStart === undefined || where.keyEnd === undefined) return undefined;
	if (offset < where.keyStart || offset > where.keyEnd) return undefined;
	const root = rootId(text, where.documentStart, where.documentEnd);
	if (!root) return undefined;
	const parent = typeAtPath(root, where.path);
	const field = fieldsOf(parent, docs).find((f) => f.name === where.key);
	if (!field) return undefined;
	const path = [...where.path, where.key].join('.').replace(/\.\[\]/g, '[]');
	return {
		title: `${path}: ${field.typeName}${field.required ? ' (required)' : ''}`,
		doc: shortDoc(field.doc, 1200),
		start: where.keyStart,
		end: where.keyEnd,
	};
}
