// The Monaco editor as a TextSurface, for any playground with YAML to edit. Part of the separately loaded
// editor bundle (./editor-bundle.ts), so Monaco and its CSS arrive only after the page is interactive, and
// only on pages with an editor.
import { createYamlEditor } from './load-editor.ts';
import { setDiagnosticMarkers } from './markers.ts';
import type { TextSurface } from './surface.ts';

export interface MonacoSurfaceOptions {
	text: string;
	ariaLabel: string;
	/** Id of the hint about Tab and Ctrl+M, linked to the editor's input for screen readers. */
	describedBy: string;
	/** Completion and hover from the bundled Kubernetes schema (Kubernetes objects, not kubeadm files). */
	schemaHelp: boolean;
}

export async function monacoSurface(container: HTMLElement, options: MonacoSurfaceOptions): Promise<TextSurface> {
	container.hidden = false;
	const { monaco, editor } = createYamlEditor(container, options);
	const model = editor.getModel()!;
	container.querySelector('textarea, [role="textbox"]')?.setAttribute('aria-describedby', options.describedBy);
	let silent = false;
	return {
		getText: () => model.getValue(),
		getSelection() {
			const selection = editor.getSelection();
			if (!selection) return { start: 0, end: 0 };
			return { start: model.getOffsetAt(selection.getStartPosition()), end: model.getOffsetAt(selection.getEndPosition()) };
		},
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
		applyEdits(edits) {
			silent = true;
			try {
				// Ranges are taken from the text before any edit, as Monaco expects for one batch.
				editor.executeEdits(
					'kprimer',
					edits.map((e) => {
						const from = model.getPositionAt(e.start);
						const to = model.getPositionAt(e.end);
						return { range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: e.text };
					}),
				);
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
		showDiagnostics(diagnostics) {
			setDiagnosticMarkers(monaco, model, diagnostics);
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
