// Every Chinese page follows the kubernetes.io zh-cn localization guide's typography (see
// src/lib/content/zh-typography.ts for the rules and why a source line break matters).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, listPages } from '../../scripts/lib/content.ts';
import { checkChineseTypography } from '../../src/lib/content/zh-typography.ts';

const chinese = listPages().filter((p) => p.startsWith('zh-cn/'));

describe('Chinese typography', () => {
	it.each(chinese)('%s has no stray line breaks, CJK italics, nested parentheses or missing spaces', (page) => {
		const problems = checkChineseTypography(readFileSync(join(contentDir, page), 'utf8'));
		expect(problems.map((p) => `${page}:${p.line} ${p.rule} «${p.excerpt}»`)).toEqual([]);
	});
});
