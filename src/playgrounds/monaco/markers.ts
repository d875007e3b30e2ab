// Our diagnostics as Monaco markers: same 1-based ranges, message in the page's language, rule id as code.
import type { Diagnostic } from '../../lib/manifest/index.ts';
import type { Lang } from '../../lib/manifest/playground-text.ts';
import type { Monaco } from './monaco.ts';
import type * as api from 'monaco-editor/editor/editor.api.js';

const OWNER = 'kprimer';

export function setDiagnosticMarkers(monaco: Monaco, model: api.editor.ITextModel, diagnostics: readonly Diagnostic[], lang: Lang): void {
	const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
	monaco.editor.setModelMarkers(
		model,
		OWNER,
		diagnostics.map((d) => ({
			severity: severity[d.severity],
			message: d.message[lang],
			code: d.rule,
			source: d.path || undefined,
			startLineNumber: d.line,
			startColumn: d.column,
			endLineNumber: d.endLine,
			endColumn: d.endLine === d.line && d.endColumn <= d.column ? d.column + 1 : d.endColumn,
		})),
	);
}
