// The switch between a playground's plain text area and Monaco: loads the editor bundle on first use, moves
// the text across on every switch, and never swaps the surface under someone typing when the editor was
// opened automatically. Both playgrounds use it; what a switch means for the page is theirs (onSwitch).
import editorBundleUrl from './editor-bundle.ts?worker&url';
import { loadBundle } from './load-bundle.ts';
import type { monacoSurface as MonacoSurface } from './monaco-surface.ts';
import type { TextSurface } from './surface.ts';

export interface EditorSwitchOptions {
	/** The text area's surface; `area` is its element (for focus and blur). */
	plain: TextSurface;
	area: HTMLTextAreaElement;
	/** Where Monaco goes, and the hint about Tab and Ctrl+M shown with it. */
	box: HTMLElement;
	hint: HTMLElement;
	/** The button that switches; its text names the other surface. */
	toggle: HTMLButtonElement;
	labels: { openEditor: string; plainText: string; loadingEditor: string };
	ariaLabel: string;
	schemaHelp: boolean;
	/** Wire a new surface's change listeners (called once for the editor when it is created). */
	onCreate(surface: TextSurface): void;
	/** After every switch, with the surface now in use. */
	onSwitch(surface: TextSurface, usingEditor: boolean): void;
	onFailure(error: unknown): void;
}

export interface EditorSwitch {
	current(): TextSurface;
	/** Load Monaco (once) and switch to it. `auto`: not asked for by the reader. */
	open(auto?: boolean): Promise<void>;
	/** From the editor to the text area, or the other way. */
	toggle(): void;
}

export function editorSwitch(options: EditorSwitchOptions): EditorSwitch {
	const { plain, toggle, labels } = options;
	let surface: TextSurface = plain;
	let editor: TextSurface | undefined;

	function switchTo(next: TextSurface): void {
		if (next !== surface) next.setText(surface.getText());
		surface = next;
		const usingEditor = next === editor;
		plain.setVisible(!usingEditor);
		editor?.setVisible(usingEditor);
		options.hint.hidden = !usingEditor;
		toggle.textContent = usingEditor ? labels.plainText : labels.openEditor;
		options.onSwitch(next, usingEditor);
	}

	async function open(auto = false): Promise<void> {
		if (editor) return switchTo(editor);
		toggle.disabled = true;
		toggle.textContent = labels.loadingEditor;
		try {
			const monacoSurface = await loadBundle<typeof MonacoSurface>(editorBundleUrl, 'kprimerMonacoSurface');
			const created = await monacoSurface(options.box, {
				text: plain.getText(),
				ariaLabel: options.ariaLabel,
				describedBy: options.hint.id,
				schemaHelp: options.schemaHelp,
			});
			created.setVisible(false);
			editor = created;
			options.onCreate(created);
			toggle.textContent = labels.openEditor;
			if (auto && plain.hasFocus()) options.area.addEventListener('blur', () => surface === plain && switchTo(created), { once: true });
			else switchTo(created);
		} catch (error) {
			toggle.textContent = labels.openEditor;
			options.onFailure(error);
		} finally {
			toggle.disabled = false;
		}
	}

	return {
		current: () => surface,
		open,
		toggle: () => (surface === plain ? void open(false) : switchTo(plain)),
	};
}
