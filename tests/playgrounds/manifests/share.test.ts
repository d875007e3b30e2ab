import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLE_TEXT } from '../../../src/playgrounds/manifests/examples.ts';
import { LATEST_K8S_VERSION, RULES, SUPPORTED_K8S_VERSIONS } from '../../../src/lib/manifest/index.ts';
import { MAX_SHARE_CHARS, MAX_SHARED_TEXT, checksum, decodeState, encodeSettings, encodeShareable, encodeState, sameState } from '../../../src/playgrounds/manifests/share.ts';
import { enText } from '../../../src/playgrounds/manifests/text-en.ts';
import { zhText } from '../../../src/playgrounds/manifests/text-zh.ts';

const known = { versions: SUPPORTED_K8S_VERSIONS, latest: LATEST_K8S_VERSION, rules: RULES.map((r) => r.id) };
const state = { text: DEFAULT_EXAMPLE_TEXT, k8sVersion: '1.23', disabledRules: ['bp/image-tag', 'bp/liveness-probe'] };

describe('share links', () => {
	it('round-trips text, version and disabled rules', () => {
		const encoded = encodeState(state);
		expect(encoded).toMatch(/^yaml=[A-Za-z0-9+\-$]+&k8s=1\.23&off=bp%2Fimage-tag,bp%2Fliveness-probe&sum=[0-9a-z]+$/);
		const decoded = decodeState(`#${encoded}`, known);
		expect(decoded.kind).toBe('ok');
		if (decoded.kind === 'ok') expect(sameState(decoded.state, state)).toBe(true);
	});

	it('round-trips unusual text: unicode, CRLF, tabs, an empty manifest', () => {
		for (const text of ['名字: 值\r\n\tx: "<script>"', '', '---\n']) {
			const decoded = decodeState(encodeState({ ...state, text }), known);
			expect(decoded).toMatchObject({ kind: 'ok', state: { text } });
		}
	});

	it('defaults version and rules when left out, and sorts rules', () => {
		const text = 'kind: Pod';
		expect(decodeState(`yaml=${compressToEncodedURIComponent(text)}&sum=${checksum(text)}`, known)).toEqual({
			kind: 'ok',
			state: { text, k8sVersion: LATEST_K8S_VERSION, disabledRules: [] },
		});
	});

	it('decodes a settings-only link (no manifest, no checksum) as settings, not as an empty manifest', () => {
		const encoded = encodeSettings(state);
		expect(encoded).toBe('k8s=1.23&off=bp%2Fimage-tag,bp%2Fliveness-probe');
		expect(decodeState(`#${encoded}`, known)).toEqual({ kind: 'settings', k8sVersion: '1.23', disabledRules: ['bp/image-tag', 'bp/liveness-probe'] });
		expect(decodeState('off=', known)).toEqual({ kind: 'settings', k8sVersion: LATEST_K8S_VERSION, disabledRules: [] });
		// Its settings are checked as strictly as a full link's.
		expect(decodeState('k8s=1.99&off=', known).kind).toBe('invalid');
		expect(decodeState('k8s=1.23&off=bp%2Fnope', known).kind).toBe('invalid');
	});

	it('treats an empty hash as empty and an anchor as foreign', () => {
		expect(decodeState('', known)).toEqual({ kind: 'empty' });
		expect(decodeState('#', known)).toEqual({ kind: 'empty' });
		expect(decodeState('#try-it', known)).toEqual({ kind: 'foreign', text: 'try-it' });
	});

	const good = encodeState(state);
	it.each([
		['too long', `yaml=${'A'.repeat(MAX_SHARE_CHARS)}&sum=0`],
		['unknown name', `${good}&evil=1`],
		['repeated name', `${good}&k8s=1.23`],
		['a checksum without its manifest', 'k8s=1.23&off=&sum=abc'],
		['an empty manifest field', good.replace(/yaml=[^&]*/, 'yaml=')],
		['no checksum', good.replace(/&sum=.*/, '')],
		['wrong checksum', good.replace(/sum=[0-9a-z]+/, 'sum=zzz')],
		['flipped payload byte', good.replace(/yaml=(.)/, (_m, c: string) => `yaml=${c === 'A' ? 'B' : 'A'}`)],
		['characters outside the alphabet', good.replace('yaml=', 'yaml=%3Cscript%3E')],
		['garbage payload', 'yaml=qwpoeiru!!~~&sum=1'],
		['unknown version', good.replace('k8s=1.23', 'k8s=1.99')],
		['version with markup', good.replace('k8s=1.23', 'k8s=%3Cb%3E')],
		['unknown rule', good.replace('off=', 'off=bp%2Fnope,')],
		['broken percent-encoding', good.replace('off=', 'off=%E0%A4%A,')],
	])('rejects %s with a message in both languages', (_what, hash) => {
		const decoded = decodeState(hash, known);
		expect(decoded.kind).toBe('invalid');
		if (decoded.kind === 'invalid') {
			expect(enText.linkProblems[decoded.problem]).toMatch(/link/);
			expect(zhText.linkProblems[decoded.problem]).toMatch(/链接/);
		}
	});

	it('only makes links the decoder accepts', () => {
		expect(encodeShareable(state)).toBe(encodeState(state));
		expect(encodeShareable({ ...state, text: 'x'.repeat(MAX_SHARED_TEXT + 1) })).toBeUndefined();
		// Incompressible text under the text limit can still be too long as a link.
		let noise = '';
		for (let i = 0; noise.length < 40_000; i++) noise += String.fromCharCode(0x4e00 + ((i * 7919) % 20000));
		expect(encodeShareable({ ...state, text: noise })).toBeUndefined();
		for (const text of ['a', DEFAULT_EXAMPLE_TEXT.repeat(20)]) {
			const link = encodeShareable({ ...state, text });
			if (link) expect(decodeState(link, known).kind).toBe('ok');
		}
	});
});
