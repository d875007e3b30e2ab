import { describe, expect, it } from 'vitest';
import { findDiagramBlocks, normalizeDiagramSource, readDiagramText } from '../../../src/lib/diagrams/source.ts';

describe('findDiagramBlocks', () => {
	it('finds mermaid fences with their line numbers and ignores other languages', () => {
		const page = ['# Title', '', '```mermaid', 'flowchart LR', '  A --> B', '```', '', '```yaml', 'a: 1', '```'].join('\n');
		expect(findDiagramBlocks(page)).toEqual([{ code: 'flowchart LR\n  A --> B', line: 3 }]);
	});

	it('strips the fence indentation from content lines, as CommonMark does', () => {
		const page = '  ```mermaid\n  flowchart TD\n    A --> B\n  ```\n';
		expect(findDiagramBlocks(page)[0]?.code).toBe('flowchart TD\n  A --> B');
	});

	it('needs a closing fence at least as long as the opening one', () => {
		const page = '````mermaid\nflowchart TD\n```\nstill inside\n````\nafter';
		expect(findDiagramBlocks(page)[0]?.code).toBe('flowchart TD\n```\nstill inside');
	});

	it('reads CRLF files the same as LF files', () => {
		const lf = '```mermaid\npie\n  "a" : 1\n```\n';
		expect(findDiagramBlocks(lf.replace(/\n/g, '\r\n'))).toEqual(findDiagramBlocks(lf));
	});
});

describe('normalizeDiagramSource', () => {
	it('ignores line endings and trailing blank space, nothing else', () => {
		expect(normalizeDiagramSource('a\r\nb  \n\n')).toBe('a\nb');
		expect(normalizeDiagramSource('a\n  b')).toBe('a\n  b');
	});
});

describe('readDiagramText', () => {
	it('reads a one-line title and a block description', () => {
		const { text, problems } = readDiagramText('flowchart LR\n  accTitle: Who talks to etcd\n  accDescr {\n    Only the API server\n    talks to etcd.\n  }\n  A --> B');
		expect(problems).toEqual([]);
		expect(text).toEqual({ title: 'Who talks to etcd', description: 'Only the API server\ntalks to etcd.' });
	});

	it('reads a one-line description', () => {
		expect(readDiagramText('pie\n accTitle: T\n accDescr: One line.\n "a": 1').text?.description).toBe('One line.');
	});

	it('reports each missing part', () => {
		const { text, problems } = readDiagramText('flowchart LR\n  A --> B');
		expect(text).toBeUndefined();
		expect(problems).toHaveLength(2);
		expect(problems.join(' ')).toMatch(/accTitle/);
		expect(problems.join(' ')).toMatch(/accDescr/);
	});
});
