// An input over the length limit is not read at all: the error and the verdict must say so, with the
// length, the limit and what to do, instead of implying that part of it was checked.
import { describe, expect, it } from 'vitest';
import { lintManifests } from '../../../src/lib/manifest/index.ts';
import { summaryText } from '../../../src/playgrounds/manifests/problems-view.ts';
import { enText, zhText } from './words.ts';
import { PLAYGROUND_TEXT } from '../../../src/playgrounds/manifests/texts.ts';

const big = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${'  key: value\n'.repeat(2000)}`;

describe('an input over the length limit', () => {
	const result = lintManifests(big, { maxInputLength: 10_000 });

	it('gets one error that says nothing was checked, the length, the limit and what to do, in both languages', () => {
		expect(result.diagnostics.map((d) => d.rule)).toEqual(['yaml/input-too-large']);
		const en = enText(result.diagnostics[0]!.message);
		const zh = zhText(result.diagnostics[0]!.message);
		expect(en).toContain('Not checked');
		expect(en).toContain(`${big.length.toLocaleString('en')} characters`);
		expect(en).toContain('the limit is 10,000');
		expect(en).toMatch(/Split it/);
		expect(en).not.toMatch(/at most [\d,]+ are checked/);
		expect(zh).toContain('未检查');
		expect(zh).toContain(big.length.toLocaleString('en'));
		expect(zh).toContain('10,000');
		expect(zh).toContain('拆分');
	});

	it('reports its length and the limit on the result, and the verdict claims no API-server judgement', () => {
		expect(result.tooLarge).toEqual({ length: big.length, limit: 10_000 });
		expect(result.documents).toEqual([]);
		const en = summaryText(result, PLAYGROUND_TEXT.en);
		expect(en).toMatch(/^Nothing was checked: the input is [\d,]+ characters long and this page checks at most 10,000\./);
		expect(en).toContain('npm run cli -- lint');
		expect(en).not.toContain('would reject');
		const zh = summaryText(result, PLAYGROUND_TEXT.zh);
		expect(zh).toMatch(/^未做任何检查：/);
		expect(zh).toContain('命令行工具');
	});

	it('is not set for an input within the limit', () => {
		const ok = lintManifests(big, { maxInputLength: big.length });
		expect(ok.tooLarge).toBeUndefined();
		expect(summaryText(ok, PLAYGROUND_TEXT.en)).not.toContain('Nothing was checked');
	});

	it('counts the limit without a leading byte-order mark', () => {
		expect(lintManifests(`\ufeff${'a'.repeat(100)}`, { maxInputLength: 100 }).tooLarge).toBeUndefined();
		expect(lintManifests('a'.repeat(101), { maxInputLength: 100 }).tooLarge).toEqual({ length: 101, limit: 100 });
	});
});
