// Reading Mermaid diagram sources as authors write them in pages: fenced ```mermaid blocks
// with an `accTitle` and an `accDescr`. Pure functions; shared by the build, the render script and the tests.
import { findFencedBlocks, type FencedBlock } from '../content/index.ts';

export interface DiagramText {
	/** Short title, shown as the figure caption and used as the image's accessible name. */
	title: string;
	/** Full text alternative: what the diagram shows, in sentences. Indexed by search. */
	description: string;
}

/** Line endings never change a diagram; everything else does. */
export function normalizeDiagramSource(code: string): string {
	return code.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

/** The ```mermaid blocks of a page. */
export function findDiagramBlocks(markdown: string): FencedBlock[] {
	return findFencedBlocks(markdown, 'mermaid');
}

/**
 * Reads Mermaid's accessibility directives. `accDescr` may be a single line (`accDescr: …`)
 * or a block (`accDescr { … }`). Returns the problems found instead of throwing.
 */
export function readDiagramText(code: string): { text?: DiagramText; problems: string[] } {
	const problems: string[] = [];
	const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(code)?.[1];
	const single = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(code)?.[1];
	const block = /^\s*accDescr\s*\{([^}]*)\}/m.exec(code)?.[1];
	const description = (single ?? block ?? '')
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.trim();
	if (!title) problems.push('it has no `accTitle: …` line (the figure caption and accessible name)');
	if (!description) problems.push('it has no `accDescr` (the text alternative that readers and search get)');
	return problems.length ? { problems } : { text: { title: title!, description }, problems };
}
