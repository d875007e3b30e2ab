// Hostile input: the core must answer every one of these with a located error, never an exception,
// and quickly enough that the page stays responsive.
import { describe, expect, it } from 'vitest';
import { lintManifests, MAX_NESTING_DEPTH } from '../../../src/lib/manifest/index.ts';
import type { Diagnostic } from '../../../src/lib/manifest/index.ts';
import { enText, zhText } from './words.ts';

function lintSafely(text: string): Diagnostic[] {
	let diagnostics: Diagnostic[] = [];
	expect(() => {
		diagnostics = lintManifests(text).diagnostics;
	}).not.toThrow();
	return diagnostics;
}

function expectLocated(d: Diagnostic | undefined) {
	expect(d).toBeDefined();
	expect(d!.line).toBeGreaterThanOrEqual(1);
	expect(d!.column).toBeGreaterThanOrEqual(1);
	expect(d!.endOffset).toBeGreaterThan(d!.offset);
	expect(enText(d!.message).length).toBeGreaterThan(0);
	expect(zhText(d!.message).length).toBeGreaterThan(0);
}

describe('hostile input', () => {
	it('alias bomb ("billion laughs") is stopped at the alias that crosses the budget', () => {
		const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
		for (let i = 1; i < 10; i++) {
			const previous = String.fromCharCode(96 + i);
			const name = String.fromCharCode(97 + i);
			levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
		}
		const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n${levels.join('\n')}\n`;
		const diagnostics = lintSafely(text);
		const bomb = diagnostics.find((d) => d.rule === 'yaml/alias-limit');
		expectLocated(bomb);
		// Level e (9^5 = 59,049 nodes) is the first to cross the 10,000-node budget.
		expect(bomb!.line).toBe(9);
		expect(text.split('\n')[bomb!.line - 1]!.slice(bomb!.column - 1, bomb!.endColumn - 1)).toBe('*d');
	});

	it('a recursive alias is refused, located on the alias', () => {
		const diagnostics = lintSafely('apiVersion: v1\nkind: ConfigMap\nmetadata: &m\n  name: x\n  labels: *m\n');
		const error = diagnostics.find((d) => d.rule === 'yaml/alias-limit');
		expectLocated(error);
		expect(error).toMatchObject({ line: 5, column: 11 });
	});

	it('a 5 MB paste gets one located error instead of a parse', () => {
		const document = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n';
		const text = document + Array.from({ length: 200_000 }, (_, i) => `  key${i}: value-${i}-${'x'.repeat(6)}\n`).join('');
		expect(text.length).toBeGreaterThan(5_000_000);
		const diagnostics = lintSafely(text);
		expect(diagnostics).toHaveLength(1);
		expectLocated(diagnostics[0]);
		expect(diagnostics[0]).toMatchObject({ rule: 'yaml/input-too-large', severity: 'error' });
		expect(diagnostics[0]!.offset).toBe(1024 * 1024);
	});

	it('10,000 levels of flow nesting become one located error', () => {
		const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
		const deep = lintSafely(text).filter((d) => d.rule === 'yaml/too-deep');
		expect(deep).toHaveLength(1);
		expectLocated(deep[0]);
		expect(deep[0]!.line).toBe(5);
	});

	it('10,000 levels of block nesting ("- - - … x") become one located error', () => {
		const text = `${'- '.repeat(10_000)}x\n`;
		const deep = lintSafely(text).filter((d) => d.rule === 'yaml/too-deep');
		expect(deep).toHaveLength(1);
		expectLocated(deep[0]);
		expect(deep[0]!.line).toBe(1);
	});

	it('1,000 levels of indented mappings become one located error', () => {
		// (10,000 indented levels would be a 50 MB input, which the size limit answers first.)
		const text = Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
		const deep = lintSafely(text).filter((d) => d.rule === 'yaml/too-deep');
		expect(deep).toHaveLength(1);
		expectLocated(deep[0]);
		expect(deep[0]).toMatchObject({ line: MAX_NESTING_DEPTH, column: MAX_NESTING_DEPTH });
	});

	it(`nesting just past ${MAX_NESTING_DEPTH} levels (which the parser copes with) is refused by our own limit`, () => {
		const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata: ${'['.repeat(150)}${']'.repeat(150)}\n`;
		const [deep] = lintSafely(text).filter((d) => d.rule === 'yaml/too-deep');
		expectLocated(deep);
		expect(deep).toMatchObject({ line: 5, column: 7 + MAX_NESTING_DEPTH - 1 });
	});

	it('NUL bytes are located', () => {
		const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nul\ndata:\n  a: "x\u0000y"\n';
		const [nul] = lintSafely(text).filter((d) => d.rule === 'yaml/invalid-character');
		expectLocated(nul);
		expect(nul).toMatchObject({ line: 6, column: 8, endLine: 6, endColumn: 9 });
		expect(enText(nul!.message)).toContain('U+0000');
	});

	it('a byte-order mark is accepted and not counted as a column', () => {
		const text = '\uFEFFapiVersion: v1\nkind: Namespace\nmetadata:\n  name: Bad\n';
		const diagnostics = lintSafely(text);
		expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['identity/invalid-name', 4, 9]]);
	});

	it('CRLF line endings give the same positions as LF', () => {
		const lf = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containres: []\n';
		const crlf = lf.replace(/\n/g, '\r\n');
		const pick = (ds: Diagnostic[]) => ds.map((d) => [d.rule, d.line, d.column, d.endLine, d.endColumn, d.path]);
		expect(pick(lintSafely(crlf))).toEqual(pick(lintSafely(lf)));
		expect(pick(lintSafely(crlf))).toContainEqual(['schema/unknown-field', 6, 3, 6, 13, 'spec.containres']);
	});

	it('tabs used for indentation are located', () => {
		const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: tabs\n';
		const [tab] = lintSafely(text).filter((d) => d.rule === 'yaml/syntax-error');
		expectLocated(tab);
		expect(tab).toMatchObject({ line: 4, column: 1 });
	});

	it('binary data gives located errors, capped', () => {
		let seed = 42;
		const bytes = Array.from({ length: 64 * 1024 }, () => {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			return seed & 0xff;
		});
		const text = new TextDecoder('utf-8').decode(new Uint8Array(bytes));
		const diagnostics = lintSafely(text);
		const invalid = diagnostics.filter((d) => d.rule === 'yaml/invalid-character');
		expect(invalid.length).toBeGreaterThan(0);
		expect(invalid.length).toBeLessThanOrEqual(11);
		for (const d of invalid) expectLocated(d);
		expect(diagnostics.length).toBeLessThanOrEqual(1001);
	});

	it.each([
		['toString', 'name'],
		['v1', 'constructor'],
		['apps/v1', 'hasOwnProperty'],
		['__proto__', 'Pod'],
		['constructor', '__proto__'],
	])('apiVersion %s with kind %s gets a located identity error, not an internal error', (apiVersion, kind) => {
		const diagnostics = lintSafely(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\nspec:\n  containers: []\n`);
		expect(diagnostics.map((d) => d.rule)).not.toContain('lint/internal-error');
		const identity = diagnostics.find((d) => d.rule === 'identity/unknown-kind' || d.rule === 'identity/unknown-api-version');
		expectLocated(identity);
		expect(identity!.line).toBe(identity!.rule === 'identity/unknown-kind' ? 2 : 1);
	});

	it('does not throw on non-string-like oddities: anchors on keys, complex keys, merge of scalars', () => {
		for (const text of ['? [a, b]\n: c\n', '&k key: value\n*k : other\n', '<<: 5\nkind: Pod\n', 'apiVersion: v1\nkind: Pod\nspec: !!binary aGVsbG8=\n']) {
			lintSafely(text);
		}
	});
});
