// Our diagnostics as Monaco markers: same 1-based ranges, message in the page's language (formatted by the
// page with its catalogue before it gets here), rule id as code.
import type { Monaco } from './monaco.ts';
import type * as api from 'monaco-editor/editor/editor.api.js';

/** What both playgrounds' located diagnostics have in common (the manifest validator's and the kubeadm view's). */
export interface EditorMarker {
	severity: 'error' | 'warning' | 'info';
	rule: string;
	/** Already in the page's language. */
	message: string;
	/** 1-based; the end is exclusive. */
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
	path: string;
}

const OWNER = 'kprimer';

export function setDiagnosticMarkers(monaco: Monaco, model: api.editor.ITextModel, diagnostics: readonly EditorMarker[]): void {
	const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
	monaco.editor.setModelMarkers(
		model,
		OWNER,
		diagnostics.map((d) => ({
			severity: severity[d.severity],
			message: d.message,
			code: d.rule,
			source: d.path || undefined,
			startLineNumber: d.line,
			startColumn: d.column,
			endLineNumber: d.endLine,
			endColumn: d.endLine === d.line && d.endColumn <= d.column ? d.column + 1 : d.endColumn,
		})),
	);
}
