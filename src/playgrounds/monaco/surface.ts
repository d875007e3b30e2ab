// What a playground needs from whatever holds its text: the plain text area now, Monaco once loaded.
import { offsetAt, positionAt } from '../../lib/manifest/text-position.ts';
import type { EditorMarker } from './markers.ts';

/** Replace [start, end) of the current text (0-based offsets); several edits never overlap. */
export interface SurfaceEdit {
	start: number;
	end: number;
	text: string;
}

export interface TextSurface {
	getText(): string;
	/** The selection as 0-based offsets [start, end) (the main one, in an editor with several). */
	getSelection(): { start: number; end: number };
	/** Replace the whole text (an example, a reset); not reported through onChange. */
	setText(text: string): void;
	/** Change parts of the text in place (caret, scroll and the rest of the text stay); not reported through onChange. */
	applyEdits(edits: readonly SurfaceEdit[]): void;
	/** Select a 1-based range, scroll it into view and focus. */
	reveal(line: number, column: number, endLine: number, endColumn: number): void;
	showDiagnostics(markers: readonly EditorMarker[]): void;
	onChange(listener: () => void): void;
	onCursor(listener: (line: number, column: number) => void): void;
	setVisible(visible: boolean): void;
	hasFocus(): boolean;
}

export function textAreaSurface(area: HTMLTextAreaElement): TextSurface {
	const cursorListeners: Array<(line: number, column: number) => void> = [];
	const reportCursor = () => {
		const { line, column } = positionAt(area.value, area.selectionStart);
		for (const l of cursorListeners) l(line, column);
	};
	for (const type of ['keyup', 'click', 'select', 'focus']) area.addEventListener(type, reportCursor);
	return {
		getText: () => area.value,
		getSelection: () => ({ start: area.selectionStart, end: area.selectionEnd }),
		setText(text) {
			area.value = text;
		},
		applyEdits(edits) {
			// Last first, so earlier offsets stay valid; setRangeText keeps the caret where it was.
			for (const e of [...edits].sort((a, b) => b.start - a.start)) area.setRangeText(e.text, e.start, e.end, 'preserve');
		},
		reveal(line, column, endLine, endColumn) {
			const text = area.value;
			const start = offsetAt(text, line, column);
			const end = Math.max(start, offsetAt(text, endLine, endColumn));
			area.focus({ preventScroll: true });
			area.setSelectionRange(start, end);
			const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
			area.scrollTop = Math.max(0, (line - 1) * lineHeight - area.clientHeight / 3);
			reportCursor();
		},
		showDiagnostics() {
			/* the problems list is the text area's only marker */
		},
		onChange(listener) {
			area.addEventListener('input', listener);
		},
		onCursor(listener) {
			cursorListeners.push(listener);
		},
		setVisible(visible) {
			area.hidden = !visible;
		},
		hasFocus: () => document.activeElement === area,
	};
}
