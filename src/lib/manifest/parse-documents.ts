// Layer 1, syntax: split the text into YAML documents and find everything a YAML reader would reject,
// including the resource-exhaustion cases (alias bombs, deep nesting, huge or binary input), each as a
// located finding. Nothing here throws on input.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Alias, Document, DocumentOptions, Node, ParseOptions, SchemaOptions, Tags } from 'yaml';
import type { DocumentCache } from './document-cache.ts';
import { helmTemplateMarker } from './helm-templates.ts';
import type { Finding } from './source-text.ts';
import { message } from './message.ts';

/** Nesting deeper than this is refused; real manifests (even CRD schemas) stay far below it. */
export const MAX_NESTING_DEPTH = 100;
/** Nodes that aliases may add by expansion before we call it an alias bomb. */
export const MAX_ALIAS_EXPANSION = 10_000;
export const DEFAULT_MAX_INPUT_LENGTH = 1024 * 1024;

export interface ParsedDocument {
	index: number;
	document: Document;
	/** Offsets of the document in the linted text. */
	start: number;
	end: number;
	/** False when the document is too broken for the later layers to say anything useful. */
	usable: boolean;
}

export interface DocumentFinding extends Finding {
	document: number;
}

export interface ParseOutcome {
	/** The linted text: the input without a leading byte-order mark. */
	text: string;
	documents: ParsedDocument[];
	findings: DocumentFinding[];
	/** Indexes of the documents that are unrendered Helm templates (not checked further). */
	helmTemplates: number[];
	/** Set when the input was over the length limit, so nothing in it was parsed or checked. */
	tooLarge?: InputTooLarge;
}

/** An input refused unread: its length and the limit, both in UTF-16 code units (what editors count as characters). */
export interface InputTooLarge {
	length: number;
	limit: number;
}

/** Alias node -> the node it stands for, filled while checking each document. */
const aliasTargets = new WeakMap<Alias, Node>();

/** Follows an alias to its anchored node; other nodes are returned unchanged. */
export function resolveAlias(node: unknown): unknown {
	return isAlias(node) ? aliasTargets.get(node) : node;
}

// Kubernetes reads YAML with go-yaml v2 (YAML 1.1): yes/no/on/off are booleans and 0755 is octal, but
// sexagesimal numbers (1:20) and plain timestamps stay strings, so those resolvers are removed.
function kubernetesTags(tags: Tags): Tags {
	return tags.filter((tag) => {
		if (typeof tag !== 'object' || !('tag' in tag)) return true;
		return tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME';
	});
}

/** How the text is parsed; exported so that the benchmark can time the parser alone. */
export const YAML_OPTIONS = {
	version: '1.1',
	customTags: kubernetesTags,
	merge: true,
	// Duplicate keys are found by our own linear check below; the parser's is quadratic.
	uniqueKeys: false,
	prettyErrors: false,
	keepSourceTokens: false,
} as const satisfies ParseOptions & DocumentOptions & SchemaOptions;

// YAML only allows printable characters; NUL and other C0/C1 controls (binary data) are refused.
const invalidCharacter = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/g;
const MAX_CHARACTER_FINDINGS = 10;

function invalidCharacters(source: string): DocumentFinding[] {
	const findings: DocumentFinding[] = [];
	let count = 0;
	let first = -1;
	for (const match of source.matchAll(invalidCharacter)) {
		count++;
		if (first === -1) first = match.index;
		if (findings.length < MAX_CHARACTER_FINDINGS) {
			const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
			findings.push({
				rule: 'yaml/invalid-character',
				message: message('yaml/invalid-character', { code, hasValue: code === '0000' }),
				start: match.index,
				end: match.index + 1,
				path: '',
				document: 0,
			});
		}
	}
	if (count > MAX_CHARACTER_FINDINGS) {
		findings.push({
			rule: 'yaml/invalid-character',
			message: message('yaml/invalid-character:control-characters-in-total-the', { count }),
			start: first,
			end: first + 1,
			path: '',
			document: 0,
		});
	}
	return findings;
}

const TOO_DEEP_MESSAGE = message('fragment/too-deep-message', { MAX_NESTING_DEPTH });

export function parseDocuments(input: string, maxInputLength = DEFAULT_MAX_INPUT_LENGTH, cache?: DocumentCache): ParseOutcome {
	// Editors hide a byte-order mark, so positions are counted without it.
	const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	if (source.length > maxInputLength) {
		const length = source.length;
		const limit = maxInputLength;
		return {
			text: source,
			documents: [],
			findings: [
				{
					rule: 'yaml/input-too-large',
					message: message('yaml/input-too-large', { length, limit }),
					// Point at the first character past the limit.
					start: maxInputLength,
					end: maxInputLength + 1,
					path: '',
					document: 0,
				},
			],
			tooLarge: { length: source.length, limit: maxInputLength },
			helmTemplates: [],
		};
	}

	const findings = invalidCharacters(source);
	let parsed: ReturnType<typeof parseAllDocuments>;
	try {
		parsed = (cache?.parse(source, YAML_OPTIONS) as typeof parsed | undefined) ?? parseAllDocuments(source, YAML_OPTIONS);
	} catch (error) {
		// The parser reports its own failures as errors; this is a last line of defence.
		findings.push({
			rule: 'yaml/syntax-error',
			message: message('yaml/syntax-error', { error: String(error) }),
			start: 0,
			end: 1,
			path: '',
			document: 0,
		});
		return { text: source, documents: [], findings, helmTemplates: [] };
	}
	const list = Array.isArray(parsed) ? parsed : [];
	const documents: ParsedDocument[] = [];
	const helmTemplates: number[] = [];
	// Where the next "{{" is: searched forward once over the whole text, not once per document.
	let nextBraces = source.indexOf('{{');

	list.forEach((document, index) => {
		const [start = 0, , end = source.length] = document.range ?? [];
		const firstFinding = findings.length;
		const entry: ParsedDocument = { index, document, start, end, usable: document.errors.length === 0 };
		documents.push(entry);
		let deepest: number | undefined;
		for (const error of document.errors) {
			const [errorStart, errorEnd] = error.pos;
			// The parser turns stack overflows from deep nesting into many errors; report one.
			if (error.code === 'RESOURCE_EXHAUSTION' || /call stack/i.test(error.message)) {
				deepest = deepest === undefined ? errorStart : Math.min(deepest, errorStart);
				continue;
			}
			const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
			findings.push({
				rule: 'yaml/syntax-error',
				message: message('yaml/syntax-error:parser', { code: error.code, detail }),
				start: errorStart,
				end: Math.max(errorEnd, errorStart + 1),
				path: '',
				document: index,
			});
		}
		if (deepest !== undefined) {
			// Prefer the node where our own depth limit is crossed (the parser overflows somewhere deeper).
			const own: DocumentFinding[] = [];
			if (document.contents) inspectTree(document.contents, index, own);
			const limit = own.find((f) => f.rule === 'yaml/too-deep');
			findings.push(limit ?? { rule: 'yaml/too-deep', message: TOO_DEEP_MESSAGE, start: deepest, end: deepest + 1, path: '', document: index });
		}
		for (const warning of document.warnings) {
			findings.push({
				rule: 'yaml/syntax-warning',
				message: message('yaml/syntax-warning', { message: warning.message.split('\n')[0] }),
				start: warning.pos[0],
				end: Math.max(warning.pos[1], warning.pos[0] + 1),
				path: '',
				document: index,
			});
		}
		if (entry.usable && document.contents) {
			entry.usable = inspectTree(document.contents, index, findings);
		}
		// An unrendered Helm template gets one error instead of the YAML errors its {{ … }} cause.
		if (nextBraces !== -1 && nextBraces < start) nextBraces = source.indexOf('{{', start);
		const helm = helmTemplateMarker(source, document, start, end, nextBraces);
		if (helm) {
			findings.length = firstFinding;
			entry.usable = false;
			if (helmTemplates.length === 0) findings.push(helmTemplateFinding(source, helm, index));
			helmTemplates.push(index);
		}
	});
	return { text: source, documents, findings, helmTemplates };
}

function helmTemplateFinding(source: string, marker: { start: number; end: number }, document: number): DocumentFinding {
	const action = source.slice(marker.start, Math.min(marker.end, marker.start + 60));
	return {
		rule: 'helm/unrendered-template',
		message: message('helm/unrendered-template', { action }),
		start: marker.start,
		end: marker.end,
		path: '',
		document,
	};
}

/** Children of a scalar or an alias (shared: nothing is ever added to it). */
const NO_CHILDREN: readonly Node[] = [];

interface Frame {
	node: Node;
	depth: number;
	children: readonly Node[] | null;
	next: number;
	size: number;
}

/**
 * One iterative walk over a document's tree: duplicate keys, nesting depth, and alias resolution with a
 * budget on how many nodes aliases may add (an alias bomb expands exponentially; we count, never expand).
 * Returns false when the document must not be walked by the later layers.
 */
function inspectTree(root: Node, document: number, findings: DocumentFinding[]): boolean {
	// Only anchored nodes can be an alias's target, so only they are tracked in these two.
	const expandedSize = new Map<Node, number>();
	const open = new Set<Node>();
	const anchors = new Map<string, Node>();
	let aliasExpansion = 0;
	const stack: Frame[] = [{ node: root, depth: 1, children: null, next: 0, size: 1 }];
	const at = (node: Node) => {
		const [start = 0, end = start + 1] = node.range ?? [];
		return { start, end: Math.max(end, start + 1) };
	};

	while (stack.length > 0) {
		const frame = stack[stack.length - 1]!;
		const { node } = frame;
		if (frame.children === null) {
			if (frame.depth > MAX_NESTING_DEPTH) {
				findings.push({ rule: 'yaml/too-deep', message: TOO_DEEP_MESSAGE, ...at(node), path: '', document });
				return false;
			}
			if (node.anchor) {
				anchors.set(node.anchor, node);
				open.add(node);
			}
			frame.children = NO_CHILDREN;
			if (isAlias(node)) {
				const target = anchors.get(node.source);
				if (target && open.has(target)) {
					findings.push({
						rule: 'yaml/alias-limit',
						message: message('yaml/alias-limit', { source: node.source }),
						...at(node),
						path: '',
						document,
					});
					return false;
				}
				if (target) {
					aliasTargets.set(node, target);
					frame.size = expandedSize.get(target) ?? 1;
					aliasExpansion += frame.size;
					if (aliasExpansion > MAX_ALIAS_EXPANSION) {
						findings.push({
							rule: 'yaml/alias-limit',
							message: message('yaml/alias-limit:aliases-expand-to-more-than', { MAX_ALIAS_EXPANSION }),
							...at(node),
							path: '',
							document,
						});
						return false;
					}
				}
			} else if (isMap(node)) {
				const children: Node[] = [];
				frame.children = children;
				const seen = node.items.length > 1 ? new Set<string>() : undefined;
				for (const pair of node.items) {
					const key = pair.key;
					if (seen && isScalar(key) && typeof key.value !== 'symbol') {
						const name = String(key.value);
						if (seen.has(name)) {
							findings.push({
								rule: 'yaml/duplicate-key',
								message: message('yaml/duplicate-key', { name }),
								...at(key),
								path: '',
								document,
							});
						}
						seen.add(name);
					}
					if (key && typeof key === 'object') children.push(key as Node);
					if (pair.value && typeof pair.value === 'object') children.push(pair.value as Node);
				}
			} else if (isSeq(node)) {
				const children: Node[] = [];
				frame.children = children;
				for (const item of node.items) if (item && typeof item === 'object') children.push(item as Node);
			}
		}
		const child = frame.children[frame.next];
		if (child !== undefined) {
			frame.next++;
			stack.push({ node: child, depth: frame.depth + 1, children: null, next: 0, size: 1 });
			continue;
		}
		stack.pop();
		if (node.anchor) {
			open.delete(node);
			expandedSize.set(node, frame.size);
		}
		const parent = stack[stack.length - 1];
		if (parent) parent.size += frame.size;
	}
	return true;
}
