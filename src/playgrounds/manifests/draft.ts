// What the manifest playground keeps in this browser between visits: the reader's text and settings as
// they were, up to MAX_KEPT_TEXT characters, or — beyond it — a marker that says a text was not kept, so a
// reload says so instead of bringing back an older text. Stored uncompressed: compressing 1 MiB with
// lz-string takes about 350 ms on the main thread, while 1 MiB of UTF-16 fits every browser's 5 MB
// localStorage quota. Strictly decoded, like a share link: storage can be edited by hand.
import { decodeState, normalizeState } from './share.ts';
import type { KnownValues, PlaygroundState } from './share.ts';

/**
 * Longest text kept (UTF-16 code units): the validator's own limit on the page (DEFAULT_MAX_INPUT_LENGTH
 * in parse-documents.ts; a unit test keeps the two equal), so whatever the page checks comes back. Not
 * imported from there: that module brings the YAML parser into the page's script.
 */
export const MAX_KEPT_TEXT = 1024 * 1024;

/** Why a text was not kept: too long, or the browser refused to store it (storage full or switched off). */
export type NotKeptReason = 'too-long' | 'refused';

interface StoredDraft {
	v: 2;
	text: string;
	k8s: string;
	off: string[];
}
interface StoredMarker {
	v: 2;
	notKept: NotKeptReason;
	length: number;
}

export type DraftResult = { kind: 'ok'; state: PlaygroundState } | { kind: 'not-kept'; reason: NotKeptReason; length: number } | { kind: 'invalid' };

export function encodeDraft(state: PlaygroundState): string {
	const s = normalizeState(state);
	return JSON.stringify({ v: 2, text: s.text, k8s: s.k8sVersion, off: s.disabledRules } satisfies StoredDraft);
}

/** The entry left in place of a text that was not kept; `length` is the text's. */
export function encodeNotKept(reason: NotKeptReason, length: number): string {
	return JSON.stringify({ v: 2, notKept: reason, length } satisfies StoredMarker);
}

/** Whether a text can be kept at all (the caller then finds out whether the browser agrees). */
export function canKeep(text: string): boolean {
	return text.length <= MAX_KEPT_TEXT;
}

/** A stored entry: this format, or the earlier one (a share link's hash, kept by older versions of the page). */
export function decodeDraft(raw: string, known: KnownValues): DraftResult {
	if (!raw.startsWith('{')) {
		const legacy = decodeState(raw, known);
		return legacy.kind === 'ok' ? legacy : { kind: 'invalid' };
	}
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { kind: 'invalid' };
	}
	if (typeof value !== 'object' || value === null || (value as { v?: unknown }).v !== 2) return { kind: 'invalid' };
	const entry = value as Partial<StoredDraft & StoredMarker>;
	if (entry.notKept !== undefined) {
		const { notKept, length } = entry;
		if ((notKept === 'too-long' || notKept === 'refused') && Number.isSafeInteger(length) && length! >= 0) return { kind: 'not-kept', reason: notKept, length: length! };
		return { kind: 'invalid' };
	}
	const { text, k8s, off } = entry;
	if (typeof text !== 'string' || !canKeep(text) || typeof k8s !== 'string' || !Array.isArray(off) || !off.every((id) => typeof id === 'string')) return { kind: 'invalid' };
	if (!known.versions.includes(k8s) || off.some((id) => !known.rules.includes(id))) return { kind: 'invalid' };
	return { kind: 'ok', state: normalizeState({ text, k8sVersion: k8s, disabledRules: off }) };
}
