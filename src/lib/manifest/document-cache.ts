// Re-parsing only the YAML documents that changed: the playground's worker keeps one DocumentCache, so a
// keystroke in one document of a long paste re-parses that document alone (parsing is most of the cost)
// while every validation layer still runs over all documents (cross-resource rules span them).
//
// The text is cut at document-start lines (`---` at column 0), which end any YAML content, so each piece
// parses alone exactly as it does in the stream. Texts with directives (`%YAML`), document-end markers
// (`...`), anything before the first `---` other than a document, or a syntax error in any piece are
// parsed whole, as before. A cached document that moved is shifted (every node range and error position)
// to its new offset.
import { isNode, parseAllDocuments, visit } from 'yaml';
import type { Document } from 'yaml';

type ParseOptions = Parameters<typeof parseAllDocuments>[1];
type ParsedDocument = Document.Parsed;

interface Entry {
	document: ParsedDocument;
	/** Offset of the piece in the text it was last used in. */
	offset: number;
}

const MAX_ENTRIES = 2000;
const documentStart = /^---(?=[ \t]|\r?$)/gm;

export class DocumentCache {
	private entries = new Map<string, Entry[]>();

	/** The documents of `source` as parseAllDocuments would give them, or undefined to parse it whole. */
	parse(source: string, options: ParseOptions): ParsedDocument[] | undefined {
		if (/^(%|\.\.\.(?=[ \t]|\r?$))/m.test(source)) return undefined;
		const starts = [...source.matchAll(documentStart)].map((m) => m.index);
		if (starts.length === 0) return undefined;
		const pieces: [number, number][] = [];
		if (starts[0]! > 0) {
			// Text before the first `---` must be a document of its own (not just comments or blank lines).
			const head = source.slice(0, starts[0]);
			if (!/^[^#\s]/m.test(head)) return undefined;
			pieces.push([0, starts[0]!]);
		}
		starts.forEach((start, i) => pieces.push([start, starts[i + 1] ?? source.length]));

		const next = new Map<string, Entry[]>();
		const documents: ParsedDocument[] = [];
		let broken = false;
		for (const [start, end] of pieces) {
			const piece = source.slice(start, end);
			let entry = this.entries.get(piece)?.pop();
			if (!entry) {
				const parsed = parseAllDocuments(piece, options);
				if (!Array.isArray(parsed) || parsed.length !== 1) return undefined;
				entry = { document: parsed[0] as ParsedDocument, offset: 0 };
			}
			if (entry.offset !== start) {
				shift(entry.document, start - entry.offset);
				entry.offset = start;
			}
			documents.push(entry.document);
			if (entry.document.errors.length > 0) broken = true;
			const list = next.get(piece) ?? [];
			list.push(entry);
			next.set(piece, list);
		}
		// Keep what this text uses (bounded), so that the next keystroke finds it.
		this.entries = next.size <= MAX_ENTRIES ? next : new Map();
		// Broken YAML is parsed whole, so that its errors read exactly as they do without the cache.
		return broken ? undefined : documents;
	}
}

/** Moves a document's positions by `delta` characters. */
function shift(document: Document, delta: number): void {
	const move = (range: number[] | null | undefined) => {
		if (range) for (let i = 0; i < range.length; i++) range[i]! += delta;
	};
	move(document.range as number[] | undefined);
	for (const issue of [...document.errors, ...document.warnings]) move(issue.pos as unknown as number[]);
	if (isNode(document.contents)) {
		visit(document, {
			Node(_, node) {
				move(node.range as number[] | null | undefined);
			},
		});
	}
}
