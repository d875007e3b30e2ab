// The rule tables in docs/ are generated from the catalogues (npm run docs:rules): regenerating them
// must change nothing, and the generator must keep the prose and refuse a doc it cannot fill.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CIDR_RULES_DOC, MANIFEST_RULES_DOC, fillGeneratedBlocks, renderCidrRulesDoc, renderManifestRulesDoc } from '../../scripts/lib/rule-tables.ts';
import { RULE_LIST as CIDR_RULE_LIST } from '../../src/lib/cidr/rule-catalogue.ts';
import { RULES } from '../../src/lib/manifest/index.ts';
import { SEMANTIC_MODULES } from '../../src/lib/manifest/semantic/registry.ts';

const read = (file: string): string => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('generated rule tables', () => {
	it.each([
		[CIDR_RULES_DOC, renderCidrRulesDoc],
		[MANIFEST_RULES_DOC, renderManifestRulesDoc],
	] as const)('%s is what npm run docs:rules writes', (file, render) => {
		const doc = read(file);
		// On failure: run `npm run docs:rules` and commit the result.
		expect(render(doc)).toBe(doc);
	});

	it('lists every CIDR rule once, with its severity and source', () => {
		const doc = read(CIDR_RULES_DOC);
		for (const rule of CIDR_RULE_LIST) {
			const rows = doc.split('\n').filter((line) => line.startsWith(`| \`${rule.id}\` |`));
			expect(rows).toHaveLength(1);
			expect(rows[0]).toContain(`| ${rule.severity} |`);
			expect(rows[0]).toContain(rule.source);
		}
	});

	it('lists every manifest rule once, semantic rules under their module heading', () => {
		const doc = read(MANIFEST_RULES_DOC);
		for (const rule of RULES) expect(doc.split('\n').filter((line) => line.startsWith(`| \`${rule.id}\` |`))).toHaveLength(1);
		for (const module of SEMANTIC_MODULES) {
			const section = doc.slice(doc.indexOf(`(\`semantic/${module.file}\`)`));
			const next = section.indexOf('\n### ');
			const body = next < 0 ? section : section.slice(0, next);
			for (const rule of module.rules) expect(body).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
			for (const rule of module.rules) expect(body).toContain(rule.source!.replace(/\|/g, '\\|'));
		}
	});

	it('rewrites only the marked tables and keeps the prose', () => {
		const doc = ['Intro.', '<!-- BEGIN GENERATED rules:t old note -->', '| stale |', '<!-- END GENERATED -->', '', 'Outro | kept.'].join('\n');
		const out = fillGeneratedBlocks(doc, { t: () => '| Rule |\n| --- |\n| `a/b` |' }, 'x.md');
		expect(out.split('\n')[0]).toBe('Intro.');
		expect(out).toContain('| `a/b` |');
		expect(out).not.toContain('stale');
		expect(out.endsWith('\n\nOutro | kept.')).toBe(true);
		// Idempotent: a second run changes nothing.
		expect(fillGeneratedBlocks(out, { t: () => '| Rule |\n| --- |\n| `a/b` |' }, 'x.md')).toBe(out);
	});

	it('refuses unknown, missing, duplicate and unclosed tables', () => {
		const block = (name: string) => [`<!-- BEGIN GENERATED rules:${name} x -->`, '<!-- END GENERATED -->'];
		const t = { t: () => '' };
		expect(() => fillGeneratedBlocks(block('other').join('\n'), { ...t, other: () => '' }, 'x.md')).toThrow(/no marker for the generated table\(s\) t/);
		expect(() => fillGeneratedBlocks(block('u').join('\n'), t, 'x.md')).toThrow(/no generated table is called "u"/);
		expect(() => fillGeneratedBlocks([...block('t'), ...block('t')].join('\n'), t, 'x.md')).toThrow(/appears twice/);
		expect(() => fillGeneratedBlocks(block('t')[0]!, t, 'x.md')).toThrow(/has no <!-- END GENERATED -->/);
	});
});
