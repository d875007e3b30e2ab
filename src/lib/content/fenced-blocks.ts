// Fenced code blocks in Markdown/MDX source, found the way a CommonMark parser finds them.

/** A fenced code block of a page. */
export interface FencedBlock {
	/** The code inside the fence, exactly as a CommonMark parser yields it. */
	code: string;
	/** 1-based line of the opening fence in the page. */
	line: number;
}

/**
 * Finds fenced code blocks of one language (```mermaid, ```yaml …) in Markdown/MDX text. Follows
 * CommonMark's rule that a fence indented by N spaces strips up to N spaces from each content
 * line, so the code matches what the remark plugins see in the build.
 */
export function findFencedBlocks(markdown: string, language: string): FencedBlock[] {
	const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
	const opening = new RegExp(`^( {0,3})(\`{3,}|~{3,})\\s*${language.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s.*)?$`);
	const blocks: FencedBlock[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = opening.exec(lines[i] ?? '');
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
