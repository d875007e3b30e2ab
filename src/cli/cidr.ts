// `kprimer cidr`: check a cluster's node, Pod and Service address plan from the command line.
// A thin shell around the core in src/lib/cidr: argument parsing, human-readable or JSON output, exit status.
//
// Public interface (keep stable, add fields freely):
//   kprimer cidr --pod <cidrs> --service <cidrs> [--node <cidrs>] [--node-mask-v4 N] [--node-mask-v6 N]
//                [--max-pods N] [--json] [--lang en|zh]
// Exit status: 1 when there is an error-level diagnostic, 0 otherwise, 2 for bad usage.

import { parseArgs } from 'node:util';
import { analyzePlan } from '../lib/cidr/index.ts';
import type { AnalyzeResult, Count, Diagnostic, FamilyPlan } from '../lib/cidr/index.ts';
import { en } from '../lib/cidr/messages/en.ts';
import { zh } from '../lib/cidr/messages/zh.ts';
import { formatMessage } from '../lib/i18n/index.ts';
import { formatNumber, plural } from '../lib/i18n/index.ts';
import type { Lang } from '../lib/i18n/index.ts';
import type { CliIO } from './io.ts';

/** The CLI bundle carries both catalogues; --lang picks one. */
const CATALOGUES = { en, zh } as const;
const say = (d: Diagnostic, lang: Lang) => formatMessage(CATALOGUES[lang], d.message);

export const USAGE = `Usage: kprimer cidr --pod <cidrs> --service <cidrs> [options]

Check a Kubernetes address plan against the rules kubeadm, the API server and the
controller manager apply, and show how far it scales.

Required:
  --pod <cidrs>          Pod network (kubeadm podSubnet / --cluster-cidr); one CIDR,
                         or "IPv4,IPv6" for dual-stack
  --service <cidrs>      Service network (kubeadm serviceSubnet /
                         --service-cluster-ip-range)
Options:
  --node <cidrs>         Network the nodes' own addresses come from
  --node-mask-v4 <n>     Per-node IPv4 Pod range prefix (default 24)
  --node-mask-v6 <n>     Per-node IPv6 Pod range prefix (default 64)
  --max-pods <n>         kubelet maxPods (default 110)
  --json                 Print one JSON object instead of text
  --lang <en|zh>         Language of messages (default en)
  -h, --help             Show this help

Exit status: 0 no errors, 1 the plan has errors, 2 bad usage.
Example:
  kprimer cidr --pod 10.244.0.0/16,fd00:10:244::/56 --service 10.96.0.0/12,fd00:10:96::/112
`;

const LABELS = {
	en: {
		title: 'Kubernetes address plan',
		ok: 'OK',
		failed: 'FAILED',
		counts: (e: number, w: number, i: number) =>
			[
				plural('en', e, { one: '{n} error', other: '{n} errors' }),
				plural('en', w, { one: '{n} warning', other: '{n} warnings' }),
				plural('en', i, { one: '{n} note', other: '{n} notes' }),
			].join(', '),
		entry: (n: number) => `#${n}`,
		plan: 'Plan',
		primary: 'primary',
		secondary: 'secondary',
		pod: 'Pod range',
		perNode: (m: number) => `/${m} per node`,
		nodeRanges: 'Per-node Pod ranges',
		rangesDetail: (reserved: string, available: string) => `${reserved} reserved by the Service range, ${available} available`,
		addressesPerNode: 'Addresses per node',
		nodeNetwork: 'Node network',
		nodeHosts: (h: Count) => plural('en', BigInt(h), { one: '{n} node address', other: '{n} node addresses' }),
		maxNodes: 'Max nodes',
		service: 'Service range',
		serviceIPs: (n: Count) => plural('en', BigInt(n), { one: '{n} Service IP', other: '{n} Service IPs' }),
		kubernetesIP: 'kubernetes Service IP',
		dnsIP: 'Cluster DNS Service IP',
		none: '(none)',
		noPlan: 'No plan: the Pod and Service networks did not parse.',
		severity: { error: 'error', warning: 'warning', info: 'info' },
	},
	zh: {
		title: 'Kubernetes 地址规划',
		ok: '通过',
		failed: '未通过',
		counts: (e: number, w: number, i: number) => `${formatNumber('zh', e)} 个错误，${formatNumber('zh', w)} 个警告，${formatNumber('zh', i)} 条提示`,
		entry: (n: number) => `第 ${n} 项`,
		plan: '规划',
		primary: '主地址族',
		secondary: '次地址族',
		pod: 'Pod 网段',
		perNode: (m: number) => `每个节点 /${m}`,
		nodeRanges: '节点 Pod 网段数',
		rangesDetail: (reserved: string, available: string) => `其中 ${reserved} 个被 Service 网段占用，${available} 个可用`,
		addressesPerNode: '每节点地址数',
		nodeNetwork: '节点网络',
		nodeHosts: (h: Count) => `${formatNumber('zh', BigInt(h))} 个节点地址`,
		maxNodes: '最多节点数',
		service: 'Service 网段',
		serviceIPs: (n: Count) => `${formatNumber('zh', BigInt(n))} 个 Service IP`,
		kubernetesIP: 'kubernetes Service IP',
		dnsIP: '集群 DNS Service IP',
		none: '（无）',
		noPlan: '无法给出规划：Pod 网络和 Service 网络都无法解析。',
		severity: { error: '错误', warning: '警告', info: '提示' },
	},
} as const;

/** Bounded, control-character-free rendering of text that may echo user input (parseArgs errors). */
function clip(text: string, max = 200): string {
	const safe = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu, '?');
	const chars = Array.from(safe);
	return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : safe;
}

function usageError(io: CliIO, problem: string): number {
	io.stderr(`kprimer cidr: ${clip(problem)}\n\n${USAGE}`);
	return 2;
}

/** Terminal columns: East Asian wide characters take two. */
function displayWidth(text: string): number {
	let width = 0;
	for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
	return width;
}

function fmt(count: Count | '', lang: Lang): string {
	return count === '' ? '' : formatNumber(lang, BigInt(count));
}

function describeWhere(d: Diagnostic, lang: Lang): string {
	const L = LABELS[lang];
	return d.index === undefined ? d.field : `${d.field} ${L.entry(d.index + 1)}`;
}

function renderText(result: AnalyzeResult, lang: Lang): string {
	const L = LABELS[lang];
	const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
	const infos = result.diagnostics.length - errors - warnings;
	const lines: string[] = [];
	lines.push(`${L.title}${lang === 'zh' ? '：' : ': '}${result.ok ? L.ok : L.failed} — ${L.counts(errors, warnings, infos)}`);
	if (result.diagnostics.length > 0) lines.push('');
	for (const d of result.diagnostics) {
		lines.push(`${L.severity[d.severity]}  ${d.rule}  [${describeWhere(d, lang)}]`);
		lines.push(`    ${say(d, lang)}`);
	}
	lines.push('');
	if (result.plan.length === 0) {
		lines.push(L.noPlan);
		return `${lines.join('\n')}\n`;
	}
	for (const p of result.plan) lines.push(...renderFamily(p, lang), '');
	return `${lines.join('\n').trimEnd()}\n`;
}

function renderFamily(p: FamilyPlan, lang: Lang): string[] {
	const L = LABELS[lang];
	const labels = [L.pod, L.nodeRanges, L.addressesPerNode, L.nodeNetwork, L.maxNodes, L.service, L.kubernetesIP, L.dnsIP];
	const column = Math.max(...labels.map(displayWidth)) + 2;
	const row = (label: string, value: string) => `  ${label}${' '.repeat(column - displayWidth(label))}${value}`;
	const paren = (text: string) => (lang === 'zh' ? `（${text}）` : `(${text})`);
	const sep = lang === 'zh' ? '，' : ', ';
	const out = [`${L.plan} — ${p.family}${lang === 'zh' ? '' : ' '}${paren(p.primary ? L.primary : L.secondary)}`];
	out.push(row(L.pod, p.pod ? `${p.pod}${sep}${L.perNode(p.nodeMask)}` : L.none));
	if (p.pod) {
		out.push(
			row(
				L.nodeRanges,
				`${fmt(p.nodeRanges, lang)}${lang === 'zh' ? '' : ' '}${paren(L.rangesDetail(fmt(p.nodeRangesReservedByService, lang), fmt(p.nodeRangesAvailable, lang)))}`,
			),
		);
		out.push(row(L.addressesPerNode, fmt(p.addressesPerNode, lang)));
	}
	if (p.node) out.push(row(L.nodeNetwork, `${p.node} — ${L.nodeHosts(p.nodeNetworkHosts)}`));
	if (p.pod) out.push(row(L.maxNodes, fmt(p.maxNodes, lang)));
	out.push(row(L.service, p.service ? `${p.service} — ${L.serviceIPs(p.serviceIPs)}` : L.none));
	if (p.kubernetesServiceIP) out.push(row(L.kubernetesIP, p.kubernetesServiceIP));
	if (p.dnsServiceIP) out.push(row(L.dnsIP, p.dnsServiceIP));
	return out;
}

function toJson(result: AnalyzeResult, lang: Lang): string {
	const diagnostics = result.diagnostics.map((d) => {
		const o: Record<string, unknown> = { severity: d.severity, rule: d.rule, field: d.field, message: say(d, lang) };
		if (d.index !== undefined) o.index = d.index;
		if (d.range) o.range = d.range;
		if (d.related) o.related = d.related;
		return o;
	});
	return `${JSON.stringify({ ok: result.ok, diagnostics, plan: result.plan, settings: result.settings })}\n`;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
	let values: {
		pod?: string;
		service?: string;
		node?: string;
		'node-mask-v4'?: string;
		'node-mask-v6'?: string;
		'max-pods'?: string;
		json?: boolean;
		lang?: string;
		help?: boolean;
	};
	try {
		({ values } = parseArgs({
			args: argv,
			strict: true,
			allowPositionals: false,
			options: {
				pod: { type: 'string' },
				service: { type: 'string' },
				node: { type: 'string' },
				'node-mask-v4': { type: 'string' },
				'node-mask-v6': { type: 'string' },
				'max-pods': { type: 'string' },
				json: { type: 'boolean' },
				lang: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		}));
	} catch (error) {
		return usageError(io, error instanceof Error ? error.message : String(error));
	}

	if (values.help) {
		io.stdout(USAGE);
		return 0;
	}
	const lang = values.lang ?? 'en';
	if (lang !== 'en' && lang !== 'zh') return usageError(io, `--lang must be "en" or "zh".`);
	if (values.pod === undefined) return usageError(io, 'missing --pod <cidrs>.');
	if (values.service === undefined) return usageError(io, 'missing --service <cidrs>.');

	const result = analyzePlan({
		pod: values.pod,
		service: values.service,
		node: values.node,
		nodeMaskV4: values['node-mask-v4'],
		nodeMaskV6: values['node-mask-v6'],
		maxPods: values['max-pods'],
	});
	io.stdout(values.json ? toJson(result, lang) : renderText(result, lang));
	return result.ok ? 0 : 1;
}
