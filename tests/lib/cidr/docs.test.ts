import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_LIST } from '../../../src/lib/cidr/rule-catalogue.ts';

const doc = readFileSync(new URL('../../../docs/cidr-rules.md', import.meta.url), 'utf8');

describe('docs/cidr-rules.md', () => {
	it.each(RULE_LIST.map((r) => [r.id, r.severity] as const))('documents %s as %s', (id, severity) => {
		expect(doc).toContain(`| \`${id}\` | ${severity} |`);
	});

	it.each(RULE_LIST.map((r) => [r.id, r.source] as const))('documents %s with the source the catalogue cites', (id, source) => {
		const row = doc.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
		expect(row).toContain(source);
	});

	it('lists no rule that the code does not have', () => {
		const documented = [...doc.matchAll(/^\| `(cidr\/[a-z0-9-]+)`/gm)].map((m) => m[1]);
		expect(documented.sort()).toEqual(RULE_LIST.map((r) => r.id).sort());
	});
});
