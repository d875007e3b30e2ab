// The rule catalogue is the contract with the site's rule page and docs/manifest-rules.md (whose tables
// are generated from it: tests/scripts/rule-docs.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/manifest/index.ts';
import { enRules } from '../../../src/lib/manifest/messages/en/index.ts';
import { zhRules } from '../../../src/lib/manifest/messages/zh/index.ts';

const sourceDir = new URL('../../../src/lib/manifest/', import.meta.url);

describe('rule catalogue', () => {
	it('has unique ids, both languages and an explanation for every rule', () => {
		expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
		for (const rule of RULES) {
			expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
			for (const text of [enRules[rule.id].title, enRules[rule.id].explanation]) expect(text.length).toBeGreaterThan(3);
			for (const text of [zhRules[rule.id].title, zhRules[rule.id].explanation]) expect(text).toMatch(/[\u4e00-\u9fff]/);
		}
	});

	it('lists every rule id the source emits', () => {
		const ids = new Set<string>(RULES.map((r) => r.id));
		const emitted = new Set<string>();
		for (const file of readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })) {
			if (!file.endsWith('.ts')) continue;
			const source = readFileSync(new URL(file, sourceDir), 'utf8');
			for (const match of source.matchAll(/'((?:yaml|identity|schema|semantic|api|cross|bp|lint|crd|helm|kustomize)\/[a-z0-9-]+)'/g)) emitted.add(match[1]!);
		}
		expect([...emitted].filter((id) => !ids.has(id))).toEqual([]);
	});
});
