// The manifest playground's state as text: a share link's hash and the localStorage entry use the same
// encoding and the same strict decoder, because both can be tampered with. The manifest is compressed with
// lz-string (URL-safe alphabet) and guarded by a checksum, so a damaged link is reported, not half-loaded.
// lz-string is CommonJS: a default import works in Node, Vitest and the browser bundle alike.
import lzString from 'lz-string';
const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = lzString;
import type { LocalizedText } from '../../lib/manifest/types.ts';

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
	return [
		`yaml=${compressToEncodedURIComponent(s.text)}`,
		`k8s=${encodeURIComponent(s.k8sVersion)}`,
		`off=${s.disabledRules.map(encodeURIComponent).join(',')}`,
		`sum=${checksum(s.text)}`,
	].join('&');
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
	| { kind: 'invalid'; problem: LocalizedText };

const problems = {
	tooLong: { en: 'The link is too long to come from this page.', zh: '这个链接太长，不像是本页生成的。' },
	encoding: { en: 'The link contains broken percent-encoding.', zh: '链接中的百分号编码已损坏。' },
	unknown: { en: 'The link contains a setting this page does not know.', zh: '链接中有本页不认识的设置。' },
	duplicate: { en: 'The link sets something twice.', zh: '链接中有重复的设置。' },
	missing: { en: 'The link holds no manifest.', zh: '链接中没有清单。' },
	damaged: { en: 'The manifest in the link is damaged (it does not decompress to what was shared).', zh: '链接中的清单已损坏（解压结果与分享时不一致）。' },
	textTooLong: { en: 'The manifest in the link is too long.', zh: '链接中的清单太长。' },
	version: { en: 'The link asks for a Kubernetes version this page does not offer.', zh: '链接指定了本页不提供的 Kubernetes 版本。' },
	rule: { en: 'The link switches off a rule this page does not know.', zh: '链接关闭了本页不认识的规则。' },
} as const satisfies Record<string, LocalizedText>;

const invalid = (problem: LocalizedText): DecodeResult => ({ kind: 'invalid', problem });

/**
 * Decode a hash (with or without `#`) or a stored string. Strict: any unknown, repeated or malformed part
 * makes the whole thing invalid — never a half-applied state. `k8s` and `off` may be left out.
 */
export function decodeState(raw: string, known: KnownValues): DecodeResult {
	const text = raw.startsWith('#') ? raw.slice(1) : raw;
	if (text === '') return { kind: 'empty' };
	if (text.length > MAX_SHARE_CHARS) return invalid(problems.tooLong);
	if (!text.includes('=')) return { kind: 'foreign', text };
	const values = new Map<string, string>();
	for (const pair of text.split('&')) {
		const eq = pair.indexOf('=');
		const name = eq < 0 ? pair : pair.slice(0, eq);
		if (!(NAMES as readonly string[]).includes(name)) return invalid(problems.unknown);
		if (values.has(name)) return invalid(problems.duplicate);
		values.set(name, eq < 0 ? '' : pair.slice(eq + 1));
	}
	const packed = values.get('yaml');
	const sum = values.get('sum');
	// Neither manifest nor checksum: settings alone (encodeSettings). One without the other was cut short.
	const settingsOnly = packed === undefined && sum === undefined;
	let manifest: string | null = '';
	if (!settingsOnly) {
		if (!packed || sum === undefined) return invalid(problems.missing);
		// lz-string's URL alphabet; anything else was not produced by encodeState.
		if (!/^[A-Za-z0-9+\-$]*$/.test(packed)) return invalid(problems.damaged);
		try {
			manifest = decompressFromEncodedURIComponent(packed);
		} catch {
			manifest = null;
		}
		if (manifest === null || manifest === undefined) return invalid(problems.damaged);
		if (manifest.length > MAX_SHARED_TEXT) return invalid(problems.textTooLong);
		if (checksum(manifest) !== sum) return invalid(problems.damaged);
	}
	let k8sVersion = known.latest;
	let disabledRules: string[] = [];
	try {
		const version = values.get('k8s');
		if (version !== undefined && version !== '') k8sVersion = decodeURIComponent(version);
		const off = values.get('off');
		if (off) disabledRules = off.split(',').map(decodeURIComponent);
	} catch {
		return invalid(problems.encoding);
	}
	if (!known.versions.includes(k8sVersion)) return invalid(problems.version);
	if (disabledRules.some((id) => !known.rules.includes(id))) return invalid(problems.rule);
	if (settingsOnly) {
		const { k8sVersion: version, disabledRules: off } = normalizeState({ text: '', k8sVersion, disabledRules });
		return { kind: 'settings', k8sVersion: version, disabledRules: off };
	}
	return { kind: 'ok', state: normalizeState({ text: manifest, k8sVersion, disabledRules }) };
}

export function sameState(a: PlaygroundState, b: PlaygroundState): boolean {
	return a.text === b.text && a.k8sVersion === b.k8sVersion && a.disabledRules.join(',') === b.disabledRules.join(',');
}
