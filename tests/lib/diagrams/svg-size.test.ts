import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minReadableWidth, smallestFontSize, standaloneSvg, viewBoxSize } from '../../../src/lib/diagrams/svg-size.ts';

// A committed render (the three networks, both themes): viewBox 716 wide, root font 15px, edge labels 12px.
const svg = readFileSync('src/diagrams/rendered/41bb95ce524fc409d5b9.svg', 'utf8');

describe('diagram sizes', () => {
	it('reads the viewBox and the smallest declared font size', () => {
		expect(viewBoxSize(svg)).toEqual({ width: 716, height: 655 });
		expect(smallestFontSize('<svg viewBox="0 0 10 10"><style>a{font-size:15px}</style><text font-size="9">x</text></svg>')).toBe(9);
		expect(smallestFontSize('<svg viewBox="0 0 10 10"></svg>')).toBeUndefined();
	});

	it('keeps a width at which the smallest text is 11 px', () => {
		const font = smallestFontSize(svg)!;
		expect(minReadableWidth(svg)).toBe(Math.ceil((716 * 11) / font));
		expect(minReadableWidth('<svg><style>a{font-size:10px}</style></svg>')).toBeUndefined();
	});

	it('draws the full-size file at least at its own size, on its background', () => {
		const file = standaloneSvg(svg, '#ffffff');
		const root = /<svg\b[^>]*>/.exec(file)![0];
		const width = Number(/ width="(\d+)"/.exec(root)![1]);
		expect(width).toBeGreaterThanOrEqual(716);
		expect(root).toContain('style="background-color: #ffffff"');
		expect(root).not.toContain('max-width');
		expect(root).toContain('viewBox="4 4 716 655"');
	});
});
