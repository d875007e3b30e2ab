// The CIDR playground's pure parts: share-link encoding, config generation, picture geometry, the element tree.
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../src/lib/cidr/index.ts';
import { configSnippets } from '../../../src/lib/cidr/config-snippets.ts';
import { MIN_WIDTH, rangesOf, ruler, spaceBars } from '../../../src/lib/cidr/layout.ts';
import { resultsView } from '../../../src/playgrounds/cidr/view.ts';
import { PRESETS } from '../../../src/playgrounds/cidr/presets.ts';
import { DEFAULT_STATE, decodeState, encodeState, toPlanInput } from '../../../src/playgrounds/cidr/share.ts';
import type { PlanState } from '../../../src/playgrounds/cidr/share.ts';
import { h, toHtml } from '../../../src/playgrounds/common/view-tree.ts';
import { WORDS as EN } from '../../../src/playgrounds/cidr/words-en.ts';
import { WORDS as ZH } from '../../../src/playgrounds/cidr/words-zh.ts';

const state = (over: Partial<PlanState> = {}): PlanState => ({ ...DEFAULT_STATE, ...over });

describe('share links', () => {
	it.each(PRESETS.map((p) => [p.id, p.state] as const))('round-trips the %s preset', (_id, s) => {
		expect(decodeState(`#${encodeState(s)}`)).toEqual({ kind: 'ok', state: s });
	});

	it('round-trips plans with mistakes in them', () => {
		const s = state({ pod: '010.96/12,,', nodeMaskV4: '', maxPods: '9999999999' });
		expect(decodeState(encodeState(s))).toEqual({ kind: 'ok', state: s });
	});

	it('fills missing optional settings with the defaults', () => {
		expect(decodeState('pod=10.1.0.0%2F16&service=10.2.0.0%2F16')).toEqual({
			kind: 'ok',
			state: state({ pod: '10.1.0.0/16', service: '10.2.0.0/16' }),
		});
	});

	it.each([
		['', 'empty'],
		['#', 'empty'],
		['#cidr-capacity', 'foreign'],
		// Markup, spaces or exponents are wrong values, not wrong links: the form can hold them, so they load as text.
		['#pod=%3Cscript%3Ealert(1)%3C%2Fscript%3E&service=10.96.0.0%2F12', 'ok'],
		['#pod=10.0.0.0%2F8%20&service=10.96.0.0%2F12', 'ok'],
		['#pod=10.0.0.0%2F8%0A&service=10.96.0.0%2F12', 'invalid'],
		['#pod=%E2%80%AE10.0.0.0%2F8&service=10.96.0.0%2F12', 'invalid'],
		[`#pod=${'1'.repeat(1025)}&service=x`, 'invalid'],
		['#pod=%E0%A4%A&service=x', 'invalid'],
		['#pod=10.0.0.0%2F8&service=10.96.0.0%2F12&evil=1', 'invalid'],
		['#pod=10.0.0.0%2F8&pod=10.0.0.0%2F8&service=10.96.0.0%2F12', 'invalid'],
		['#service=10.96.0.0%2F12', 'invalid'],
		['#pod=10.0.0.0%2F8&service=10.96.0.0%2F12&maxPods=1e3', 'ok'],
		['#pod=10.0.0.0%2F8&service=10.96.0.0%2F12&mask4=-1', 'ok'],
		[`#pod=${'1'.repeat(11000)}&service=x`, 'invalid'],
		['#=&=&=', 'invalid'],
	])('%s is %s', (hash, kind) => {
		expect(decodeState(hash).kind).toBe(kind);
	});

	it('every value the form can hold survives its own share link: long lists, non-ASCII, full width', () => {
		const values = [
			Array.from({ length: 93 }, () => '10.0.0.0/8').join(','), // 1,022 characters
			'１０.０.０.０/８', // full-width digits typed with a Chinese input method
			'10.0.0.0/8，fd00::/56', // a full-width comma
			'<b>10.0.0.0/8</b>',
		];
		for (const pod of values) {
			const s = state({ pod, maxPods: '一百' });
			expect(decodeState(`#${encodeState(s)}`)).toEqual({ kind: 'ok', state: s });
		}
	});

	it('gives a reason each language can say, and never echoes markup', () => {
		const r = decodeState('#%3Cimg%20src%3Dx%3E=1');
		expect(r.kind).toBe('invalid');
		if (r.kind === 'invalid') {
			expect(r.problem).toEqual({ id: 'unknown', name: '<img src=x>' });
			expect(EN.shareProblem(r.problem)).toBe('The link contains an unknown setting “<img src=x>”.');
			expect(ZH.shareProblem(r.problem)).toMatch(/未知的设置/);
		}
	});
});

describe('config snippets', () => {
	const snippets = (s: PlanState) => configSnippets(s, analyzePlan(toPlanInput(s)));

	it('writes the example plan for every tool', () => {
		const out = Object.fromEntries(snippets(DEFAULT_STATE).map((s) => [s.id, s.text]));
		expect(Object.keys(out)).toEqual(['kubeadm', 'controller-manager', 'flannel', 'calico', 'k3s']);
		expect(out.kubeadm).toContain('podSubnet: "10.100.0.0/16"');
		expect(out.kubeadm).toContain('serviceSubnet: "10.200.0.0/16"');
		expect(out.kubeadm).toContain('- 10.200.0.10');
		expect(out.kubeadm).not.toContain('ipv6');
		expect(out['controller-manager']).toContain('--cluster-cidr=10.100.0.0/16');
		expect(out['controller-manager']).toMatch(/--node-cidr-mask-size-ipv4=24$/);
		expect(JSON.parse(out.flannel!)).toEqual({ Network: '10.100.0.0/16', SubnetLen: 24, Backend: { Type: 'vxlan' } });
		expect(out.calico).toContain('cidr: 10.100.0.0/16');
		expect(out.k3s).toContain('--service-cidr=10.200.0.0/16');
		expect(out.k3s).toContain('--kubelet-arg=max-pods=110');
	});

	it('keeps list order and normalises host bits and leading zeros', () => {
		const out = Object.fromEntries(
			snippets(state({ pod: 'fd00:10:244::1/56,010.244.0.1/16', service: 'fd00:10:96::/112,10.96.0.0/16', nodeMaskV6: '64' })).map((s) => [s.id, s.text]),
		);
		expect(out.kubeadm).toContain('podSubnet: "fd00:10:244::/56,10.244.0.0/16"');
		expect(JSON.parse(out.flannel!)).toMatchObject({ Network: '10.244.0.0/16', EnableIPv6: true, IPv6Network: 'fd00:10:244::/56', IPv6SubnetLen: 64 });
		expect(out.calico?.split('---')).toHaveLength(2);
		expect(out['controller-manager']).toContain('--node-cidr-mask-size-ipv6=64');
	});

	it('IPv6-only: Flannel turns IPv4 off; no IPv4 mask flag', () => {
		const out = Object.fromEntries(snippets(state({ pod: 'fd00:1::/56', service: 'fd00:2::/112', node: '', nodeMaskV4: '' })).map((s) => [s.id, s.text]));
		expect(JSON.parse(out.flannel!)).toMatchObject({ EnableIPv4: false, EnableIPv6: true });
		expect(out['controller-manager']).not.toContain('ipv4');
	});

	it('Calico blockSize never precedes the pool prefix', () => {
		const out = snippets(state({ pod: '10.0.0.0/28', nodeMaskV4: '28' })).find((s) => s.id === 'calico');
		expect(out?.text).toContain('blockSize: 28');
	});

	it('gives nothing for a list that does not parse', () => {
		expect(snippets(state({ pod: '10.100/16' }))).toEqual([]);
		expect(snippets(state({ service: '' }))).toEqual([]);
	});
});

describe('layout', () => {
	it('draws network, per-node and host bits of a Pod range', () => {
		const [ref] = rangesOf({ node: '', pod: '10.100.0.0/16', service: '' });
		const r = ruler(ref!, { v4: 24, v6: 64 });
		expect(r.segments.map((s) => [s.kind, s.bits])).toEqual([
			['network', 16],
			['node', 8],
			['host', 8],
		]);
		expect(r.octets?.map((o) => o.value)).toEqual([10, 100, 0, 0]);
		expect(r.octets?.[1]?.bits.map((b) => b.bit).join('')).toBe('01100100');
		expect(r.octets?.[2]?.bits.every((b) => b.kind === 'node')).toBe(true);
	});

	it('draws no per-node bits when the node mask is shorter than the range', () => {
		const [ref] = rangesOf({ node: '', pod: '10.0.0.0/26', service: '' });
		expect(ruler(ref!, { v4: 24, v6: 64 }).segments.map((s) => s.kind)).toEqual(['network', 'host']);
	});

	it('IPv6 rulers are proportional bars without single bits', () => {
		const [ref] = rangesOf({ node: '', pod: 'fd00::/56', service: '' });
		const r = ruler(ref!, { v4: 24, v6: 64 });
		expect(r.octets).toBeUndefined();
		expect(r.segments.reduce((n, s) => n + s.percent, 0)).toBeCloseTo(100);
	});

	it('places ranges in their common block and marks overlaps', () => {
		const [bar] = spaceBars(rangesOf({ node: '10.0.0.0/24', pod: '10.100.0.0/16', service: '10.96.0.0/12' }));
		expect(bar?.view.text).toBe('10.0.0.0/9');
		expect(bar?.tracks.map((t) => t.role)).toEqual(['node', 'pod', 'service']);
		expect(bar?.tracks[0]?.width).toBe(MIN_WIDTH);
		expect(bar?.overlaps).toHaveLength(1);
		expect(bar?.overlaps[0]).toMatchObject({ first: '10.100.0.0', last: '10.100.255.255' });
		for (const t of bar!.tracks) expect(t.left + t.width).toBeLessThanOrEqual(100);
	});

	it('one bar per family, none for a family without ranges', () => {
		expect(spaceBars(rangesOf({ node: '', pod: '10.1.0.0/16,fd00::/56', service: '10.2.0.0/16,fd01::/112' })).map((b) => b.family)).toEqual(['IPv4', 'IPv6']);
		expect(spaceBars(rangesOf({ node: '', pod: 'x', service: '' }))).toEqual([]);
	});
});

describe('element tree', () => {
	it('escapes text and attributes', () => {
		expect(toHtml(h('p', { title: '"><script>' }, '<img src=x onerror=alert(1)>&'))).toBe('<p title="&quot;&gt;&lt;script&gt;">&lt;img src=x onerror=alert(1)&gt;&amp;</p>');
	});

	it('refuses event-handler attributes and odd tag names', () => {
		expect(() => toHtml(h('p', { onclick: 'x' }))).toThrow();
		expect(() => toHtml(h('p x', {}))).toThrow();
	});

	it('renders hostile input as text in the results', () => {
		const s = state({ pod: '<script>alert(1)</script>', service: '"><img src=x>' });
		const html = toHtml(resultsView(s, analyzePlan(toPlanInput(s)), EN));
		expect(html).not.toMatch(/<script|<img/);
	});
});
