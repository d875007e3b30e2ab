// The Monaco editor as a TextSurface for the manifest playground. Loaded with a dynamic import, so Monaco
// (and its CSS) arrives only after the page is interactive, and only on this page.
import { createYamlEditor } from '../monaco/load-editor.ts';
import { setDiagnosticMarkers } from '../monaco/markers.ts';
import type { TextSurface } from './surface.ts';

export interface MonacoSurfaceOptions {
	text: string;
	ariaLabel: string;
	/** Id of the hint about Tab and Ctrl+M, linked to the editor's input for screen readers. */
	describedBy: string;
}

export async function monacoSurface(container: HTMLElement, options: MonacoSurfaceOptions): Promise<TextSurface> {
	container.hidden = false;
	const { monaco, editor } = createYamlEditor(container, options);
	const model = editor.getModel()!;
	container.querySelector('textarea, [role="textbox"]')?.setAttribute('aria-describedby', options.describedBy);
	let silent = false;
	return {
		getText: () => model.getValue(),
		setText(text) {
			if (model.getValue() === text) return;
			silent = true;
			try {
				// An edit rather than setValue, so Ctrl+Z can bring back the text an example replaced.
				editor.executeEdits('kprimer', [{ range: model.getFullModelRange(), text }]);
			} finally {
				silent = false;
			}
		},
		reveal(line, column, endLine, endColumn) {
			const range = new monaco.Range(line, column, endLine, endColumn);
			editor.setSelection(range);
			editor.revealRangeInCenterIfOutsideViewport(range);
			editor.focus();
		},
		showDiagnostics(diagnostics, lang) {
			setDiagnosticMarkers(monaco, model, diagnostics, lang);
		},
		onChange(listener) {
			model.onDidChangeContent(() => {
				if (!silent) listener();
			});
		},
		onCursor(listener) {
			editor.onDidChangeCursorPosition((e) => listener(e.position.lineNumber, e.position.column));
		},
		setVisible(visible) {
			container.hidden = !visible;
			if (visible) editor.layout();
		},
		hasFocus: () => editor.hasTextFocus(),
	};
}
