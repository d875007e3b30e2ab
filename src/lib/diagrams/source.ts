// Reading Mermaid diagram sources as authors write them in pages: fenced ```mermaid blocks
// with an `accTitle` and an `accDescr`. Pure functions; shared by the build, the render script and the tests.

export interface DiagramText {
	/** Short title, shown as the figure caption and used as the image's accessible name. */
	title: string;
	/** Full text alternative: what the diagram shows, in sentences. Indexed by search. */
	description: string;
}

export interface DiagramBlock {
	/** The code inside the fence, exactly as a CommonMark parser yields it. */
	code: string;
	/** 1-based line of the opening fence in the page. */
	line: number;
}

/** Line endings never change a diagram; everything else does. */
export function normalizeDiagramSource(code: string): string {
	return code.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

/**
 * Finds fenced ```mermaid blocks in Markdown/MDX text. Follows CommonMark's rule that a fence
 * indented by N spaces strips up to N spaces from each content line, so the code matches what
 * the remark plugin sees in the build.
 */
export function findDiagramBlocks(markdown: string): DiagramBlock[] {
	const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
	const blocks: DiagramBlock[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = /^( {0,3})(`{3,}|~{3,})\s*mermaid(?:\s.*)?$/.exec(lines[i] ?? '');
		if (!open) continue;
		const indent = open[1]?.length ?? 0;
		const fence = open[2] ?? '```';
		const body: string[] = [];
		let j = i + 1;
		for (; j < lines.length; j++) {
			const line = lines[j] ?? '';
			const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
			if (close && close[1]?.[0] === fence[0] && (close[1]?.length ?? 0) >= fence.length) break;
			body.push(line.replace(new RegExp(`^ {0,${indent}}`), ''));
		}
		blocks.push({ code: body.join('\n'), line: i + 1 });
		i = j;
	}
	return blocks;
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
