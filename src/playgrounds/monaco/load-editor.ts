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
}

export function createYamlEditor(container: HTMLElement, options: EditorOptions): { monaco: Monaco; editor: api.editor.IStandaloneCodeEditor } {
	registerSchemaProviders(monaco);
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
		// A 5 MB paste must not freeze the page: Monaco's own large-file optimisations stay on.
		largeFileOptimizations: true,
	});
	return { monaco, editor };
}
