// Generates the compact schema of the Gateway API (gateway.networking.k8s.io) that the manifest linter loads
// only when a paste has an object of that group (src/generated/gateway-api/schema.json, imported by schema.js).
//
// Source: the `@kubernetes-models/gateway-api` devDependency, generated from sigs.k8s.io/gateway-api's Go
// types. As scripts/generate-k8s-schema.ts does for the built-in kinds, it reads the `.d.ts` files (fields,
// TypeScript types, required-ness; string-literal unions become enums, type aliases are followed) and
// probes the package's compiled validators for integer widths and string formats. References to
// apimachinery types (ObjectMeta, Condition, LabelSelector, ListMeta) point at the bundled Kubernetes
// schema's own ids (meta.v1.*). The package does not carry the CRDs' CEL rules, patterns or bounds, so
// those are not checked for Gateway API objects (a miss, never a false error).
//
// Run: node_modules/.bin/node scripts/generate-gateway-api-schema.ts [--out <dir>]
// (tests/scripts/generated-schemas.test.ts regenerates into a temporary folder and compares).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { readModelDeclaration } from './lib/model-declaration.ts';
import { jsonModuleFiles, outputDir, writeFiles } from './lib/generated-module.ts';
import k8s from '../src/generated/k8s-schema/schema.js';

const GROUP = 'gateway.networking.k8s.io';
const root = new URL('..', import.meta.url).pathname;
const packageDir = join(root, 'node_modules/@kubernetes-models/gateway-api');
const modelsDir = join(packageDir, GROUP);
const schemasDir = join(packageDir, '_schemas');
const outDir = outputDir(join(root, 'src/generated/gateway-api'));

interface Parsed {
	id: string;
	localName: string;
	canonical: string;
	declaration: ts.InterfaceDeclaration | ts.TypeAliasDeclaration;
}

function listDts(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return listDts(full);
		return name.endsWith('.d.ts') && name !== 'index.d.ts' ? [full] : [];
	});
}

function parse(path: string): Parsed | undefined {
	const [version, file] = relative(modelsDir, path).split(sep);
	const model = readModelDeclaration(path);
	return model
		? { id: `${GROUP}.${version}.${file!.replace(/\.d\.ts$/, '')}`, localName: model.localName, canonical: model.canonical, declaration: model.declaration }
		: undefined;
}

const parsed = listDts(modelsDir)
	.map(parse)
	.filter((p): p is Parsed => p !== undefined);
const byCanonical = new Map(parsed.map((p) => [p.canonical, p]));
const types: Record<string, { f: Record<string, string>; r?: string[] }> = {};
const kinds: Record<string, Record<string, string>> = {};
const unknownSyntax = new Set<string>();

interface ProbeSite {
	typeId: string;
	field: string;
	canonical: string;
	suffix: '' | '/0' | '/k';
	leaf: 'number' | 'string';
}
const probes: ProbeSite[] = [];

/** apimachinery types by the bundled schema's ids; Time is a date-time string. */
function apimachinery(name: string): string | undefined {
	if (name === 'IIoK8sApimachineryPkgApisMetaV1Time' || name === 'IIoK8sApimachineryPkgApisMetaV1MicroTime') return 'string:date-time';
	const match = /^IIoK8sApimachineryPkgApisMetaV1(\w+)$/.exec(name);
	if (match && Object.hasOwn(k8s.types, `meta.v1.${match[1]}`)) return `@meta.v1.${match[1]}`;
	return undefined;
}

function typeExpression(node: ts.TypeNode, owner: Parsed, field: string, wrap: ProbeSite['suffix']): string {
	switch (node.kind) {
		case ts.SyntaxKind.StringKeyword:
			probes.push({ typeId: owner.id, field, canonical: owner.canonical, suffix: wrap, leaf: 'string' });
			return 'string';
		case ts.SyntaxKind.NumberKeyword:
			probes.push({ typeId: owner.id, field, canonical: owner.canonical, suffix: wrap, leaf: 'number' });
			return 'number';
		case ts.SyntaxKind.BooleanKeyword:
			return 'boolean';
		case ts.SyntaxKind.AnyKeyword:
		case ts.SyntaxKind.UnknownKeyword:
		case ts.SyntaxKind.ObjectKeyword:
			return 'any';
	}
	if (ts.isParenthesizedTypeNode(node)) return typeExpression(node.type, owner, field, wrap);
	if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return `enum(${node.literal.text})`;
	if (ts.isUnionTypeNode(node)) {
		const literals = node.types.filter((t): t is ts.LiteralTypeNode => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
		if (literals.length === node.types.length) return `enum(${literals.map((t) => (t.literal as ts.StringLiteral).text).join('|')})`;
		const kinds = new Set(node.types.map((t) => t.kind));
		if (kinds.size === 2 && kinds.has(ts.SyntaxKind.StringKeyword) && kinds.has(ts.SyntaxKind.NumberKeyword)) return 'int-or-string';
	}
	if (ts.isArrayTypeNode(node)) return `[]${typeExpression(node.elementType, owner, field, '/0')}`;
	if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
		const name = node.typeName.text;
		if (name === 'Array' && node.typeArguments?.length === 1) return `[]${typeExpression(node.typeArguments[0]!, owner, field, '/0')}`;
		if (name === 'Record' && node.typeArguments?.length === 2) return `{}${typeExpression(node.typeArguments[1]!, owner, field, '/k')}`;
		const external = apimachinery(name);
		if (external) return external;
		const target = byCanonical.get(name === owner.localName ? owner.canonical : name);
		if (target) {
			// A type alias (SectionName = string, PathMatchType = "Exact" | …) stands for its definition.
			if (ts.isTypeAliasDeclaration(target.declaration)) return typeExpression(target.declaration.type, owner, field, wrap);
			if (membersOf(target.declaration).length === 0) return 'any';
			return `@${target.id}`;
		}
	}
	if (ts.isTypeLiteralNode(node)) {
		const index = node.members.find(ts.isIndexSignatureDeclaration);
		if (index && node.members.length === 1) return `{}${typeExpression(index.type, owner, field, '/k')}`;
	}
	unknownSyntax.add(`${owner.id}.${field}: ${node.getText()}`);
	return 'any';
}

/** Own members and those of the interfaces it extends (Go's embedded structs: HTTPRouteSpec embeds CommonRouteSpec). */
function membersOf(declaration: ts.InterfaceDeclaration): ts.TypeElement[] {
	const inherited = (declaration.heritageClauses ?? []).flatMap((clause) =>
		clause.types.flatMap((t) => {
			const base = ts.isIdentifier(t.expression) ? byCanonical.get(t.expression.text) : undefined;
			return base && ts.isInterfaceDeclaration(base.declaration) ? membersOf(base.declaration) : [];
		}),
	);
	const own = new Set(declaration.members.map((m) => m.name?.getText()));
	return [...inherited.filter((m) => !own.has(m.name?.getText())), ...declaration.members];
}

for (const p of parsed) {
	const { declaration } = p;
	if (!ts.isInterfaceDeclaration(declaration)) continue;
	const members = membersOf(declaration);
	if (members.length === 0) continue;
	const def: { f: Record<string, string>; r?: string[] } = { f: {} };
	const required: string[] = [];
	for (const member of members) {
		if (!ts.isPropertySignature(member) || !member.type) continue;
		const name = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : member.name.getText();
		def.f[name] = typeExpression(member.type, p, name, '');
		if (!member.questionToken) required.push(name);
	}
	if (required.length) def.r = required;
	types[p.id] = def;
	const literal = (field: string) => {
		const member = declaration.members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && (m.name as ts.StringLiteral).text === field);
		return member?.type && ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal) ? member.type.literal.text : undefined;
	};
	const apiVersion = literal('apiVersion');
	const kind = literal('kind');
	if (apiVersion && kind) (kinds[apiVersion] ??= {})[kind] = p.id;
}

// Probe the compiled validators for integer widths and string formats, as generate-k8s-schema.ts does.
type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null };
const validators = new Map<string, Validator>();
async function validatorFor(canonical: string): Promise<Validator> {
	let validator = validators.get(canonical);
	if (!validator) {
		validator = ((await import(pathToFileURL(join(schemasDir, `${canonical.slice(1)}.js`)).href)) as { validate: Validator }).validate;
		validators.set(canonical, validator);
	}
	return validator;
}
const errorsAt = (validator: Validator, site: ProbeSite, value: unknown, pointer: string) => {
	validator({ [site.field]: site.suffix === '/0' ? [value] : site.suffix === '/k' ? { k: value } : value });
	return (validator.errors ?? []).filter((e) => e.instancePath === pointer);
};
for (const site of probes) {
	const validator = await validatorFor(site.canonical);
	const pointer = `/${site.field.replaceAll('~', '~0').replaceAll('/', '~1')}${site.suffix}`;
	let refined: string | undefined;
	if (site.leaf === 'number') {
		if (errorsAt(validator, site, 0.5, pointer).some((e) => e.keyword === 'type' && e.params.type === 'integer')) {
			refined = errorsAt(validator, site, 2 ** 40, pointer).some((e) => e.keyword === 'format' && e.params.format === 'int32') ? 'int32' : 'int64';
		}
	} else {
		const format = errorsAt(validator, site, '%% not a valid value %%', pointer).find((e) => e.keyword === 'format')?.params.format;
		// Only the formats the linter checks; the rest stay plain strings.
		if (format === 'date-time' || format === 'byte') refined = `string:${format}`;
	}
	if (!refined) continue;
	const def = types[site.typeId]!;
	const prefix = site.suffix === '/0' ? '[]' : site.suffix === '/k' ? '{}' : '';
	if (def.f[site.field] === `${prefix}${site.leaf}`) def.f[site.field] = `${prefix}${refined}`;
}

// Keep what the kinds reach.
const reachable = new Set<string>();
const stack = Object.values(kinds).flatMap((byKind) => Object.values(byKind));
while (stack.length) {
	const id = stack.pop()!;
	if (reachable.has(id) || !types[id]) continue;
	reachable.add(id);
	for (const expr of Object.values(types[id]!.f)) {
		const ref = /@(.+)$/.exec(expr);
		if (ref) stack.push(ref[1]!);
	}
}
const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
const schema = {
	kubernetesVersion: k8s.kubernetesVersion,
	source: `@kubernetes-models/gateway-api@${version}`,
	kinds: Object.fromEntries(
		Object.keys(kinds)
			.sort()
			.map((gv) => [gv, Object.fromEntries(Object.entries(kinds[gv]!).sort(([a], [b]) => a.localeCompare(b)))]),
	),
	types: Object.fromEntries([...reachable].sort().map((id) => [id, types[id]!])),
};

const banner = '// Generated by scripts/generate-gateway-api-schema.ts from the @kubernetes-models/gateway-api package. Do not edit.\n';
const declaration = "import type { CompactSchema } from '../../lib/manifest/schema-types.ts';\ndeclare const schema: CompactSchema;\nexport default schema;\n";
writeFiles(outDir, jsonModuleFiles('schema', banner, schema, declaration));
const kindCount = Object.values(schema.kinds).reduce((n, byKind) => n + Object.keys(byKind).length, 0);
console.log(
	`gateway api schema (${schema.source}): ${Object.keys(schema.kinds).length} group/versions, ${kindCount} kinds, ${reachable.size} types; schema.json ${statSync(join(outDir, 'schema.json')).size} B`,
);
if (unknownSyntax.size) console.warn(`treated as "any":\n  ${[...unknownSyntax].join('\n  ')}`);
