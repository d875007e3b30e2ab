// Our diagnostics as Monaco markers: same 1-based ranges, message in the page's language, rule id as code.
import type { Monaco } from './monaco.ts';
import type * as api from 'monaco-editor/editor/editor.api.js';

export type MarkerLang = 'en' | 'zh';

/** What both playgrounds' located diagnostics have in common (the manifest validator's and the kubeadm view's). */
export interface EditorMarker {
	severity: 'error' | 'warning' | 'info';
	rule: string;
	message: Record<MarkerLang, string>;
	/** 1-based; the end is exclusive. */
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
	path: string;
}

const OWNER = 'kprimer';

export function setDiagnosticMarkers(monaco: Monaco, model: api.editor.ITextModel, diagnostics: readonly EditorMarker[], lang: MarkerLang): void {
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
