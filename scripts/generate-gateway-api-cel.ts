// Generates the x-kubernetes-validations (CEL) rules of the Gateway API CRDs that the manifest linter runs on
// Gateway API objects (src/generated/gateway-api/cel.js), next to the field schema that
// scripts/generate-gateway-api-schema.ts derives from the @kubernetes-models/gateway-api package (which
// carries no CEL rules).
//
// Source: the CRD YAMLs the gateway-api project ships (config/crd/experimental in kubernetes-sigs/gateway-api,
// the channel whose fields the npm models describe) for the release the npm models were generated from
// (v1.5.x for @kubernetes-models/gateway-api 2.0.0: TCPRoute and UDPRoute still v1alpha2 only). The
// directory is an argument: nothing is downloaded.
//
// Each served version's openAPIV3Schema is pruned to what CEL evaluation needs: the path down to every
// node with rules (properties, items, additionalProperties), and below a node with rules its whole subtree
// with type, default and nullable (CEL sees defaults applied). Descriptions, patterns, enums and bounds are
// dropped (the field schema and the semantic layer judge those). Transition rules (oldSelf) are dropped:
// the server evaluates them only on updates. Rules the linter's CEL engine cannot compile are dropped
// too and listed on the console (a miss, never a false error).
//
// Run: node_modules/.bin/node scripts/generate-gateway-api-cel.ts <gateway-api checkout>/config/crd/experimental <tag>
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAllDocuments } from 'yaml';
import { createCelEngine } from '../src/lib/manifest/custom-resources/cel-engine.ts';
import gateway from '../src/generated/gateway-api/schema.js';

const [dir, tag] = process.argv.slice(2);
if (!dir || !tag) {
	console.error('usage: generate-gateway-api-cel.ts <config/crd/experimental directory> <gateway-api tag>');
	process.exit(2);
}

interface Rule {
	rule: string;
	message?: string;
	messageExpression?: string;
	fieldPath?: string;
	reason?: string;
}
interface Schema {
	type?: string;
	default?: unknown;
	nullable?: boolean;
	'x-kubernetes-int-or-string'?: boolean;
	properties?: Record<string, Schema>;
	items?: Schema;
	additionalProperties?: Schema | boolean;
	'x-kubernetes-validations'?: Rule[];
}

const engine = createCelEngine();
const dropped: string[] = [];
let kept = 0;

function rulesOf(schema: Schema, where: string): Rule[] {
	const out: Rule[] = [];
	for (const r of schema['x-kubernetes-validations'] ?? []) {
		if (typeof r.rule !== 'string' || /\boldSelf\b/.test(r.rule)) continue;
		try {
			engine.compile(r.rule);
		} catch (error) {
			dropped.push(`${where}: ${r.rule.replace(/\s+/g, ' ').slice(0, 120)} (${String((error as Error).message).split('\n')[0]})`);
			continue;
		}
		const rule: Rule = { rule: r.rule };
		for (const key of ['message', 'messageExpression', 'fieldPath', 'reason'] as const) if (typeof r[key] === 'string') rule[key] = r[key];
		out.push(rule);
	}
	kept += out.length;
	return out;
}

/** The whole subtree with what celValue() reads (below a node with rules). */
function full(schema: Schema, where: string): Schema {
	const out: Schema = {};
	if (schema.type) out.type = schema.type;
	if (schema.default !== undefined) out.default = schema.default;
	if (schema.nullable) out.nullable = true;
	if (schema['x-kubernetes-int-or-string']) out['x-kubernetes-int-or-string'] = true;
	const rules = rulesOf(schema, where);
	if (rules.length) out['x-kubernetes-validations'] = rules;
	if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, full(v, `${where}.${k}`)]));
	if (schema.items) out.items = full(schema.items, `${where}[]`);
	if (typeof schema.additionalProperties === 'object') out.additionalProperties = full(schema.additionalProperties, `${where}{}`);
	return out;
}

function hasRules(schema: Schema | undefined): boolean {
	if (!schema) return false;
	if ((schema['x-kubernetes-validations'] ?? []).some((r) => typeof r.rule === 'string' && !/\boldSelf\b/.test(r.rule))) return true;
	return Object.values(schema.properties ?? {}).some(hasRules) || hasRules(schema.items) || (typeof schema.additionalProperties === 'object' && hasRules(schema.additionalProperties));
}

/** Only the paths that lead to rules; undefined when none is below. */
function pruned(schema: Schema, where: string): Schema | undefined {
	if (!hasRules(schema)) return undefined;
	if ((schema['x-kubernetes-validations'] ?? []).length) {
		const subtree = full(schema, where);
		return subtree['x-kubernetes-validations'] || hasRules(subtree) ? subtree : undefined;
	}
	const out: Schema = {};
	if (schema.type) out.type = schema.type;
	for (const [k, v] of Object.entries(schema.properties ?? {})) {
		const p = pruned(v, `${where}.${k}`);
		if (p) (out.properties ??= {})[k] = p;
	}
	if (schema.items) {
		const p = pruned(schema.items, `${where}[]`);
		if (p) out.items = p;
	}
	if (typeof schema.additionalProperties === 'object') {
		const p = pruned(schema.additionalProperties, `${where}{}`);
		if (p) out.additionalProperties = p;
	}
	return out.properties || out.items || out.additionalProperties ? out : undefined;
}

const served = new Set(Object.entries(gateway.kinds).flatMap(([gv, kinds]) => Object.keys(kinds).map((k) => `${gv} ${k}`)));
const schemas: Schema[] = [];
const byText = new Map<string, number>();
const kinds: Record<string, Record<string, number>> = {};
for (const name of readdirSync(dir).filter((f) => f.startsWith('gateway.networking.k8s.io_') && f.endsWith('.yaml')).sort()) {
	type Crd = { kind?: string; spec?: { group: string; names: { kind: string }; versions: { name: string; served: boolean; schema?: { openAPIV3Schema?: Schema } }[] } };
	const crd = parseAllDocuments(readFileSync(join(dir, name), 'utf8')).map((d) => d.toJS() as Crd).find((d) => d?.kind === 'CustomResourceDefinition');
	if (!crd?.spec) continue;
	const { group, names, versions } = crd.spec;
	for (const version of versions) {
		const apiVersion = `${group}/${version.name}`;
		if (!version.served || !served.has(`${apiVersion} ${names.kind}`) || !version.schema?.openAPIV3Schema) continue;
		const schema = pruned(version.schema.openAPIV3Schema, `${names.kind}(${version.name})`);
		if (!schema) continue;
		const textForm = JSON.stringify(schema);
		let index = byText.get(textForm);
		if (index === undefined) {
			index = schemas.push(schema) - 1;
			byText.set(textForm, index);
		}
		(kinds[apiVersion] ??= {})[names.kind] = index;
	}
}

const outDir = new URL('../src/generated/gateway-api/', import.meta.url).pathname;
mkdirSync(outDir, { recursive: true });
const banner = '// Generated by scripts/generate-gateway-api-cel.ts from the Gateway API CRDs (kubernetes-sigs/gateway-api, Apache-2.0). Do not edit.\n';
const body = [
	'{',
	`"source": ${JSON.stringify(`kubernetes-sigs/gateway-api ${tag} config/crd/experimental`)},`,
	`"kinds": ${JSON.stringify(Object.fromEntries(Object.keys(kinds).sort().map((gv) => [gv, Object.fromEntries(Object.entries(kinds[gv]!).sort(([a], [b]) => a.localeCompare(b)))])))},`,
	'"schemas": [',
	schemas.map((s) => JSON.stringify(s)).join(',\n'),
	']',
	'}',
].join('\n');
writeFileSync(join(outDir, 'cel.js'), `${banner}export default ${body};\n`);
writeFileSync(
	join(outDir, 'cel.d.ts'),
	`${banner}import type { BundledCelSchemas } from '../../lib/manifest/custom-resources/bundled-cel.ts';\ndeclare const cel: BundledCelSchemas;\nexport default cel;\n`,
);
const size = statSync(join(outDir, 'cel.js')).size;
console.log(`gateway api CEL (${tag}): ${kept} rules kept, ${dropped.length} not compilable, ${schemas.length} distinct schemas; cel.js ${size} B (${gzipSync(readFileSync(join(outDir, 'cel.js'))).length} B gzipped)`);
if (dropped.length) console.warn(`not compilable by the linter's CEL engine (dropped):\n  ${dropped.join('\n  ')}`);
