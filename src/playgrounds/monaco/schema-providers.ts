// Completion and hover for YAML from our bundled Kubernetes schema (src/lib/manifest/schema-lookup.ts).
// The field documentation (about 1 MB) is imported on first use, not with the editor.
import { completionsAt, hoverAt } from '../../lib/manifest/schema-lookup.ts';
import type { SchemaDocs } from '../../lib/manifest/schema-types.ts';
import docsBundleUrl from './docs-bundle.ts?worker&url';
import { loadBundle } from './load-bundle.ts';
import type { Monaco } from './monaco.ts';

/** Without the docs (slow to load, or failed) completion and hover still work, just without the text. */
let docsPromise: Promise<SchemaDocs | undefined> | undefined;
function loadDocs(): Promise<SchemaDocs | undefined> {
	docsPromise ??= loadBundle<SchemaDocs>(docsBundleUrl, 'kprimerSchemaDocs').catch(() => undefined);
	return Promise.race([docsPromise, new Promise<undefined>((resolve) => setTimeout(resolve, 3000))]);
}

let registered = false;

export function registerSchemaProviders(monaco: Monaco, languageId = 'yaml'): void {
	if (registered) return;
	registered = true;
	monaco.languages.registerCompletionItemProvider(languageId, {
		triggerCharacters: [' ', ':'],
		async provideCompletionItems(model, position) {
			const text = model.getValue();
			const offset = model.getOffsetAt(position);
			const docs = await loadDocs();
			const items = completionsAt(text, offset, docs);
			return {
				suggestions: items.map((c, i) => {
					const start = model.getPositionAt(c.replaceStart);
					const end = model.getPositionAt(Math.max(c.replaceEnd, offset));
					return {
						label: { label: c.label, description: c.detail },
						kind: c.kind === 'field' ? monaco.languages.CompletionItemKind.Field : monaco.languages.CompletionItemKind.Value,
						insertText: c.insertText,
						detail: c.detail,
						documentation: c.doc,
						sortText: String(i).padStart(4, '0'),
						range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
					};
				}),
			};
		},
	});
	monaco.languages.registerHoverProvider(languageId, {
		async provideHover(model, position) {
			const docs = await loadDocs();
			const hover = hoverAt(model.getValue(), model.getOffsetAt(position), docs);
			if (!hover) return null;
			const start = model.getPositionAt(hover.start);
			const end = model.getPositionAt(hover.end);
			// Plain text in a code span and a paragraph: schema docs are data, never trusted markup.
			const escape = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
			return {
				range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
				contents: [{ value: `**${escape(hover.title)}**` }, ...(hover.doc ? [{ value: escape(hover.doc), supportHtml: false }] : [])],
			};
		},
	});
}
