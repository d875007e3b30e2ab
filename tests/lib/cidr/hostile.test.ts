import { describe, expect, it } from 'vitest';
import { LIMITS, RULES, parseCidr } from '../../../src/lib/cidr/index.ts';
import { analyzePlan } from './helpers.ts';
import { WORDS as EN } from '../../../src/playgrounds/cidr/words-en.ts';
import { CATALOGUES } from '../../../src/playgrounds/cidr/messages-en.ts';

const WORDS = { ...EN, ...CATALOGUES };
import type { PlanInput } from '../../../src/lib/cidr/index.ts';
import { fieldDiagnostics, resultsView } from '../../../src/playgrounds/cidr/view.ts';
import { toHtml } from '../../../src/playgrounds/common/view-tree.ts';

const TEN_KB = 'A'.repeat(10 * 1024);

const hostile: Array<[name: string, value: string]> = [
	['empty', ''],
	['whitespace only', ' \t\n '],
	['10 kB of letters', TEN_KB],
	['10 kB of digits and dots', '1.'.repeat(5 * 1024)],
	['10 kB of leading zeros before a CIDR', `${'0'.repeat(10 * 1024)}10.0.0.0/8`],
	['10 kB prefix', `10.0.0.0/${'9'.repeat(10 * 1024)}`],
	['Unicode digits (Arabic-Indic)', '١٠.٠.٠.٠/٨'],
	['full-width digits', '１０.０.０.０/８'],
	['script tag', '<script>alert(1)</script>'],
	['script tag inside a CIDR', '10.0.0.0/8<script>alert(1)</script>'],
	['many commas', ','.repeat(10 * 1024)],
	['many CIDRs', Array.from({ length: 2000 }, (_, i) => `10.${i % 256}.0.0/16`).join(',')],
	['NUL and control characters', '10.0.0.0/8\u0000\u001b[31m'],
	['right-to-left override', '\u202e8/0.0.0.01'],
	['emoji', '🙂.0.0.0/8'],
	['colons only', ':'.repeat(10 * 1024)],
	['deep IPv6 nonsense', `${'ffff:'.repeat(2000)}:/64`],
	['JSON-looking', '{"pod":"10.0.0.0/8"}'],
	['prototype names', '__proto__'],
];

// No wall-clock limit here (timing goals live in `npm run bench`); a runaway analysis fails on the test timeout.
function assertBounded(input: PlanInput) {
	const r = analyzePlan(input);
	expect(r.ok).toBe(!r.diagnostics.some((d) => d.severity === 'error'));
	expect(r.diagnostics.length).toBeLessThan(40);
	for (const d of r.diagnostics) {
		for (const text of [d.text.en, d.text.zh]) {
			expect(text.length).toBeLessThan(1200);
			// No raw control, bidi or NUL characters reach a message.
			expect(text).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/u);
		}
	}
	expect(() => JSON.stringify(r)).not.toThrow();
	return r;
}

describe('hostile input never throws, stays bounded and is never echoed unbounded', () => {
	it.each(hostile)('%s in every list field', (_name, value) => {
		for (const field of ['pod', 'service', 'node'] as const) {
			const input: PlanInput = { pod: '10.100.0.0/16', service: '10.200.0.0/16', [field]: value };
			const r = assertBounded(input);
			if (value !== '' && !value.startsWith('0000')) expect(r.ok).toBe(false);
		}
	});

	it.each(hostile)('%s in the numeric fields', (_name, value) => {
		const r = assertBounded({ pod: '10.100.0.0/16', service: '10.200.0.0/16', nodeMaskV4: value, nodeMaskV6: value, maxPods: value });
		if (value.trim() !== '') expect(r.ok).toBe(false);
	});

	it('a 10 kB value is quoted to a short excerpt', () => {
		const r = analyzePlan({ pod: TEN_KB, service: '10.200.0.0/16' });
		const [d] = r.diagnostics.filter((x) => x.rule === RULES.parse.id);
		expect(d?.text.en).toContain('"AAAAAAAAAA');
		expect(d?.text.en).toContain('…"');
		expect(d?.text.en).not.toContain('A'.repeat(50));
		expect(d?.range).toEqual({ start: 0, end: TEN_KB.length });
	});

	it('a script tag is plain text in a bounded excerpt (rendering must still escape it)', () => {
		const r = analyzePlan({ pod: '<script>alert(1)</script>', service: '10.200.0.0/16' });
		const [d] = r.diagnostics.filter((x) => x.rule === RULES.parse.id);
		expect(d?.text.en).toContain('"<script>alert(1)</script>"');
	});

	it('control and bidi characters are escaped, not passed through', () => {
		const r = analyzePlan({ pod: '\u202e10.0.0.0/8', service: '10.200.0.0/16' });
		const [d] = r.diagnostics.filter((x) => x.rule === RULES.parse.id);
		expect(d?.text.en).toContain('\\u{202e}');
	});

	it('many commas: one too-many error and a bounded number of parse errors', () => {
		const r = analyzePlan({ pod: ','.repeat(10 * 1024), service: '10.200.0.0/16' });
		expect(r.diagnostics.filter((d) => d.rule === RULES.tooMany.id)).toHaveLength(1);
		const parse = r.diagnostics.filter((d) => d.rule === RULES.parse.id);
		expect(parse.length).toBe(9);
		expect(parse.filter((d) => d.index === undefined).map((d) => d.text.en)).toEqual([expect.stringContaining('10,233 more entries')]);
	});

	it('non-string values from a decoded URL hash do not throw', () => {
		const weird = { pod: 42, service: null, node: { toString: () => 'x' }, nodeMaskV4: [], maxPods: {} } as unknown as PlanInput;
		const r = analyzePlan(weird);
		expect(r.ok).toBe(false);
		expect(r.diagnostics.some((d) => d.rule === RULES.empty.id && d.field === 'service')).toBe(true);
	});

	it('Kubernetes accepts any number of leading zeros; we accept them up to the length cap', () => {
		expect(parseCidr(`${'0'.repeat(200)}10.0.0.0/8`)).toMatchObject({ ok: true, leadingZeros: true });
		expect(parseCidr(`${'0'.repeat(300)}10.0.0.0/8`)).toMatchObject({ ok: false, reason: 'too-long' });
	});
});

describe('a list far longer than Kubernetes accepts is analysed only up to a small bound', () => {
	const pasted = Array.from({ length: 1000 }, (_, i) => `10.${i % 250}.0.0/16`).join(',');

	it('keeps one too-many error that says how much was analysed, and bounded results', () => {
		const r = analyzePlan({ pod: pasted, service: '10.200.0.0/16' });
		const tooMany = r.diagnostics.filter((d) => d.rule === RULES.tooMany.id);
		expect(tooMany).toHaveLength(1);
		expect(tooMany[0]!.text.en).toContain('lists 1000 CIDRs');
		expect(tooMany[0]!.text.en).toContain(`Only the first ${LIMITS.maxAnalysedEntries} are analysed`);
		expect(tooMany[0]!.text.zh).toContain(`只分析前 ${LIMITS.maxAnalysedEntries} 个`);
		// Every finding is about the analysed entries (or the list as a whole), never about entry 9 onwards.
		expect(r.diagnostics.every((d) => d.index === undefined || d.index < LIMITS.maxAnalysedEntries || d.rule === RULES.tooMany.id)).toBe(true);
		expect(r.diagnostics.length).toBeLessThan(60);
	});

	it('renders the same number of elements for 1,000 entries as for the bound itself', () => {
		const tags = (n: number) => {
			const state = {
				pod: Array.from({ length: n }, () => '10.0.0.0/8').join(','),
				service: '10.200.0.0/16',
				node: '10.0.0.0/24',
				nodeMaskV4: '24',
				nodeMaskV6: '',
				maxPods: '110',
			};
			const result = analyzePlan(state);
			return toHtml([...resultsView(state as never, result, WORDS), ...fieldDiagnostics(result, 'pod', WORDS, state as never)]).split('<').length;
		};
		expect(tags(1000)).toBe(tags(LIMITS.maxAnalysedEntries + 1));
	});

	it('a list within the bound is analysed entry by entry as before', () => {
		const r = analyzePlan({ pod: '10.0.0.0/16,10.1.0.0/16,010.2.0.0/16', service: '10.200.0.0/16' });
		expect(r.diagnostics.some((d) => d.rule === RULES.leadingZeros.id && d.index === 2)).toBe(true);
	});
});
