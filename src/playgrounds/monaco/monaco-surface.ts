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

/**
 * Tab leaves the editor instead of indenting — as with tab-trapping released in VS Code — right after Esc,
 * and when the focus came in by keyboard and nothing has been pressed since (so tabbing through the page
 * never types into the text). Any other key, or a click in the text, brings Tab back to indenting; Ctrl+M
 * (Monaco's tab focus mode) still makes Tab move the focus for good. The key event is stopped before
 * Monaco sees it, so the browser moves the focus as it does from any other field.
 */
function letTabLeave(container: HTMLElement, editor: ReturnType<typeof createYamlEditor>['editor']): void {
	let released = false;
	let pointer = false;
	// A click into the text means editing: Tab indents. A focus without a pointer came by keyboard (or a jump from the problems list).
	const onPointerDown = () => {
		pointer = true;
		released = false;
	};
	container.addEventListener('pointerdown', onPointerDown, true);
	container.addEventListener('pointerup', () => (pointer = false), true);
	editor.onDidFocusEditorText(() => {
		if (!pointer) released = true;
	});
	editor.onDidBlurEditorText(() => (released = false));
	container.addEventListener(
		'keydown',
		(e) => {
			if (e.key === 'Escape') released = true;
			else if (e.key === 'Tab' && released && !e.ctrlKey && !e.altKey && !e.metaKey) e.stopPropagation();
			else if (!['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'].includes(e.key)) released = false;
		},
		true,
	);
}

export async function monacoSurface(container: HTMLElement, options: MonacoSurfaceOptions): Promise<TextSurface> {
	container.hidden = false;
	const { monaco, editor } = createYamlEditor(container, options);
	const model = editor.getModel()!;
	container.querySelector('textarea, [role="textbox"]')?.setAttribute('aria-describedby', options.describedBy);
	letTabLeave(container, editor);
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
