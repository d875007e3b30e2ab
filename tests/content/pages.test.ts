// Content rules that hold for every page: each page has a twin in the other language, and the
// twins carry the same diagrams. A missing twin makes Starlight index English fallback text
// into the Chinese search index, so it is a bug, not a gap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, listPages } from '../../scripts/lib/content.ts';
import { outlineOfSource } from '../../src/lib/content/heading-outline.ts';
import { findDiagramBlocks } from '../../src/lib/diagrams/source.ts';

const pages = listPages();
const english = pages.filter((p) => !p.startsWith('zh-cn/'));
const chinese = pages.filter((p) => p.startsWith('zh-cn/')).map((p) => p.slice('zh-cn/'.length));

function frontmatter(file: string): string {
	return /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(contentDir, file), 'utf8'))?.[1] ?? '';
}

describe('bilingual content', () => {
	it('has pages', () => {
		expect(english.length).toBeGreaterThan(1);
	});

	it('gives every English page a Chinese twin and every Chinese page an English one', () => {
		expect(english.filter((p) => !chinese.includes(p)).map((p) => `zh-cn/${p}`)).toEqual([]);
		expect(chinese.filter((p) => !english.includes(p))).toEqual([]);
	});

	it.each(english)('%s and its twin have the same number of diagrams', (page) => {
		const count = (file: string) => findDiagramBlocks(readFileSync(join(contentDir, file), 'utf8')).length;
		expect(count(`zh-cn/${page}`)).toBe(count(page));
	});

	it.each(pages)('%s has a title and a description', (page) => {
		const fm = frontmatter(page);
		expect(fm).toMatch(/^title: \S/m);
		expect(fm).toMatch(/^description: \S/m);
	});

	it.each(english)('%s and its twin sit at the same place in the sidebar', (page) => {
		const order = (file: string) => /^\s+order:\s*(\d+)/m.exec(frontmatter(file))?.[1];
		expect(order(`zh-cn/${page}`)).toBe(order(page));
	});

	// Anchors are shared by position (src/markdown/remark-heading-ids.ts), so twins need one outline.
	it.each(english)('%s and its twin have the same heading outline', (page) => {
		const depths = (file: string) => outlineOfSource(readFileSync(join(contentDir, file), 'utf8')).map((e) => `h${e.depth}`);
		expect(depths(`zh-cn/${page}`)).toEqual(depths(page));
	});
});
