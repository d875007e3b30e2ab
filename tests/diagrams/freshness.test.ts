// The build reads committed SVGs; this test is what notices when a page's diagram changed
// (or Mermaid, or the palette) and nobody re-rendered it.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectDiagrams } from '../../scripts/lib/content.ts';
import { readDiagramText } from '../../src/lib/diagrams/source.ts';
import { diagramThemes } from '../../src/lib/diagrams/themes.ts';
import { readRender, renderedDir, renderedPath, renderKey } from '../../src/markdown/diagram-store.ts';

const diagrams = collectDiagrams();

describe('diagrams', () => {
	it('exist in the pages', () => {
		expect(diagrams.length).toBeGreaterThan(0);
	});

	it.each(diagrams.map((d) => [`${d.file}:${d.line}`, d] as const))('%s has a title and a text description', (_where, d) => {
		expect(readDiagramText(d.code).problems).toEqual([]);
	});

	it.each(diagrams.map((d) => [`${d.file}:${d.line}`, d] as const))('%s is rendered for every theme', (where, d) => {
		const { key, renders } = readRender(d.code);
		if (!renders) expect.fail(`diagram ${where} is stale, run npm run diagrams`);
		// One render that follows both themes, or (when Mermaid drew them differently) one per theme.
		expect(renders.map((r) => r.theme)).toEqual(existsSync(renderedPath(key)) ? ['both'] : diagramThemes);
		for (const { svg } of renders) {
			expect(svg.startsWith('<svg')).toBe(true);
			expect(svg).not.toMatch(/<script|\bon[a-z]+=|https?:\/\/(?!www\.w3\.org\/)/i);
		}
	});

	it('keeps no render that no page uses', () => {
		const wanted = new Set(
			diagrams.flatMap((d) => {
				const key = renderKey(d.code);
				return existsSync(renderedPath(key)) ? [`${key}.svg`] : diagramThemes.map((t) => `${key}.${t}.svg`);
			}),
		);
		const orphans = readdirSync(renderedDir).filter((f) => !wanted.has(f));
		expect(orphans, 'unused renders: run npm run diagrams to delete them').toEqual([]);
	});
});
