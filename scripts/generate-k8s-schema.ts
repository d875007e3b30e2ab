// Generates the compact Kubernetes schema that the manifest linter walks (src/generated/k8s-schema/).
//
// Source of truth: the `kubernetes-models` package (devDependency). Its `.d.ts` files carry every field,
// its TypeScript type, whether it is required and its documentation; its compiled Ajv validators
// (`_schemas/*.js`) know what the `.d.ts` cannot say: whether a `number` is an integer (int32/int64) and
// which string format (date-time, byte, …) a field has. We read the former syntactically and probe the
// latter by calling the validators with deliberately wrong values. Nothing is fetched from the network.
//
// Run: node_modules/.bin/node scripts/generate-k8s-schema.ts [--out <dir>]
// Output: schema.json (structure, loaded by the linter) and docs.json (field docs, for hover/completion),
// each imported by a .js module with a .d.ts beside it (scripts/lib/generated-module.ts). See
// docs/upgrading-kubernetes-schema.md; tests/scripts/generated-schemas.test.ts regenerates and compares.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { readModelDeclaration } from './lib/model-declaration.ts';
import type { ModelDeclaration } from './lib/model-declaration.ts';
import { jsonModuleFiles, outputDir, writeFiles } from './lib/generated-module.ts';

/** The Kubernetes minor release that kubernetes-models 5.x was generated from (checked by hand; see the upgrade doc). */
const KUBERNETES_VERSION = '1.36';

const root = new URL('..', import.meta.url).pathname;
const modelsDir = join(root, 'node_modules/kubernetes-models');
const machineryDir = join(root, 'node_modules/@kubernetes-models/apimachinery');
const outDir = outputDir(join(root, 'src/generated/k8s-schema'));

interface SourceFile {
	/** Short, readable type id, e.g. `apps.v1.Deployment`, `core.v1.Container`, `meta.v1.ObjectMeta`. */
	id: string;
	path: string;
	/** Directory holding the package's compiled validators for this file's types. */
	schemasDir: string;
}

function listDts(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			if (name !== '_schemas' && name !== 'node_modules') out.push(...listDts(full));
		} else if (name.endsWith('.d.ts') && name !== 'index.d.ts') out.push(full);
	}
	return out;
}

function collectFiles(): SourceFile[] {
	const files: SourceFile[] = [];
	for (const path of listDts(modelsDir)) {
		const parts = relative(modelsDir, path).split(sep);
		const name = parts.at(-1)!.replace(/\.d\.ts$/, '');
		// kubernetes-models/v1/Pod.d.ts is the core group; kubernetes-models/apps/v1/Deployment.d.ts is group apps.
		const group = parts.length === 2 ? 'core' : parts[0]!;
		const version = parts.length === 2 ? parts[0]! : parts[1]!;
		files.push({ id: `${group}.${version}.${name}`, path, schemasDir: join(modelsDir, '_schemas') });
	}
	for (const path of listDts(machineryDir)) {
		const parts = relative(machineryDir, path).split(sep);
		const name = parts.at(-1)!.replace(/\.d\.ts$/, '');
		// apis/meta/v1/ObjectMeta -> meta.v1.ObjectMeta; api/resource/Quantity -> resource.Quantity
		const middle = parts.slice(0, -1).filter((p) => p !== 'apis' && p !== 'api');
		files.push({ id: [...middle, name].join('.'), path, schemasDir: join(machineryDir, '_schemas') });
	}
	return files;
}

interface Parsed extends ModelDeclaration {
	file: SourceFile;
}

function parse(file: SourceFile): Parsed | undefined {
	const model = readModelDeclaration(file.path);
	return model ? { file, ...model } : undefined;
}

function docOf(node: ts.Node): string | undefined {
	const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
	const comment = docs?.at(-1)?.comment;
	if (!comment) return undefined;
	const text = typeof comment === 'string' ? comment : comment.map((part) => part.text).join('');
	return text.trim() || undefined;
}

// Types with a wire format of their own, not a nested object.
const specialTypes: Record<string, string> = {
	IIoK8sApimachineryPkgApiResourceQuantity: 'quantity',
	IIoK8sApimachineryPkgUtilIntstrIntOrString: 'int-or-string',
	IIoK8sApimachineryPkgApisMetaV1Time: 'string:date-time',
	IIoK8sApimachineryPkgApisMetaV1MicroTime: 'string:date-time',
};

interface TypeDef {
	/** Field name -> type expression (see src/lib/manifest/schema-types.ts). */
	f: Record<string, string>;
	/** Required field names. */
	r?: string[];
}

interface DocEntry {
	[field: string]: string;
}

const files = collectFiles();
const parsed = files.map(parse).filter((p): p is Parsed => p !== undefined);
const idByCanonical = new Map(parsed.map((p) => [p.canonical, p.file.id]));
const emptyInterfaces = new Set(parsed.filter((p) => ts.isInterfaceDeclaration(p.declaration) && p.declaration.members.length === 0).map((p) => p.canonical));

const types: Record<string, TypeDef> = {};
const docs: Record<string, DocEntry> = {};
const kinds: Record<string, Record<string, string>> = {};
const unknownSyntax = new Set<string>();

/** Number/string leaves whose exact type must be probed with the compiled validator. */
interface ProbeSite {
	typeId: string;
	field: string;
	schemasDir: string;
	canonical: string;
	/** JSON pointer suffix after `/field` to reach the leaf: '' (scalar), '/0' (array item), '/k' (map value). */
	suffix: '' | '/0' | '/k';
	leaf: 'number' | 'string';
}
const probes: ProbeSite[] = [];

function typeExpression(node: ts.TypeNode, owner: Parsed, field: string, wrap: ProbeSite['suffix']): string {
	switch (node.kind) {
		case ts.SyntaxKind.StringKeyword:
			probes.push(probeSite(owner, field, wrap, 'string'));
			return 'string';
		case ts.SyntaxKind.NumberKeyword:
			probes.push(probeSite(owner, field, wrap, 'number'));
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
		if (literals.length === node.types.length) {
			return `enum(${literals.map((t) => (t.literal as ts.StringLiteral).text).join('|')})`;
		}
		const kinds = new Set(node.types.map((t) => t.kind));
		if (kinds.size === 2 && kinds.has(ts.SyntaxKind.StringKeyword) && kinds.has(ts.SyntaxKind.NumberKeyword)) return 'int-or-string';
	}
	if (ts.isArrayTypeNode(node)) return `[]${typeExpression(node.elementType, owner, field, '/0')}`;
	if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
		const name = node.typeName.text;
		if (name === 'Array' && node.typeArguments?.length === 1) return `[]${typeExpression(node.typeArguments[0]!, owner, field, '/0')}`;
		if (name === 'Record' && node.typeArguments?.length === 2) return `{}${typeExpression(node.typeArguments[1]!, owner, field, '/k')}`;
		const canonical = name === owner.localName ? owner.canonical : name;
		const special = specialTypes[canonical];
		if (special) return special;
		if (emptyInterfaces.has(canonical)) return 'any';
		const id = idByCanonical.get(canonical);
		if (id) return `@${id}`;
	}
	if (ts.isTypeLiteralNode(node)) {
		const index = node.members.find(ts.isIndexSignatureDeclaration);
		if (index && node.members.length === 1) return `{}${typeExpression(index.type, owner, field, '/k')}`;
		if (!index) {
			// Anonymous nested object: give it an id of its own.
			const id = `${owner.file.id}.${field}`;
			defineObject(id, node.members, owner, undefined);
			return `@${id}`;
		}
	}
	unknownSyntax.add(`${owner.file.id}.${field}: ${node.getText()}`);
	return 'any';
}

function probeSite(owner: Parsed, field: string, suffix: ProbeSite['suffix'], leaf: ProbeSite['leaf']): ProbeSite {
	return { typeId: owner.file.id, field, schemasDir: owner.file.schemasDir, canonical: owner.canonical, suffix, leaf };
}

function defineObject(id: string, members: ts.NodeArray<ts.TypeElement>, owner: Parsed, typeDoc: string | undefined): void {
	const def: TypeDef = { f: {} };
	const required: string[] = [];
	const entry: DocEntry = {};
	if (typeDoc) entry[''] = typeDoc;
	for (const member of members) {
		if (!ts.isPropertySignature(member) || !member.type) continue;
		const name = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : member.name.getText();
		def.f[name] = typeExpression(member.type, owner, name, '');
		if (!member.questionToken) required.push(name);
		const doc = docOf(member);
		if (doc) entry[name] = doc;
	}
	if (required.length) def.r = required;
	types[id] = def;
	if (Object.keys(entry).length) docs[id] = entry;
}

for (const p of parsed) {
	const { declaration } = p;
	if (ts.isTypeAliasDeclaration(declaration)) continue; // Quantity, IntOrString, Time, MicroTime: special wire types
	if (declaration.members.length === 0) continue; // RawExtension, JSON, FieldsV1 …: any value
	defineObject(p.file.id, declaration.members, p, docOf(declaration));
	// A top-level kind declares apiVersion and kind as string literals.
	const literal = (field: string) => {
		const member = declaration.members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && (m.name as ts.StringLiteral).text === field);
		return member?.type && ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal) ? member.type.literal.text : undefined;
	};
	const apiVersion = literal('apiVersion');
	const kind = literal('kind');
	if (apiVersion && kind) (kinds[apiVersion] ??= {})[kind] = p.file.id;
}

// Probe the compiled validators: is a `number` an integer (and of which width), does a `string` have a format?
type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null };
const validatorCache = new Map<string, Validator>();
async function validatorFor(site: ProbeSite): Promise<Validator> {
	const file = join(site.schemasDir, `${site.canonical.slice(1)}.js`);
	let validator = validatorCache.get(file);
	if (!validator) {
		validator = ((await import(pathToFileURL(file).href)) as { validate: Validator }).validate;
		validatorCache.set(file, validator);
	}
	return validator;
}

function wrapValue(site: ProbeSite, value: unknown): Record<string, unknown> {
	const leaf = site.suffix === '/0' ? [value] : site.suffix === '/k' ? { k: value } : value;
	return { [site.field]: leaf };
}

function errorsAt(validator: Validator, data: unknown, pointer: string) {
	validator(data);
	return (validator.errors ?? []).filter((e) => e.instancePath === pointer);
}

for (const site of probes) {
	const validator = await validatorFor(site);
	const pointer = `/${site.field.replaceAll('~', '~0').replaceAll('/', '~1')}${site.suffix}`;
	const def = types[site.typeId]!;
	let refined: string | undefined;
	if (site.leaf === 'number') {
		const fraction = errorsAt(validator, wrapValue(site, 0.5), pointer);
		if (fraction.some((e) => e.keyword === 'type' && e.params.type === 'integer')) {
			const wide = errorsAt(validator, wrapValue(site, 2 ** 40), pointer);
			refined = wide.some((e) => e.keyword === 'format' && e.params.format === 'int32') ? 'int32' : 'int64';
		}
	} else {
		const odd = errorsAt(validator, wrapValue(site, '%% not a valid value %%'), pointer);
		const format = odd.find((e) => e.keyword === 'format')?.params.format;
		if (typeof format === 'string') refined = `string:${format}`;
	}
	if (!refined) continue;
	const current = def.f[site.field]!;
	const prefix = site.suffix === '/0' ? '[]' : site.suffix === '/k' ? '{}' : '';
	def.f[site.field] = current.replace(new RegExp(`^${prefix.replace(/[[\]{}]/g, '\\$&')}${site.leaf}$`), `${prefix}${refined}`);
}

// Drop types no kind can reach (the package also ships list/response helper types we never walk).
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
const sortedIds = [...reachable].sort();
const outTypes = Object.fromEntries(sortedIds.map((id) => [id, types[id]!]));
const outDocs = Object.fromEntries(sortedIds.filter((id) => docs[id]).map((id) => [id, docs[id]!]));
const sortedKinds = Object.fromEntries(
	Object.keys(kinds)
		.sort()
		.map((gv) => [gv, Object.fromEntries(Object.entries(kinds[gv]!).sort(([a], [b]) => a.localeCompare(b)))]),
);

const modelsVersion = (JSON.parse(readFileSync(join(modelsDir, 'package.json'), 'utf8')) as { version: string }).version;
const machineryVersion = (JSON.parse(readFileSync(join(machineryDir, 'package.json'), 'utf8')) as { version: string }).version;
const schema = {
	kubernetesVersion: KUBERNETES_VERSION,
	source: `kubernetes-models@${modelsVersion}, @kubernetes-models/apimachinery@${machineryVersion}`,
	kinds: sortedKinds,
	types: outTypes,
};

const banner = '// Generated by scripts/generate-k8s-schema.ts from the kubernetes-models package. Do not edit.\n';
const declaration = (type: string, name: string) =>
	`import type { ${type} } from '../../lib/manifest/schema-types.ts';\ndeclare const ${name}: ${type};\nexport default ${name};\n`;
writeFiles(outDir, {
	...jsonModuleFiles('schema', banner, schema, declaration('CompactSchema', 'schema')),
	...jsonModuleFiles('docs', banner, outDocs, declaration('SchemaDocs', 'docs')),
});

const size = (name: string) => statSync(join(outDir, name)).size;
const kindCount = Object.values(sortedKinds).reduce((n, byKind) => n + Object.keys(byKind).length, 0);
console.log(
	`k8s schema ${KUBERNETES_VERSION}: ${Object.keys(sortedKinds).length} group/versions, ${kindCount} kinds, ${sortedIds.length} types; ` +
		`schema.json ${size('schema.json')} B, docs.json ${size('docs.json')} B`,
);
if (unknownSyntax.size) console.warn(`treated as "any" (unrecognised TypeScript syntax):\n  ${[...unknownSyntax].join('\n  ')}`);
