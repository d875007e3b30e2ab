// Creates a Monaco editor for YAML in a container: theme following the site, schema completion and hover,
// and the accessibility options the site needs. Shared by every playground that wants an editor.
import { monaco } from './monaco.ts';
import type { Monaco } from './monaco.ts';
import { registerSchemaProviders } from './schema-providers.ts';
import { followStarlightTheme } from './theme.ts';
import type * as api from 'monaco-editor/editor/editor.api.js';

export interface EditorOptions {
	text: string;
	ariaLabel: string;
	/** Completion and hover from the bundled Kubernetes schema. */
	schemaHelp: boolean;
}

export function createYamlEditor(container: HTMLElement, options: EditorOptions): { monaco: Monaco; editor: api.editor.IStandaloneCodeEditor } {
	if (options.schemaHelp) registerSchemaProviders(monaco);
	const editor = monaco.editor.create(container, {
		value: options.text,
		language: 'yaml',
		theme: followStarlightTheme(monaco),
		ariaLabel: options.ariaLabel,
		automaticLayout: true,
		minimap: { enabled: false },
		scrollBeyondLastLine: false,
		tabSize: 2,
		insertSpaces: true,
		detectIndentation: false,
		fontSize: 14,
		wordBasedSuggestions: 'off',
		quickSuggestions: { other: true, comments: false, strings: true },
		fixedOverflowWidgets: true,
		renderLineHighlight: 'line',
		// The number of the empty line after a final line break is drawn faint (1.75:1): draw it like the others.
		renderFinalNewline: 'on',
		// A 5 MB paste must not freeze the page: Monaco's own large-file optimisations stay on.
		largeFileOptimizations: true,
	});
	followTextSize(monaco, editor);
	return { monaco, editor };
}

/**
 * Indentation folding is recomputed over the whole text after every edit: about 80 ms per keystroke at
 * 35,000 lines (1 MB). Past this many lines it is switched off (and back on when the text shrinks).
 */
const FOLDING_MAX_LINES = 5000;

function followTextSize(monaco: Monaco, editor: api.editor.IStandaloneCodeEditor): void {
	const update = () => {
		const folding = (editor.getModel()?.getLineCount() ?? 0) <= FOLDING_MAX_LINES;
		if (editor.getOption(monaco.editor.EditorOption.folding) !== folding) editor.updateOptions({ folding });
	};
	editor.onDidChangeModelContent(update);
	update();
}
