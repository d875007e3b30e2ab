// The rule tables of docs/cidr-rules.md and docs/manifest-rules.md, rendered from the rule catalogues.
// Each table sits between a pair of marker comments; everything outside them is hand-written prose.
// `npm run docs:rules` rewrites the tables, tests/scripts/rule-docs.test.ts fails when they are stale.
import { CONFIG_RULE_LIST } from '../../src/lib/cluster-config/read-config.ts';
import { RULE_LIST as CIDR_RULE_LIST } from '../../src/lib/cidr/rule-catalogue.ts';
import { CUSTOM_RESOURCE_RULES } from '../../src/lib/manifest/custom-resources/rules.ts';
import { RULES as MANIFEST_RULES } from '../../src/lib/manifest/rule-catalogue.ts';
import type { RuleInfo } from '../../src/lib/manifest/rule-catalogue.ts';
import { enRules } from '../../src/lib/manifest/messages/en/index.ts';
import { SEMANTIC_MODULES } from '../../src/lib/manifest/semantic/registry.ts';
import type { RuleLayer } from '../../src/lib/manifest/types.ts';

export const CIDR_RULES_DOC = 'docs/cidr-rules.md';
export const MANIFEST_RULES_DOC = 'docs/manifest-rules.md';

const BEGIN = /^<!-- BEGIN GENERATED rules:([a-z-]+) .*-->$/;
const END = '<!-- END GENERATED -->';
const beginMarker = (name: string): string => `<!-- BEGIN GENERATED rules:${name} (npm run docs:rules writes this table from the catalogue; do not edit) -->`;

/** A Markdown table cell: one line, and a "|" in the text must not end the cell. */
function cell(text: string): string {
	return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map((r) => line(r.map(cell)))].join('\n');
}

/** The English words of a rule (docs/ is written in English). */
const words = (id: string) => (enRules as Record<string, { title: string; explanation: string }>)[id] ?? { title: id, explanation: '' };

function manifestTable(rules: readonly RuleInfo[]): string {
	const withSource = rules.some((r) => r.source);
	const header = ['Rule', 'Severity', 'What', 'Why', ...(withSource ? ['Kubernetes source'] : [])];
	return table(
		header,
		rules.map((r) => [`\`${r.id}\``, r.severity, words(r.id).title, words(r.id).explanation, ...(withSource ? [r.source ?? '—'] : [])]),
	);
}

/** Replaces the body of every marked block with `render(name)`; unknown names and unclosed blocks are errors. */
export function fillGeneratedBlocks(doc: string, blocks: Readonly<Record<string, () => string>>, file: string): string {
	const lines = doc.split('\n');
	const out: string[] = [];
	const seen = new Set<string>();
	for (let i = 0; i < lines.length; i++) {
		const name = BEGIN.exec(lines[i]!)?.[1];
		if (!name) {
			out.push(lines[i]!);
			continue;
		}
		const render = blocks[name];
		if (!render) throw new Error(`${file}:${i + 1}: no generated table is called "${name}" (known: ${Object.keys(blocks).join(', ')})`);
		if (seen.has(name)) throw new Error(`${file}:${i + 1}: the table "${name}" appears twice`);
		const end = lines.indexOf(END, i + 1);
		if (end < 0) throw new Error(`${file}:${i + 1}: "${name}" has no ${END}`);
		seen.add(name);
		out.push(beginMarker(name), render(), END);
		i = end;
	}
	const missing = Object.keys(blocks).filter((name) => !seen.has(name));
	if (missing.length > 0) throw new Error(`${file}: no marker for the generated table(s) ${missing.join(', ')}; add "${beginMarker(missing[0]!)}" and "${END}" lines`);
	return out.join('\n');
}

export function renderCidrRulesDoc(doc: string): string {
	return fillGeneratedBlocks(
		doc,
		{
			cidr: () =>
				table(
					['Rule', 'Severity', 'Fields', 'Checks', 'Kubernetes source'],
					CIDR_RULE_LIST.map((r) => [`\`${r.id}\``, r.severity, r.fields.join(', '), r.summary, r.source]),
				),
			'kubeadm-config': () =>
				table(
					['Rule', 'Severity', 'Checks', 'Kubernetes source'],
					CONFIG_RULE_LIST.map((r) => [`\`${r.id}\``, r.severity, r.checks, r.source]),
				),
		},
		CIDR_RULES_DOC,
	);
}

/** The tables of docs/manifest-rules.md: one per layer, the semantic layer one per module under its own heading. */
export function manifestRuleGroups(): { name: string; render: () => string; rules: readonly RuleInfo[] }[] {
	const inModules = new Set([...SEMANTIC_MODULES.flatMap((m) => m.rules), ...CUSTOM_RESOURCE_RULES].map((r) => r.id));
	const layer = (name: string, l: RuleLayer) => {
		const rules = MANIFEST_RULES.filter((r) => r.layer === l && !inModules.has(r.id));
		return { name, rules, render: () => manifestTable(rules) };
	};
	return [
		layer('syntax', 'syntax'),
		layer('identity', 'identity'),
		layer('schema', 'schema'),
		{
			name: 'semantic',
			rules: SEMANTIC_MODULES.flatMap((m) => m.rules),
			// Headings are generated too, so that a new module cannot be left out of the page.
			render: () => SEMANTIC_MODULES.map((m) => `### ${m.title} (\`semantic/${m.file}\`)\n\n${manifestTable(m.rules)}`).join('\n\n'),
		},
		{ name: 'custom-resource', rules: CUSTOM_RESOURCE_RULES, render: () => manifestTable(CUSTOM_RESOURCE_RULES) },
		layer('api-version', 'api-version'),
		layer('cross-resource', 'cross-resource'),
		layer('best-practice', 'best-practice'),
	];
}

export function renderManifestRulesDoc(doc: string): string {
	const groups = manifestRuleGroups();
	const listed = groups.flatMap((g) => g.rules.map((r) => r.id));
	const unlisted = MANIFEST_RULES.filter((r) => !listed.includes(r.id)).map((r) => r.id);
	if (unlisted.length > 0) throw new Error(`${MANIFEST_RULES_DOC}: no table for ${unlisted.join(', ')}; give its layer a table in scripts/lib/rule-tables.ts`);
	return fillGeneratedBlocks(doc, Object.fromEntries(groups.map((g) => [g.name, g.render])), MANIFEST_RULES_DOC);
}
