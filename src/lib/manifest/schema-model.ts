// The bundled Kubernetes schema, with its type expressions parsed once into a tree of types: the schema
// check compiles it further (check-schema.ts); completion and hover read it as is (schema-lookup.ts).
import schema from '../../generated/k8s-schema/schema.js';
import type { CompactSchema, CompactTypeDef } from './schema-types.ts';

export type SchemaType =
	| { kind: 'string'; format?: string }
	| { kind: 'boolean' }
	| { kind: 'number' }
	| { kind: 'integer'; bits: 32 | 64 }
	| { kind: 'quantity' }
	| { kind: 'int-or-string' }
	| { kind: 'any' }
	| { kind: 'enum'; values: ReadonlySet<string>; list: readonly string[] }
	| { kind: 'object'; id: string }
	| { kind: 'array'; items: SchemaType }
	| { kind: 'map'; values: SchemaType };

export interface ObjectType {
	id: string;
	fields: ReadonlyMap<string, SchemaType>;
	required: readonly string[];
}

export const bundledSchema: CompactSchema = schema;

// Schemas loaded on demand (the Gateway API's, see extensions.ts): their kinds and types join the bundled ones.
const extraKinds = new Map<string, Record<string, string>>();
const extraTypes = new Map<string, CompactTypeDef>();
const registered = new Set<string>();

/** Has a compact schema whose source starts with this been registered? */
export function hasCompactSchema(sourcePrefix: string): boolean {
	for (const source of registered) if (source.startsWith(sourcePrefix)) return true;
	return false;
}

/** Adds a generated compact schema; its types may refer to the bundled schema's (meta.v1.ObjectMeta …). */
export function registerCompactSchema(extra: CompactSchema): void {
	if (registered.has(extra.source)) return;
	registered.add(extra.source);
	for (const [apiVersion, kinds] of Object.entries(extra.kinds)) {
		if (Object.hasOwn(bundledSchema.kinds, apiVersion)) continue; // never shadow a built-in API
		extraKinds.set(apiVersion, { ...extraKinds.get(apiVersion), ...kinds });
	}
	for (const [id, def] of Object.entries(extra.types)) if (!Object.hasOwn(bundledSchema.types, id)) extraTypes.set(id, def);
}

const expressionCache = new Map<string, SchemaType>();
const objectCache = new Map<string, ObjectType>();

export function parseTypeExpression(expression: string): SchemaType {
	const cached = expressionCache.get(expression);
	if (cached) return cached;
	let type: SchemaType;
	if (expression.startsWith('[]')) type = { kind: 'array', items: parseTypeExpression(expression.slice(2)) };
	else if (expression.startsWith('{}')) type = { kind: 'map', values: parseTypeExpression(expression.slice(2)) };
	else if (expression.startsWith('@')) type = { kind: 'object', id: expression.slice(1) };
	else if (expression.startsWith('enum(')) {
		const list = expression.slice(5, -1).split('|');
		type = { kind: 'enum', values: new Set(list), list };
	} else if (expression.startsWith('string:')) type = { kind: 'string', format: expression.slice(7) };
	else if (expression === 'int32' || expression === 'int64') type = { kind: 'integer', bits: expression === 'int32' ? 32 : 64 };
	else if (expression === 'string' || expression === 'boolean' || expression === 'number' || expression === 'quantity' || expression === 'int-or-string') {
		type = { kind: expression };
	} else type = { kind: 'any' };
	expressionCache.set(expression, type);
	return type;
}

export function objectType(id: string): ObjectType | undefined {
	let type = objectCache.get(id);
	if (type) return type;
	// Own properties only: an apiVersion or kind such as "toString" must not find Object.prototype's members.
	const def = Object.hasOwn(bundledSchema.types, id) ? bundledSchema.types[id] : extraTypes.get(id);
	if (!def) return undefined;
	const fields = new Map<string, SchemaType>();
	for (const [name, expression] of Object.entries(def.f)) fields.set(name, parseTypeExpression(expression));
	type = { id, fields, required: def.r ?? [] };
	objectCache.set(id, type);
	return type;
}

/** Type id of a built-in kind, e.g. kindTypeId('apps/v1', 'Deployment') === 'apps.v1.Deployment'. */
export function kindTypeId(apiVersion: string, kind: string): string | undefined {
	const kinds = kindsOf(apiVersion);
	return kinds && Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
}

/** The built-in kinds of an apiVersion (own properties only, so "__proto__" or "toString" find nothing). */
export function kindsOf(apiVersion: string): Record<string, string> | undefined {
	return Object.hasOwn(bundledSchema.kinds, apiVersion) ? bundledSchema.kinds[apiVersion] : extraKinds.get(apiVersion);
}

/** Human-readable name of a schema type, for messages. */
export function describeType(type: SchemaType): string {
	switch (type.kind) {
		case 'string':
			return type.format ? `string (${type.format})` : 'string';
		case 'integer':
			return `integer (int${type.bits})`;
		case 'enum':
			return `one of ${type.list.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'object':
			return 'mapping (object)';
		case 'array':
			return 'list';
		case 'map':
			return 'mapping';
		case 'int-or-string':
			return 'integer or string';
		case 'quantity':
			return 'resource quantity';
		default:
			return type.kind;
	}
}
