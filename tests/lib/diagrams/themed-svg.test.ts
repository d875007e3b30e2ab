import { describe, expect, it } from 'vitest';
import { collectDiagrams } from '../../../scripts/lib/content.ts';
import { isThemedSvg, mergeThemeRenders, resolveThemedSvg } from '../../../src/lib/diagrams/themed-svg.ts';
import { readRender } from '../../../src/markdown/diagram-store.ts';

const drawing = (text: string, node: string, extra = '') =>
	`<svg id="dgm-k" viewBox="0 0 10 10"><style>#dgm-k{fill:${text};}#dgm-k .node rect{fill:${node};stroke:#888b96;}${extra}</style><g id="actor7"><rect fill="${node}" stroke="#999"/><text>#1 rgba(0,0,0,0.5)</text></g></svg>`;

describe('mergeThemeRenders', () => {
	const light = drawing('#23262f', '#eceef2');
	const dark = drawing('#eceef2', '#24272f').replace('actor7', 'actor15');
	const merged = mergeThemeRenders(light, dark, 'dgm-k');

	it('turns each colour that differs into one variable and keeps the rest as drawn', () => {
		expect('svg' in merged && merged.variables).toBe(2);
		const svg = 'svg' in merged ? merged.svg : '';
		expect(isThemedSvg(svg)).toBe(true);
		expect(svg).toContain('#dgm-k{fill:var(--dgm-0);}');
		// The same light/dark pair is one variable wherever it appears, in CSS and in attributes.
		expect(svg).toContain('.node rect{fill:var(--dgm-1);stroke:#888b96;}');
		expect(svg).toContain('<rect fill="var(--dgm-1)" stroke="#999"/>');
		expect(svg).toContain('<text>#1 rgba(0,0,0,0.5)</text>');
		// The light drawing's counter ids are kept.
		expect(svg).toContain('id="actor7"');
	});

	it('gives every variable its dark value by default, light under [data-theme=light], in print and for a light-preferring viewer', () => {
		const svg = 'svg' in merged ? merged.svg : '';
		const sheet = /<style data-diagram-themes="">(.*?)<\/style>/.exec(svg)![1]!;
		expect(sheet).toContain('#dgm-k{--dgm-0:#eceef2;--dgm-1:#24272f}');
		expect(sheet).toContain('[data-theme=light] #dgm-k{--dgm-0:#23262f;--dgm-1:#eceef2}');
		expect(sheet).toContain('@media print{#dgm-k{--dgm-0:#23262f;--dgm-1:#eceef2}}');
		expect(sheet).toContain('@media (prefers-color-scheme:light){#dgm-k:root{--dgm-0:#23262f;--dgm-1:#eceef2}}');
	});

	it('resolves back to each drawing for one theme', () => {
		const svg = 'svg' in merged ? merged.svg : '';
		expect(resolveThemedSvg(svg, 'light')).toBe(light);
		expect(resolveThemedSvg(svg, 'dark')).toBe(dark.replace('actor15', 'actor7'));
		expect(resolveThemedSvg(light, 'dark')).toBe(light);
	});

	it('refuses drawings that differ in more than colour', () => {
		const other = drawing('#eceef2', '#24272f').replace('viewBox="0 0 10 10"', 'viewBox="0 0 12 10"');
		expect(mergeThemeRenders(light, other, 'dgm-k')).toEqual({ problem: expect.stringContaining('differ in more than colour') });
		expect(mergeThemeRenders(light, drawing('#eceef2', 'white'), 'dgm-k')).toEqual({ problem: expect.stringContaining('colour values') });
		expect(mergeThemeRenders(light, dark, 'dgm-x')).toEqual({ problem: expect.stringContaining('no SVG id') });
	});
});

describe('the committed renders', () => {
	// Each diagram is one SVG in the page; a Mermaid upgrade that makes the two drawings differ would
	// quietly double the pages again (the render script prints which diagrams fell back).
	it('follow both themes, every one, and resolve to plain colours for each theme', () => {
		const two = collectDiagrams().filter((d) => readRender(d.code).renders?.length === 2);
		expect(two.map((d) => `${d.file}:${d.line}`)).toEqual([]);
		for (const d of collectDiagrams()) {
			const svg = readRender(d.code).renders![0]!.svg;
			expect(isThemedSvg(svg)).toBe(true);
			for (const theme of ['light', 'dark'] as const) expect(resolveThemedSvg(svg, theme)).not.toMatch(/var\(--dgm-|data-diagram-themes/);
		}
	});
});
