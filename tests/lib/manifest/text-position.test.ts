import { describe, expect, it } from 'vitest';
import { lineStarts, offsetAt, positionAt } from '../../../src/lib/manifest/text-position.ts';
import { lintManifests } from '../../../src/lib/manifest/index.ts';

describe('text positions', () => {
	const text = 'a: 1\nbb: 2\r\n\nccc: 3';

	it('finds line starts after LF and CRLF', () => {
		expect(lineStarts(text)).toEqual([0, 5, 12, 13]);
	});

	it.each([
		[0, 1, 1],
		[4, 1, 5],
		[5, 2, 1],
		[12, 3, 1],
		[13, 4, 1],
		[18, 4, 6],
	])('offset %i is line %i column %i, and back', (offset, line, column) => {
		expect(positionAt(text, offset)).toEqual({ line, column });
		expect(offsetAt(text, line, column)).toBe(offset);
	});

	it('clamps out-of-range input', () => {
		expect(positionAt(text, -5)).toEqual({ line: 1, column: 1 });
		expect(positionAt(text, 999)).toEqual({ line: 4, column: 7 });
		expect(offsetAt(text, 0, 0)).toBe(0);
		expect(offsetAt(text, 2, 99)).toBe(10); // before the \r
		expect(offsetAt(text, 99, 1)).toBe(13);
		expect(offsetAt(text, Number.NaN, Number.NaN)).toBe(0);
	});

	it('agrees with the linter’s own offsets', () => {
		const yaml = 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: x\r\nspec:\r\n  containres: []\r\n';
		for (const d of lintManifests(yaml).diagnostics) {
			expect(offsetAt(yaml, d.line, d.column)).toBe(d.offset);
			expect(positionAt(yaml, d.endOffset)).toEqual({ line: d.endLine, column: d.endColumn });
		}
	});
});
