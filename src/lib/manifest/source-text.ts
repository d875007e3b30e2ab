// Maps offsets in the linted text to 1-based line/column positions.
import { lineStarts, positionAt } from './text-position.ts';
import type { Diagnostic, Severity } from './types.ts';
import type { MessageRef } from '../i18n/index.ts';

export class SourceText {
	readonly text: string;
	/** Offset of the first character of each line. */
	private readonly starts: number[];

	constructor(text: string) {
		this.text = text;
		this.starts = lineStarts(text);
	}

	/** 1-based line and column of a 0-based offset (the one converter, text-position.ts). */
	position(offset: number): { line: number; column: number } {
		return positionAt(this.text, offset, this.starts);
	}

	get lineCount(): number {
		return this.starts.length;
	}
}

/** The minimum a rule needs to say to produce a diagnostic; the linter fills in the rest. */
export interface Finding {
	rule: string;
	/** A manifest message (or, from the kubeadm network rules, a CIDR one). */
	message: MessageRef;
	/** 0-based offsets; end exclusive. */
	start: number;
	end: number;
	path: string;
	/** Overrides the rule's catalogue severity (rarely needed). */
	severity?: Severity;
}

export function toDiagnostic(source: SourceText, finding: Finding, severity: Severity, document: number): Diagnostic {
	// Errors "at the end of input" are moved onto the last visible character, and no range is empty:
	// editors would not show either.
	let start = finding.start;
	let end = finding.end;
	if (start >= source.text.length) {
		start = source.text.length - 1;
		while (start > 0 && /\s/.test(source.text[start]!)) start--;
		start = Math.max(start, 0);
		end = start + 1;
	}
	// Block collections end after their last line break; underline up to the last visible character.
	while (end > start + 1 && /\s/.test(source.text[end - 1] ?? '')) end--;
	if (end <= start) end = start + 1;
	const from = source.position(start);
	const to = source.position(end);
	return {
		severity,
		rule: finding.rule,
		message: finding.message,
		line: from.line,
		column: from.column,
		endLine: to.line,
		endColumn: to.column,
		offset: start,
		endOffset: end,
		path: finding.path,
		document,
	};
}
