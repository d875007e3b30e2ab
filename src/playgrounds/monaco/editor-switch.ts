// The switch between a playground's plain text area and Monaco: loads the editor bundle on first use, moves
// the text across on every switch, and never swaps the surface under someone typing when the editor was
// opened automatically. Both playgrounds use it; what a switch means for the page is theirs (onSwitch).
import editorBundleUrl from './editor-bundle.ts?worker&url';
import { positionAt } from '../../lib/manifest/text-position.ts';
import { loadBundle } from './load-bundle.ts';
import type { monacoSurface as MonacoSurface } from './monaco-surface.ts';
import type { TextSurface } from './surface.ts';

/** The switch's words in the page's language (words-en.ts, words-zh.ts). */
export interface EditorWords {
	/** How to leave the editor with the keyboard (shown with it). */
	editorHint: string;
	openEditor: string;
	loadingEditor: string;
	editorFailed: string;
	plainText: string;
}

export interface EditorSwitchOptions {
	/** The text area's surface; `area` is its element (for focus and blur). */
	plain: TextSurface;
	area: HTMLTextAreaElement;
	/** Where Monaco goes, and the hint about Tab, Esc and Ctrl+M (linked to the editor's input). */
	box: HTMLElement;
	hint: HTMLElement;
	/**
	 * The page shows the hint from the first paint, above the editor, so the way out is announced before the
	 * reader enters and nothing moves when the editor arrives. Otherwise the hint is shown with the editor only.
	 */
	hintAlwaysShown?: boolean;
	/** The button that switches; its text names the other surface. */
	toggle: HTMLButtonElement;
	labels: Pick<EditorWords, 'openEditor' | 'plainText' | 'loadingEditor'>;
	ariaLabel: string;
	schemaHelp: boolean;
	/** Wire a new surface's change listeners (called once for the editor when it is created). */
	onCreate(surface: TextSurface): void;
	/** After every switch, with the surface now in use. */
	onSwitch(surface: TextSurface, usingEditor: boolean): void;
	onFailure(error: unknown): void;
}

/**
 * Who opened the editor: the reader's button (`asked`), the reader's focus or click on the text area
 * (`intent`: switch at once, with the caret, if they have not typed meanwhile and point finely; else when
 * they leave the text area), or the page when idle (`auto`: never swapped under someone typing).
 */
export type OpenReason = 'asked' | 'intent' | 'auto';

export interface EditorSwitch {
	current(): TextSurface;
	/** Load Monaco (once) and switch to it. */
	open(reason?: OpenReason | boolean): Promise<void>;
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
		// The incoming surface takes the outgoing one's box exactly (a text area the reader resized too), so
		// nothing below it moves when the editor is swapped in.
		const [from, to] = usingEditor ? [options.area, options.box] : [options.box, options.area];
		const height = from.hidden ? 0 : from.getBoundingClientRect().height;
		if (height > 0) to.style.height = `${height}px`;
		plain.setVisible(!usingEditor);
		editor?.setVisible(usingEditor);
		if (!options.hintAlwaysShown) options.hint.hidden = !usingEditor;
		toggle.textContent = usingEditor ? labels.plainText : labels.openEditor;
		options.onSwitch(next, usingEditor);
	}

	const RANK: Record<OpenReason, number> = { auto: 0, intent: 1, asked: 2 };
	/** The load under way, and the strongest reason anyone gave while it ran (one editor, however many asks). */
	let loading: Promise<void> | undefined;
	let strongest: OpenReason = 'auto';

	/** `true`/`false` are the older spelling of 'auto'/'asked'. */
	function open(how: OpenReason | boolean = 'asked'): Promise<void> {
		const reason: OpenReason = how === true ? 'auto' : how === false ? 'asked' : how;
		if (editor) {
			if (reason !== 'intent') switchTo(editor);
			return Promise.resolve();
		}
		if (RANK[reason] > RANK[strongest] || !loading) strongest = reason;
		loading ??= load().finally(() => (loading = undefined));
		return loading;
	}

	async function load(): Promise<void> {
		let typed = false;
		const onInput = () => (typed = true);
		options.area.addEventListener('input', onInput);
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
			const reason = strongest;
			if (reason === 'intent' && plain.hasFocus() && !typed && matchMedia('(pointer: fine)').matches) {
				// The reader is in the text area but has not typed yet: the editor takes over, caret and all.
				const { selectionStart, selectionEnd } = options.area;
				switchTo(created);
				const from = positionAt(created.getText(), selectionStart);
				const to = positionAt(created.getText(), selectionEnd);
				created.reveal(from.line, from.column, to.line, to.column);
			} else if (reason !== 'asked' && plain.hasFocus()) {
				// Typing (or a touch keyboard) in the text area: never swap the surface under it.
				options.area.addEventListener('blur', () => surface === plain && switchTo(created), { once: true });
			} else switchTo(created);
		} catch (error) {
			toggle.textContent = labels.openEditor;
			options.onFailure(error);
		} finally {
			options.area.removeEventListener('input', onInput);
			toggle.disabled = false;
		}
	}

	return {
		current: () => surface,
		open,
		toggle: () => (surface === plain ? void open('asked') : switchTo(plain)),
	};
}
