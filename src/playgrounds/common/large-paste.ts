// Large pastes into a plain text area, inserted by the page instead of by Chromium's editing code.
// Chromium pastes into a text area through ReplaceSelectionCommand, which inserts the text line by line
// and updates layout after each line: 12,000 lines made 12,383 forced layouts, 4 of them over the whole
// text, 0.7–2.9 s in one task. setRangeText lays the text out once. document.execCommand('insertText')
// would keep the browser's undo stack but inserts line by line too, and is slower still (7.6 s for 1,000
// lines). setRangeText leaves the browser's undo history stale, so the paste keeps an undo step of its own:
// Ctrl/Cmd+Z right after it (or once later edits are undone back to it) restores the text before it, and
// Ctrl/Cmd+Shift+Z or Ctrl+Y puts it back.

/** Pastes with more lines than this, or more characters, are inserted by the page; smaller ones are left to the browser (fast, native undo). */
export const LARGE_PASTE_LINES = 1000;
export const LARGE_PASTE_CHARACTERS = 64 * 1024;

export function isLargePaste(text: string): boolean {
	if (text.length > LARGE_PASTE_CHARACTERS) return true;
	let lines = 0;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (++lines > LARGE_PASTE_LINES) return true;
	return false;
}

interface UndoStep {
	before: string;
	after: string;
	/** The selection the paste replaced, restored on undo. */
	start: number;
	end: number;
	undone: boolean;
}

/**
 * Takes over large pastes into `area` (any paste listener that ran first and called preventDefault wins).
 * The area gets an `input` event with inputType "insertFromPaste" (and "historyUndo" / "historyRedo"), as
 * a native paste would give it.
 */
export function insertLargePastes(area: HTMLTextAreaElement): void {
	let step: UndoStep | undefined;

	const replace = (text: string, selectStart: number, selectEnd: number, inputType: string) => {
		area.value = text;
		area.setSelectionRange(selectStart, selectEnd);
		scrollCaretIntoView(area);
		area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
	};

	area.addEventListener('paste', (event) => {
		if (event.defaultPrevented) return;
		const text = event.clipboardData?.getData('text/plain');
		if (!text || !isLargePaste(text)) return;
		event.preventDefault();
		const { selectionStart: start, selectionEnd: end, value: before } = area;
		area.setRangeText(text, start, end, 'end');
		scrollCaretIntoView(area);
		step = { before, after: area.value, start, end, undone: false };
		area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
	});

	/** Undoes or redoes the paste when the text is where the paste left it (or where its undo left it). */
	const history = (kind: 'undo' | 'redo', event: Event) => {
		if (!step) return;
		if (kind === 'undo' && !step.undone && area.value === step.after) {
			event.preventDefault();
			step.undone = true;
			replace(step.before, step.start, step.end, 'historyUndo');
		} else if (kind === 'redo' && step.undone && area.value === step.before) {
			event.preventDefault();
			step.undone = false;
			const caret = step.after.length - (step.before.length - step.end);
			replace(step.after, caret, caret, 'historyRedo');
		}
	};
	area.addEventListener('keydown', (event) => {
		if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
		const key = event.key.toLowerCase();
		if (key === 'z') history(event.shiftKey ? 'redo' : 'undo', event);
		else if (key === 'y' && event.ctrlKey && !event.shiftKey) history('redo', event);
	});
	// The browser's own Undo/Redo (context menu, Edit menu) when its history has a step to offer.
	area.addEventListener('beforeinput', (event) => {
		if (event.inputType === 'historyUndo') history('undo', event);
		else if (event.inputType === 'historyRedo') history('redo', event);
	});
}

/** Brings the caret's line into view, as a native paste does (setRangeText does not scroll). */
function scrollCaretIntoView(area: HTMLTextAreaElement): void {
	const text = area.value;
	const caret = area.selectionEnd;
	let line = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < caret; i = text.indexOf('\n', i + 1)) line++;
	const style = getComputedStyle(area);
	const lineHeight = parseFloat(style.lineHeight) || 20;
	const top = line * lineHeight + (parseFloat(style.paddingTop) || 0);
	if (top < area.scrollTop) area.scrollTop = Math.max(0, top - lineHeight);
	else if (top + lineHeight > area.scrollTop + area.clientHeight) area.scrollTop = top + 2 * lineHeight - area.clientHeight;
}
