// Line/column ↔ offset in the text the linter saw. Diagnostics carry both, but the playground also needs to
// turn a textarea caret (an offset) into "line 12, column 5" and back. 1-based lines and columns, counted in
// UTF-16 code units like the linter and the browser; "\r\n" ends a line as "\n" does.

export interface TextPosition {
	line: number;
	column: number;
}

/** Offsets where each line starts: [0, after the first "\n", …]. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** Offset of a 1-based line/column, clamped into the text and to the end of its line. */
export function offsetAt(text: string, line: number, column: number, starts: readonly number[] = lineStarts(text)): number {
	const index = Math.min(Math.max(Math.trunc(line) || 1, 1), starts.length) - 1;
	const start = starts[index]!;
	let end = index + 1 < starts.length ? starts[index + 1]! - 1 : text.length;
	if (end > start && text[end - 1] === '\r') end -= 1;
	return Math.min(start + Math.max((Math.trunc(column) || 1) - 1, 0), end);
}

/** 1-based line/column of an offset, clamped into the text. */
export function positionAt(text: string, offset: number, starts: readonly number[] = lineStarts(text)): TextPosition {
	const target = Math.min(Math.max(Math.trunc(offset) || 0, 0), text.length);
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= target) lo = mid;
		else hi = mid - 1;
	}
	return { line: lo + 1, column: target - starts[lo]! + 1 };
}
