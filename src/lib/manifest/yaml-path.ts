// Where in a YAML document a position is, from indentation alone: the editor asks while the text is half
// typed, when a real parse would fail. Block style only (what manifests use); flow collections and block
// scalars are not followed. Segments are mapping keys, with '[]' for "an item of a list".

export interface YamlPathAt {
	/** Keys from the document root to the mapping the position is in, e.g. ['spec', 'containers', '[]']. */
	path: string[];
	/** 'key' when typing a key (nothing or only a key before the cursor), 'value' after `key:`. */
	at: 'key' | 'value';
	/** The key of the line, when there is one (for 'value', the key whose value is being typed). */
	key?: string;
	/** Where the key starts and ends on the cursor's line, 0-based offsets into the text. */
	keyStart?: number;
	keyEnd?: number;
	/** Text typed so far for the key or value (for completions' filtering and replace range). */
	prefix: string;
	prefixStart: number;
	/** Offsets of the document (between `---` lines) the position is in. */
	documentStart: number;
	documentEnd: number;
}

interface LineEntries {
	dashes: number[];
	key?: { name: string; column: number; end: number; rest: string };
	contentColumn: number;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\-?:,[\]{}][^:#]*?|-[^\s:#][^:#]*?)\s*:(?=\s|$)/;

function unquote(key: string): string {
	if (key.startsWith('"') || key.startsWith("'")) return key.slice(1, -1);
	return key.trimEnd();
}

/** Dashes of list items and the key of one line (without its line break). */
function entries(line: string): LineEntries {
	const dashes: number[] = [];
	let i = 0;
	for (;;) {
		while (line[i] === ' ') i++;
		if (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined || line[i + 1] === '\r')) {
			dashes.push(i);
			i += 1;
		} else break;
	}
	const m = KEY.exec(line.slice(i));
	if (!m) return { dashes, contentColumn: i };
	const name = unquote(m[1]!);
	const after = line.slice(i + m[0].length);
	return { dashes, key: { name, column: i, end: i + m[1]!.length, rest: after }, contentColumn: i };
}

/** A `key:` line that opens a nested block (nothing but a comment or an anchor after the colon). */
const opensBlock = (rest: string) => /^\s*(?:&\S+\s*)?(?:#.*)?\r?$/.test(rest);

export function documentBounds(text: string, offset: number): { start: number; end: number } {
	const separator = /^---(?=\s|$).*$/gm;
	let start = 0;
	let end = text.length;
	for (let m = separator.exec(text); m; m = separator.exec(text)) {
		if (m.index + m[0].length < offset || (m.index <= offset && offset <= m.index + m[0].length && offset > m.index)) start = m.index + m[0].length + 1;
		else if (m.index >= offset) {
			end = m.index;
			break;
		}
	}
	return { start: Math.min(start, text.length), end };
}

export function yamlPathAt(text: string, offset: number): YamlPathAt {
	const { start: documentStart, end: documentEnd } = documentBounds(text, offset);
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	const lineEndIndex = text.indexOf('\n', offset);
	const fullLine = text.slice(lineStart, lineEndIndex === -1 ? text.length : lineEndIndex);
	const before = text.slice(lineStart, offset);
	const cursorColumn = offset - lineStart;
	const own = entries(fullLine);
	const path: string[] = [];
	let at: 'key' | 'value' = 'key';
	let key: string | undefined;
	let keyStart: number | undefined;
	let keyEnd: number | undefined;
	let prefix: string;
	let prefixStart: number;
	let col: number;
	if (own.key && cursorColumn > own.key.end) {
		at = 'value';
		key = own.key.name;
		keyStart = lineStart + own.key.column;
		keyEnd = lineStart + own.key.end;
		const valueMatch = /:\s*/.exec(before.slice(own.key.end));
		const valueStart = own.key.end + (valueMatch ? valueMatch.index + valueMatch[0].length : before.length - own.key.end);
		prefixStart = lineStart + Math.min(valueStart, cursorColumn);
		prefix = text.slice(prefixStart, offset);
		col = own.key.column;
	} else {
		if (own.key && cursorColumn >= own.key.column) {
			key = own.key.name;
			keyStart = lineStart + own.key.column;
			keyEnd = lineStart + own.key.end;
		}
		const contentColumn = before.trim() === '' ? cursorColumn : own.contentColumn;
		prefixStart = lineStart + Math.min(contentColumn, cursorColumn);
		prefix = text.slice(prefixStart, offset).replace(/^['"]/, '');
		col = contentColumn;
	}
	let afterDash = false;
	const step = (e: LineEntries, fromKeyOk: boolean) => {
		const items: Array<{ column: number; kind: 'dash' | 'key'; name?: string }> = e.dashes.map((c) => ({ column: c, kind: 'dash' as const }));
		if (e.key && fromKeyOk && opensBlock(e.key.rest)) items.push({ column: e.key.column, kind: 'key', name: e.key.name });
		for (let i = items.length - 1; i >= 0; i--) {
			const item = items[i]!;
			const parent = item.column < col || (afterDash && item.kind === 'key' && item.column <= col);
			if (!parent) continue;
			path.unshift(item.kind === 'key' ? item.name! : '[]');
			col = item.column;
			afterDash = item.kind === 'dash';
		}
	};
	// The cursor's own line: only its dashes left of the content matter.
	step({ dashes: own.dashes.filter((c) => c < cursorColumn), contentColumn: own.contentColumn }, false);
	let end = lineStart - 1;
	while (end > documentStart && (col > 0 || afterDash)) {
		const start = text.lastIndexOf('\n', end - 1) + 1;
		const line = text.slice(Math.max(start, documentStart), end);
		end = start - 1;
		if (line.trim() === '' || /^\s*#/.test(line)) continue;
		step(entries(line), true);
		if (start <= documentStart) break;
	}
	return { path, at, key, keyStart, keyEnd, prefix, prefixStart, documentStart, documentEnd };
}
