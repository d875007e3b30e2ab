// What the CIDR playground shows for a plan, as element trees (view-tree.ts): the diagnostics of each input,
// the summary line, the capacity table, the bit rulers, the address-space bars and the generated config.
// Pure: the page renders it to HTML at build time, the browser script to DOM nodes as you type.

import { formatCount } from '../../lib/cidr/messages/count.ts';
import { formatMessage } from '../../lib/i18n/index.ts';
import type { Lang } from '../../lib/i18n/index.ts';
import { configSnippets } from '../../lib/cidr/config-snippets.ts';
import { rangesOf, ruler, spaceBars } from '../../lib/cidr/layout.ts';
import type { Ruler, SpaceBar } from '../../lib/cidr/layout.ts';
import type { CidrWords, PageWords } from './text.ts';
import type { PlanState } from './share.ts';
import type { AnalyzeResult, Count, Diagnostic, Field, FamilyPlan } from '../../lib/cidr/types.ts';
import { h } from '../common/view-tree.ts';
import type { ViewElement, ViewNode } from '../common/view-tree.ts';

export const FIELDS: readonly Field[] = ['node', 'pod', 'service', 'nodeMaskV4', 'nodeMaskV6', 'maxPods'];

/** Ids the page and the script share. Fixed English ids in both languages: anchors match across twins. */
export const IDS = {
	input: (f: Field) => `cidr-${f}`,
	diagnostics: (f: Field) => `cidr-${f}-diagnostics`,
	hint: (f: Field) => `cidr-${f}-hint`,
	summary: 'cidr-summary',
	results: 'cidr-results',
} as const;

function fmt(lang: Lang, count: Count | ''): string {
	if (count === '') return '';
	return formatCount(lang, count);
}

function counts(result: AnalyzeResult) {
	const n = (s: Diagnostic['severity']) => result.diagnostics.filter((d) => d.severity === s).length;
	return { errors: n('error'), warnings: n('warning'), infos: n('info') };
}

export function summaryText(result: AnalyzeResult, w: CidrWords): string {
	const c = counts(result);
	return w.view.summary(result.ok, c.errors, c.warnings, c.infos);
}

export function fieldHasError(result: AnalyzeResult, field: Field): boolean {
	return result.diagnostics.some((d) => d.field === field && d.severity === 'error');
}

/** The list items under one input. The list itself (with its id) is part of the page. */
export function fieldDiagnostics(result: AnalyzeResult, field: Field, w: PageWords, state: PlanState): ViewNode[] {
	const T = w.view;
	const listed = field === 'pod' || field === 'service' || field === 'node' ? state[field].split(',').length > 1 : false;
	return result.diagnostics
		.filter((d) => d.field === field)
		.map((d) =>
			h(
				'li',
				{ class: `cidr-diagnostic cidr-${d.severity}`, 'data-rule': d.rule },
				h('span', { class: 'cidr-severity' }, `${T.severity[d.severity]}${listed && d.index !== undefined ? ` (${T.entry(d.index + 1)})` : ''}`),
				' ',
				h('span', { class: 'cidr-message' }, formatMessage(w.messages, d.message)),
				' ',
				h('code', { class: 'cidr-rule' }, d.rule),
			),
		);
}

function capacityTable(plan: FamilyPlan[], maxPods: number, w: CidrWords): ViewElement {
	const T = w.view;
	const R = T.rows;
	const cell = (value: string) => h('td', {}, value || T.none);
	const rows: Array<[string, (p: FamilyPlan) => string]> = [
		[R.pod, (p) => p.pod],
		[R.nodeMask, (p) => (p.pod ? `/${p.nodeMask}` : '')],
		[R.nodeRanges, (p) => (p.pod ? fmt(w.lang, p.nodeRanges) : '')],
		[R.reserved, (p) => (p.pod ? fmt(w.lang, p.nodeRangesReservedByService) : '')],
		[R.available, (p) => (p.pod ? fmt(w.lang, p.nodeRangesAvailable) : '')],
		[R.addressesPerNode, (p) => (p.pod ? fmt(w.lang, p.addressesPerNode) : '')],
		[R.maxPods, (p) => (p.pod ? fmt(w.lang, maxPods) : '')],
		[R.node, (p) => p.node],
		[R.nodeHosts, (p) => fmt(w.lang, p.nodeNetworkHosts)],
		[R.maxNodes, (p) => (p.pod ? fmt(w.lang, p.maxNodes) : '')],
		[R.maxPodsTotal, (p) => (p.pod ? fmt(w.lang, String(BigInt(p.maxNodes) * BigInt(maxPods))) : '')],
		[R.service, (p) => p.service],
		[R.serviceIPs, (p) => (p.service ? fmt(w.lang, p.serviceIPs) : '')],
		[R.kubernetesIP, (p) => p.kubernetesServiceIP],
		[R.dnsIP, (p) => p.dnsServiceIP],
	];
	return h(
		'div',
		{ class: 'cidr-table-wrap' },
		h(
			'table',
			{ class: 'cidr-capacity' },
			h('caption', {}, T.capacityCaption),
			h(
				'thead',
				{},
				h(
					'tr',
					{},
					h('td', {}),
					plan.map((p) => h('th', { scope: 'col' }, `${p.family} (${p.primary ? T.primary : T.secondary})`)),
				),
			),
			h(
				'tbody',
				{},
				rows.map(([label, value]) =>
					h(
						'tr',
						{},
						h('th', { scope: 'row' }, label),
						plan.map((p) => cell(value(p))),
					),
				),
			),
		),
	);
}

function rulerView(r: Ruler, w: CidrWords): ViewElement {
	const T = w.view;
	const node = r.segments.find((s) => s.kind === 'node')?.bits;
	const host = r.segments.find((s) => s.kind === 'host')?.bits ?? 0;
	const picture = r.octets
		? h(
				'div',
				{ class: 'cidr-ruler-bits', 'aria-hidden': 'true' },
				r.octets.map((o) =>
					h(
						'span',
						{ class: 'cidr-octet' },
						h(
							'span',
							{ class: 'cidr-octet-bits' },
							o.bits.map((b) => h('span', { class: `cidr-bit cidr-bit-${b.kind}` }, String(b.bit))),
						),
						h('span', { class: 'cidr-octet-value' }, String(o.value)),
					),
				),
			)
		: h(
				'div',
				{ class: 'cidr-ruler-bar', 'aria-hidden': 'true' },
				r.segments.map((s) => h('span', { class: `cidr-seg cidr-bit-${s.kind}`, style: `width: ${s.percent}%` }, String(s.bits))),
			);
	return h('div', { class: 'cidr-ruler' }, h('p', { class: 'cidr-ruler-text' }, T.rulerText(T.role[r.role], r.text, r.prefix, node, r.nodeMask, host)), picture);
}

function barView(bar: SpaceBar, w: CidrWords): ViewElement {
	const T = w.view;
	const style = (left: number, width: number) => `left: ${left}%; width: ${width}%`;
	return h(
		'div',
		{ class: 'cidr-space' },
		h('p', { class: 'cidr-space-view' }, T.spaceView(bar.family, bar.view.text, bar.view.first, bar.view.last)),
		h(
			'div',
			{ class: 'cidr-space-tracks', 'aria-hidden': 'true' },
			bar.tracks.map((t) =>
				h(
					'div',
					{ class: 'cidr-track' },
					h('span', { class: 'cidr-track-label' }, `${T.role[t.role]} ${t.text}`),
					h(
						'span',
						{ class: 'cidr-track-lane' },
						h('span', { class: `cidr-range cidr-range-${t.role}`, style: style(t.left, t.width) }),
						bar.overlaps.map((o) => h('span', { class: 'cidr-range-overlap', style: style(o.left, o.width) })),
					),
				),
			),
		),
		h(
			'ul',
			{ class: 'cidr-space-list' },
			bar.tracks.map((t) => h('li', {}, `${T.role[t.role]} ${t.text}: ${t.first} – ${t.last}`)),
			bar.overlaps.map((o) => h('li', { class: 'cidr-overlap-item' }, T.overlapText(`${T.role[o.a.role]} ${o.a.text}`, `${T.role[o.b.role]} ${o.b.text}`, o.first, o.last))),
			bar.overlaps.length === 0 && bar.tracks.length > 1 ? h('li', {}, T.noOverlap) : null,
		),
	);
}

function configView(state: PlanState, result: AnalyzeResult, w: CidrWords): ViewNode[] {
	const T = w.view;
	const snippets = configSnippets(state, result);
	if (snippets.length === 0) return [h('p', {}, T.configNone)];
	return [
		h('p', {}, T.configIntro),
		...(result.ok ? [] : [h('p', { class: 'cidr-config-warning' }, T.configErrors)]),
		...snippets.map((s) =>
			h(
				'div',
				{ class: 'cidr-snippet', 'data-snippet': s.id },
				h(
					'div',
					{ class: 'cidr-snippet-head' },
					h('h4', { id: `cidr-config-${s.id}` }, s.title),
					h('button', { type: 'button', class: 'cidr-copy cidr-needs-js', 'data-copy': s.id, 'aria-label': T.copyLabel(s.title) }, T.copy),
				),
				h('pre', { class: 'cidr-code', tabindex: '0', 'aria-labelledby': `cidr-config-${s.id}` }, h('code', {}, s.text)),
			),
		),
	];
}

/** Everything below the form. Headings carry fixed ids so both languages share anchors. */
export function resultsView(state: PlanState, result: AnalyzeResult, w: CidrWords): ViewNode[] {
	const T = w.view;
	const masks = { v4: result.settings.nodeMaskV4, v6: result.settings.nodeMaskV6 };
	const ranges = rangesOf(state);
	const rulers = ranges.map((r) => ruler(r, masks));
	const bars = spaceBars(ranges);
	return [
		h('h3', { id: 'cidr-capacity' }, T.capacity),
		result.plan.length > 0 ? capacityTable(result.plan, result.settings.maxPods, w) : h('p', {}, T.noPlan),
		h('h3', { id: 'cidr-bits' }, T.bits),
		h('p', {}, T.bitsIntro),
		h(
			'p',
			{ class: 'cidr-legend', 'aria-hidden': 'true' },
			(['network', 'node', 'host'] as const).map((k) => h('span', { class: 'cidr-legend-item' }, h('span', { class: `cidr-swatch cidr-bit-${k}` }), T.bitKind[k])),
		),
		...rulers.map((r) => rulerView(r, w)),
		h('h3', { id: 'cidr-space' }, T.space),
		h('p', {}, T.spaceIntro),
		...bars.map((b) => barView(b, w)),
		h('h3', { id: 'cidr-config' }, T.config),
		...configView(state, result, w),
	];
}
