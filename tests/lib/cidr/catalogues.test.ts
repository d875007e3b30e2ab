// The CIDR catalogues: every rule has its words in both languages, every message id formats in both, and
// an unknown id comes out as itself.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/cidr/index.ts';
import { en } from '../../../src/lib/cidr/messages/en.ts';
import { zh } from '../../../src/lib/cidr/messages/zh.ts';
import { enRules } from '../../../src/lib/cidr/messages/rules-en.ts';
import { zhRules } from '../../../src/lib/cidr/messages/rules-zh.ts';
import { formatMessage } from '../../../src/lib/i18n/index.ts';
import { analyzePlan } from './helpers.ts';

const CJK = /[\u4e00-\u9fff]/u;

describe('CIDR catalogues', () => {
	it('every rule has a title and an explanation in both languages', () => {
		for (const { id } of Object.values(RULES)) {
			expect(enRules[id].title, id).toMatch(/^[A-Z]/);
			expect(enRules[id].explanation, id).not.toMatch(CJK);
			expect(zhRules[id].title, id).toMatch(CJK);
			expect(zhRules[id].explanation, id).toMatch(CJK);
		}
	});

	it('every message id of a rule starts with that rule’s id', () => {
		const ids = new Set<string>(Object.values(RULES).map((r) => r.id));
		for (const id of Object.keys(en)) expect(ids.has(id.split(':')[0]!), id).toBe(true);
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
	});

	it('formats counts with Intl grouping and plural forms in English', () => {
		const r = analyzePlan({ pod: '10.0.0.0/8', service: '10.96.0.0/12' });
		expect(r.diagnostics.find((d) => d.rule === 'cidr/overlap')!.text.en).toContain('4,096 of 65,536 /24 ranges');
		const one = analyzePlan({ pod: '10.100.0.0/24', service: '10.200.0.0/16' });
		expect(one.diagnostics.find((d) => d.rule === 'cidr/few-nodes')!.text.en).toContain('yields only 1 usable /24 per-node range. ');
	});

	it('an id the catalogue does not know comes out as the id', () => {
		expect(formatMessage(en, { id: 'cidr/from-the-future', params: {} })).toBe('cidr/from-the-future');
	});
});
