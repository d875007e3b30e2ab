import { describe, expect, it } from 'vitest';
import { outlineOfSource, sameShape } from '../../../src/lib/content/heading-outline.ts';

describe('outlineOfSource', () => {
	it('lists section headings with GitHub-style anchors, skipping frontmatter, h1 and code', () => {
		const page = [
			'---',
			'title: T',
			'---',
			'# Title',
			'## 2013: Docker makes `containers` easy',
			'text',
			'```md',
			'## not a heading',
			'```',
			'### Four **words** first',
			'## Further reading',
		].join('\n');
		expect(outlineOfSource(page)).toEqual([
			{ depth: 2, text: '2013: Docker makes containers easy', slug: '2013-docker-makes-containers-easy' },
			{ depth: 3, text: 'Four words first', slug: 'four-words-first' },
			{ depth: 2, text: 'Further reading', slug: 'further-reading' },
		]);
	});

	it('numbers repeated headings like GitHub does', () => {
		expect(outlineOfSource('## Ports\n## Ports').map((e) => e.slug)).toEqual(['ports', 'ports-1']);
	});
});

describe('sameShape', () => {
	const en = outlineOfSource('## A\n### B\n## C');
	it('accepts the same depths with other words', () => {
		expect(sameShape(en, outlineOfSource('## 甲\n### 乙\n## 丙'))).toBe(true);
	});
	it('rejects a missing or re-levelled heading', () => {
		expect(sameShape(en, outlineOfSource('## 甲\n## 丙'))).toBe(false);
		expect(sameShape(en, outlineOfSource('## 甲\n## 乙\n## 丙'))).toBe(false);
	});
});
