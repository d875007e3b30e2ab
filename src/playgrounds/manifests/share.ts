// The manifest playground's state as text: a share link's hash and the localStorage entry use the same
// encoding and the same strict decoder, because both can be tampered with. The manifest is compressed with
// lz-string (URL-safe alphabet) and guarded by a checksum, so a damaged link is reported, not half-loaded.
// lz-string is CommonJS: a default import works in Node, Vitest and the browser bundle alike.
import lzString from 'lz-string';
const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = lzString;
import { readHashParams, writeHashParams } from '../common/hash-params.ts';

export interface PlaygroundState {
	text: string;
	k8sVersion: string;
	/** Rule ids switched off, sorted. */
	disabledRules: string[];
}

/** Longest hash we decode. lz-string output can grow quadratically with crafted input, so this stays small. */
export const MAX_SHARE_CHARS = 16_000;
/** Longest manifest a link or the store may hold (UTF-16 code units); longer ones are not even compressed. */
export const MAX_SHARED_TEXT = 64 * 1024;

/**
 * What a state may name. Passed in rather than imported, so the page's script does not pull in the schema
 * (the version list lives next to it): the page reads them from its own version picker and rule toggles.
 */
export interface KnownValues {
	versions: readonly string[];
	latest: string;
	rules: readonly string[];
}
const NAMES = ['yaml', 'k8s', 'off', 'sum'] as const;

/** FNV-1a over UTF-16 code units: not security, just "this text is what the page encoded". */
export function checksum(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

export function normalizeState(state: PlaygroundState): PlaygroundState {
	return { text: state.text, k8sVersion: state.k8sVersion, disabledRules: [...new Set(state.disabledRules)].sort() };
}

/** `yaml=<lz>&k8s=1.36&off=bp%2Fimage-tag,…&sum=<checksum>`, always in this order. */
export function encodeState(state: PlaygroundState): string {
	const s = normalizeState(state);
	return writeHashParams([
		['yaml', compressToEncodedURIComponent(s.text)],
		['k8s', encodeURIComponent(s.k8sVersion)],
		['off', s.disabledRules.map(encodeURIComponent).join(',')],
		['sum', checksum(s.text)],
	]);
}

/**
 * The link for a state, or undefined when the manifest is too long for one (then the caller shares the
 * settings alone, with encodeSettings). Never produces a link that decodeState would refuse as too long.
 */
export function encodeShareable(state: PlaygroundState): string | undefined {
	if (state.text.length > MAX_SHARED_TEXT) return undefined;
	const encoded = encodeState(state);
	return encoded.length <= MAX_SHARE_CHARS ? encoded : undefined;
}

/** `k8s=1.36&off=…` with no manifest at all: what a page shares when the manifest is too long for a link. */
export function encodeSettings(state: Pick<PlaygroundState, 'k8sVersion' | 'disabledRules'>): string {
	const s = normalizeState({ text: '', ...state });
	return [`k8s=${encodeURIComponent(s.k8sVersion)}`, `off=${s.disabledRules.map(encodeURIComponent).join(',')}`].join('&');
}

export type DecodeResult =
	| { kind: 'empty' }
	/** Settings without a manifest (encodeSettings): the caller applies them to a manifest of its own and says so. */
	| { kind: 'settings'; k8sVersion: string; disabledRules: string[] }
	/** Not ours (no `name=value`), e.g. a heading anchor; the caller decides. */
	| { kind: 'foreign'; text: string }
	| { kind: 'ok'; state: PlaygroundState }
	| { kind: 'invalid'; problem: LinkProblem };

/** Why a link could not be opened; the words are the playground text's `linkProblems`. */
export type LinkProblem = 'tooLong' | 'encoding' | 'unknown' | 'duplicate' | 'missing' | 'damaged' | 'textTooLong' | 'version' | 'rule';

const invalid = (problem: LinkProblem): DecodeResult => ({ kind: 'invalid', problem });

/**
 * Decode a hash (with or without `#`) or a stored string. Strict: any unknown, repeated or malformed part
 * makes the whole thing invalid — never a half-applied state. `k8s` and `off` may be left out.
 */
export function decodeState(raw: string, known: KnownValues): DecodeResult {
	const read = readHashParams(raw, { maxChars: MAX_SHARE_CHARS, names: NAMES });
	if (read.kind === 'empty' || read.kind === 'foreign') return read;
	if (read.kind === 'invalid') return invalid(read.problem.id === 'too-long' ? 'tooLong' : read.problem.id);
	const { values } = read;
	const packed = values.get('yaml');
	const sum = values.get('sum');
	// Neither manifest nor checksum: settings alone (encodeSettings). One without the other was cut short.
	const settingsOnly = packed === undefined && sum === undefined;
	let manifest: string | null = '';
	if (!settingsOnly) {
		if (!packed || sum === undefined) return invalid('missing');
		// lz-string's URL alphabet; anything else was not produced by encodeState.
		if (!/^[A-Za-z0-9+\-$]*$/.test(packed)) return invalid('damaged');
		try {
			manifest = decompressFromEncodedURIComponent(packed);
		} catch {
			manifest = null;
		}
		if (manifest === null || manifest === undefined) return invalid('damaged');
		if (manifest.length > MAX_SHARED_TEXT) return invalid('textTooLong');
		if (checksum(manifest) !== sum) return invalid('damaged');
	}
	let k8sVersion = known.latest;
	let disabledRules: string[] = [];
	try {
		const version = values.get('k8s');
		if (version !== undefined && version !== '') k8sVersion = decodeURIComponent(version);
		const off = values.get('off');
		if (off) disabledRules = off.split(',').map(decodeURIComponent);
	} catch {
		return invalid('encoding');
	}
	if (!known.versions.includes(k8sVersion)) return invalid('version');
	if (disabledRules.some((id) => !known.rules.includes(id))) return invalid('rule');
	if (settingsOnly) {
		const { k8sVersion: version, disabledRules: off } = normalizeState({ text: '', k8sVersion, disabledRules });
		return { kind: 'settings', k8sVersion: version, disabledRules: off };
	}
	return { kind: 'ok', state: normalizeState({ text: manifest, k8sVersion, disabledRules }) };
}

export function sameState(a: PlaygroundState, b: PlaygroundState): boolean {
	return a.text === b.text && a.k8sVersion === b.k8sVersion && a.disabledRules.join(',') === b.disabledRules.join(',');
}
