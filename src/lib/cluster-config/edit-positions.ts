// Where the form can write into configuration text: the offsets of a YAML node, of the entry that holds a
// value (so it can be removed with its line), and of the place a new entry goes in a block map (with its
// indentation). Kept apart from the reading: the reader records these positions, edit-config.ts uses them.
import { isSeq } from 'yaml';
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';

/** A block map the form may need to add an entry to. */
export interface MapSite {
	/** Offset where a new last entry goes (the start of the line after the map's last entry). */
	insertAt: number;
	/** Indentation of the map's entries (of a first entry, for `key:` with nothing after it). */
	indent: string;
}

/** The span of a `key: value` pair or a list item, and whether deleting it removes only it. */
export interface EntrySpan {
	entryStart: number;
	entryEnd: number;
	/** The entry has its lines to itself (block style), so deleting [entryStart, entryEnd) removes just it. */
	removable: boolean;
}

export interface EditPositions {
	/** A node's [start, end) in the source (at least one character). */
	range(node: Node | null | undefined): [number, number];
	/** Offset of the start of the line holding `offset`. */
	lineStart(offset: number): number;
	/** Where new entries of a block map or list go; undefined for flow style. `key`: the map's own key, for an empty map. */
	blockSite(map: YAMLMap | YAMLSeq, key: Node | null): MapSite | undefined;
	/** Where the first entry goes under `key:` with nothing after it. */
	emptySite(key: Node): MapSite;
	/** The lines an entry spans, from its first node to its last. */
	entrySpan(first: Node, last: Node | null): EntrySpan;
}

/** Positions in `source`; `shift` moves node offsets (counted without a byte-order mark) back onto it. */
export function editPositions(source: string, shift: number): EditPositions {
	const range = (node: Node | null | undefined): [number, number] => {
		const [start = 0, end = start] = node?.range ?? [];
		return [start + shift, Math.max(end, start + 1) + shift];
	};
	const lineStart = (offset: number) => source.lastIndexOf('\n', offset - 1) + 1;
	/** Offset of the start of the next line after the one where `offset` falls (or the text's end). */
	const nextLine = (offset: number) => {
		if (offset > 0 && source[offset - 1] === '\n') return offset;
		const newline = source.indexOf('\n', offset);
		return newline === -1 ? source.length : newline + 1;
	};
	const indentAt = (offset: number) => ' '.repeat(offset - lineStart(offset));
	const emptySite = (key: Node): MapSite => {
		const [start, end] = range(key);
		return { insertAt: nextLine(end), indent: `${indentAt(start)}  ` };
	};
	return {
		range,
		lineStart,
		emptySite,
		blockSite(map, key) {
			if (map.flow) return undefined;
			const first = map.items[0] as Pair | Node | undefined;
			const firstNode = (first && 'key' in (first as object) ? (first as Pair).key : first) as Node | undefined;
			if (!firstNode?.range) return key ? emptySite(key) : undefined;
			const [firstStart] = range(firstNode);
			const [, end] = range(map as Node);
			// A list item's map starts after "- ": the list's own indentation is the dash's column.
			const itemStart = isSeq(map) ? source.lastIndexOf('-', firstStart) : firstStart;
			return { insertAt: nextLine(end), indent: indentAt(itemStart) };
		},
		entrySpan(firstNode, lastNode) {
			const [first] = range(firstNode);
			const [, last] = range(lastNode ?? firstNode);
			const entryStart = lineStart(first);
			const entryEnd = nextLine(last);
			// Only indentation (and a list dash) before it, only a comment after it.
			const removable = /^[ \t]*(-[ \t]+)?$/.test(source.slice(entryStart, first)) && /^[ \t]*(#[^\n]*)?\n?$/.test(source.slice(last, entryEnd));
			return { entryStart, entryEnd, removable };
		},
	};
}
