// The code editor switch's words in English, for both playgrounds' pages (the English page loads only these).
import type { EditorWords } from './editor-switch.ts';

export const editorWords: EditorWords = {
	editorHint:
		'Keyboard: in the code editor, Tab indents. To leave the editor, press Esc, then Tab (or Shift+Tab); a Tab pressed as soon as you arrive also moves on, so tabbing through the page never types into the text. Ctrl+M (Ctrl+Shift+M on macOS) makes Tab always move the focus; press it again to go back.',
	openEditor: 'Open the code editor',
	loadingEditor: 'Loading the code editor…',
	editorFailed: 'The code editor could not load; the plain text area keeps working.',
	plainText: 'Use the plain text area',
};
