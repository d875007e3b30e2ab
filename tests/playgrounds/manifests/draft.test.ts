// What the playground keeps between visits: texts up to the validator's own limit come back exactly, a
// longer one leaves a marker (so a reload says so instead of restoring an older text), tampered entries
// are refused whole, and the format before this one still loads.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLE_TEXT } from '../../../src/playgrounds/manifests/examples.ts';
import { DEFAULT_MAX_INPUT_LENGTH, LATEST_K8S_VERSION, RULES, SUPPORTED_K8S_VERSIONS } from '../../../src/lib/manifest/index.ts';
import { MAX_KEPT_TEXT, canKeep, decodeDraft, encodeDraft, encodeNotKept } from '../../../src/playgrounds/manifests/draft.ts';
import { decodeState, encodeSettings, encodeShareable, encodeState } from '../../../src/playgrounds/manifests/share.ts';

const known = { versions: SUPPORTED_K8S_VERSIONS, latest: LATEST_K8S_VERSION, rules: RULES.map((r) => r.id) };
const state = { text: DEFAULT_EXAMPLE_TEXT, k8sVersion: '1.23', disabledRules: ['bp/liveness-probe', 'bp/image-tag'] };

describe('the kept draft', () => {
	it('keeps exactly what the page checks: the same limit as the validator', () => {
		expect(MAX_KEPT_TEXT).toBe(DEFAULT_MAX_INPUT_LENGTH);
		expect(canKeep('x'.repeat(MAX_KEPT_TEXT))).toBe(true);
		expect(canKeep('x'.repeat(MAX_KEPT_TEXT + 1))).toBe(false);
	});

	it('round-trips texts far beyond a share link, unusual characters included', () => {
		const long = DEFAULT_EXAMPLE_TEXT.repeat(Math.floor(MAX_KEPT_TEXT / DEFAULT_EXAMPLE_TEXT.length));
		expect(long.length).toBeGreaterThan(64 * 1024);
		for (const text of [long, 'x'.repeat(MAX_KEPT_TEXT), 'data:\r\n  a: "中文 😀 \t"\n', 'lone \ud800 surrogate', '']) {
			const decoded = decodeDraft(encodeDraft({ ...state, text }), known);
			expect(decoded).toEqual({ kind: 'ok', state: { text, k8sVersion: '1.23', disabledRules: ['bp/image-tag', 'bp/liveness-probe'] } });
		}
	});

	it('a marker says a text was not kept, how long it was and why', () => {
		expect(decodeDraft(encodeNotKept('too-long', 5_000_000), known)).toEqual({ kind: 'not-kept', reason: 'too-long', length: 5_000_000 });
		expect(decodeDraft(encodeNotKept('refused', 70_000), known)).toEqual({ kind: 'not-kept', reason: 'refused', length: 70_000 });
	});

	it('refuses tampered or damaged entries whole', () => {
		const good = JSON.parse(encodeDraft(state)) as Record<string, unknown>;
		const bad = [
			encodeDraft(state).slice(0, -5),
			JSON.stringify({ ...good, v: 3 }),
			JSON.stringify({ ...good, k8s: '9.99' }),
			JSON.stringify({ ...good, off: ['no/such-rule'] }),
			JSON.stringify({ ...good, off: 'bp/image-tag' }),
			JSON.stringify({ ...good, text: 42 }),
			JSON.stringify({ ...good, text: 'x'.repeat(MAX_KEPT_TEXT + 1) }),
			JSON.stringify({ v: 2, notKept: 'other', length: 1 }),
			JSON.stringify({ v: 2, notKept: 'too-long', length: -1 }),
			'null',
			'{',
			'yaml=%%%&sum=1',
		];
		for (const raw of bad) expect(decodeDraft(raw, known)).toEqual({ kind: 'invalid' });
	});

	it('still loads what older versions of the page stored (a share link’s encoding)', () => {
		expect(decodeDraft(encodeState(state), known)).toMatchObject({ kind: 'ok', state: { text: DEFAULT_EXAMPLE_TEXT, k8sVersion: '1.23' } });
	});
});

describe('share links the page makes', () => {
	it('every one opens: each link encodeShareable makes decodes to the same state, or the page shares the settings alone', () => {
		let noise = '';
		for (let i = 0; noise.length < 20_000; i++) noise += String.fromCharCode(0x4e00 + ((i * 7919) % 20000));
		const texts = [
			'a',
			'lone \udc00 surrogate and 😀',
			'ключ: значение\r\n',
			DEFAULT_EXAMPLE_TEXT.repeat(30),
			noise.slice(0, 5000),
			noise,
			'x'.repeat(64 * 1024),
			'x'.repeat(64 * 1024 + 1),
		];
		for (const text of texts) {
			const full = { ...state, text };
			const shareable = encodeShareable(full);
			const decoded = decodeState(`#${shareable ?? encodeSettings(full)}`, known);
			if (shareable) expect(decoded).toMatchObject({ kind: 'ok', state: { text } });
			else expect(decoded).toEqual({ kind: 'settings', k8sVersion: full.k8sVersion, disabledRules: [...full.disabledRules].sort() });
		}
	});
});
