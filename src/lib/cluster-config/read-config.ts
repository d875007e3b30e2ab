// Reads a plan back out of kubeadm configuration text, keeping where each value sits so the CIDR rules'
// findings can be shown on the exact characters, and so the form can write a value back in place.
//
// Parsing goes through the manifest validator's syntax layer (src/lib/manifest/parse-documents.ts): the
// same YAML 1.1 reading as Kubernetes, and alias bombs, deep nesting and huge pastes end as located
// findings, never as an exception or a frozen page.
//
// What kubeadm and the kubelet do with the values (the findings below mirror it):
// - kubeadm checks its files strictly (cmd/kubeadm/app/util/config/strict.go VerifyUnmarshalStrict), but
//   `kubeadm init` only logs what that finds (an unknown field is ignored with a warning); `kubeadm config
//   validate` refuses it. A number where a string field is expected fails the ordinary decoding too
//   (extraArgs values and the subnets are Go strings), so that is an error everywhere.
// - v1beta4 writes extraArgs as a list of {name, value}; v1beta3 as a map (v1beta4 conversion.go).
// - Values left out take the defaults: serviceSubnet 10.96.0.0/12 (kubeadm), node masks 24/64 (the
//   controller manager), maxPods 110 (the kubelet); without a podSubnet kubeadm does not turn on node IPAM.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { KUBEADM_DEFAULT_SERVICE_SUBNET, MASK_FLAGS } from '../cidr/kubeadm-config.ts';
import type { MaskField } from '../cidr/kubeadm-config.ts';
import type { Message, Severity } from '../cidr/types.ts';
import { bothLanguages } from './manifest-message-bridge.ts';
import { parseDocuments } from '../manifest/parse-documents.ts';
import { closest } from '../manifest/suggest.ts';

/** Form fields the configuration carries; the node network is not among them (it comes from the infrastructure). */
export type ConfigField = 'pod' | 'service' | MaskField | 'maxPods';
export const CONFIG_FIELDS: readonly ConfigField[] = ['pod', 'service', 'nodeMaskV4', 'nodeMaskV6', 'maxPods'];

/** Configuration text longer than this is not read (a plan fits in a few hundred characters). */
export const MAX_CONFIG_CHARS = 64 * 1024;

/** Where a field's value is in the text. All offsets are 0-based into the text as given. */
export interface ConfigValue {
	/** The value as the form holds it. */
	text: string;
	/** The scalar's source, quotes included. */
	start: number;
	end: number;
	/** Offset of the value's first character when the source spells the value character for character
	 * (plain, or quoted without escapes), so a range inside the value can be underlined exactly. */
	contentStart?: number;
	/** The whole entry (`key: value`, or a `- name: … value: …` list item), for removing it. */
	entryStart: number;
	entryEnd: number;
	/** The entry has its lines to itself (block style), so deleting [entryStart, entryEnd) removes just it. */
	removable: boolean;
	/** Field path, e.g. `networking.podSubnet`. */
	path: string;
}

export interface ConfigFinding {
	severity: Severity;
	rule: string;
	message: Message;
	start: number;
	end: number;
	path: string;
}

/** A block map the form may need to add an entry to. */
export interface MapSite {
	/** Offset where a new last entry goes (the start of the line after the map's last entry). */
	insertAt: number;
	/** Indentation of the map's entries (of a first entry, for `key:` with nothing after it). */
	indent: string;
}

export interface ConfigDocument {
	apiVersion: string;
	/** null for a flow-style document ({…}), which cannot be added to in place. */
	root: MapSite | null;
	/** Where `kind: …`'s value is: the anchor for findings about something left out. */
	kindStart: number;
	kindEnd: number;
}

export interface ClusterConfigRead {
	/** False when the YAML does not parse: then nothing else is read, and the form is left alone. */
	readable: boolean;
	findings: ConfigFinding[];
	/** For each block: a site to add entries to; null when the block is there but cannot be added to in place
	 * (flow style, not a map); undefined when it is absent. */
	cluster?: ConfigDocument & {
		networking?: MapSite | null;
		controllerManager?: MapSite | null;
		extraArgs?: (MapSite & { shape: 'list' | 'map' }) | null;
	};
	kubelet?: ConfigDocument;
	values: Partial<Record<ConfigField, ConfigValue>>;
	/** The plan as the form holds it, defaults standing in for values left out (see absentValue). */
	state?: Record<ConfigField, string>;
}

/** What a field left out of the file means, written as the form writes it. */
export function absentValue(field: ConfigField): string {
	return field === 'service' ? KUBEADM_DEFAULT_SERVICE_SUBNET : '';
}

interface ConfigRule {
	id: string;
	severity: Severity;
	checks: string;
	source: string;
}
const STRICT = 'cmd/kubeadm/app/util/config/strict.go VerifyUnmarshalStrict';

/** What the reader checks, beyond YAML syntax (the manifest validator's `yaml/*` rules). Documented in docs/cidr-rules.md. */
export const CONFIG_RULES = {
	unknownField: {
		id: 'kubeadm/unknown-field',
		severity: 'warning',
		checks: 'A field kubeadm does not know in networking or in an extraArgs entry: kubeadm init warns and ignores it, kubeadm config validate refuses it.',
		source: `${STRICT}; cmd/kubeadm/app/util/config/initconfiguration.go documentMapToInitConfiguration (strictErrors: a klog warning for init)`,
	},
	expectsString: { id: 'kubeadm/expects-string', severity: 'error', checks: 'A number where kubeadm reads a string (subnets, extraArgs values).', source: `${STRICT}; cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go (Arg.Value string)` },
	expectsInteger: { id: 'kubelet/expects-integer', severity: 'error', checks: 'maxPods written as a quoted string.', source: 'staging/src/k8s.io/kubelet/config/v1beta1/types.go (MaxPods int32); strict decoding' },
	notAValue: { id: 'kubeadm/not-a-value', severity: 'error', checks: 'A list or map where a single value belongs.', source: STRICT },
	notAMap: { id: 'kubeadm/not-a-map', severity: 'error', checks: 'networking is not a map.', source: STRICT },
	extraArgsShape: { id: 'kubeadm/extra-args-shape', severity: 'error', checks: 'extraArgs as a map in v1beta4 (a list of name/value) or as a list in v1beta3 (a map).', source: 'cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go ControlPlaneComponent.ExtraArgs []Arg; v1beta3 map[string]string' },
	duplicateDocument: { id: 'kubeadm/duplicate-document', severity: 'error', checks: 'A second ClusterConfiguration or KubeletConfiguration (the playground reads the first).', source: 'cmd/kubeadm/app/util/marshal.go SplitYAMLDocuments ("kind … is specified twice in YAML file")' },
	noClusterConfiguration: { id: 'kubeadm/no-cluster-configuration', severity: 'warning', checks: 'No ClusterConfiguration: nothing for the form to take.', source: '(the playground)' },
} as const satisfies Record<string, ConfigRule>;
export const CONFIG_RULE_LIST: readonly ConfigRule[] = Object.values(CONFIG_RULES);

const NETWORKING_FIELDS = ['serviceSubnet', 'podSubnet', 'dnsDomain'];
const ARG_FIELDS = ['name', 'value'];

const m = (en: string, zh: string): Message => ({ en, zh });

export function readClusterConfig(input: string): ClusterConfigRead {
	const findings: ConfigFinding[] = [];
	const values: ClusterConfigRead['values'] = {};
	const parsed = parseDocuments(input, MAX_CONFIG_CHARS);
	// parseDocuments counts positions without a byte-order mark; shift them back onto the input.
	const shift = input.length - parsed.text.length;
	const source = input;
	for (const f of parsed.findings) {
		findings.push({ severity: 'error', rule: f.rule, message: bothLanguages(f.message), start: f.start + shift, end: f.end + shift, path: f.path });
	}
	if (findings.length > 0 || parsed.documents.some((d) => !d.usable)) return { readable: false, findings, values };

	const range = (node: Node | null | undefined): [number, number] => {
		const [start = 0, end = start] = node?.range ?? [];
		return [start + shift, Math.max(end, start + 1) + shift];
	};
	const add = (rule: ConfigRule, message: Message, node: Node | null | undefined, path: string) => {
		const [start, end] = range(node);
		findings.push({ severity: rule.severity, rule: rule.id, message, start, end, path });
	};

	/** Offset of the start of the line holding `offset`. */
	const lineStart = (offset: number) => source.lastIndexOf('\n', offset - 1) + 1;
	/** Offset of the start of the next line after the one where `offset` falls (or the text's end). */
	const nextLine = (offset: number) => {
		if (offset > 0 && source[offset - 1] === '\n') return offset;
		const newline = source.indexOf('\n', offset);
		return newline === -1 ? source.length : newline + 1;
	};
	const indentAt = (offset: number) => ' '.repeat(offset - lineStart(offset));

	const blockSite = (map: YAMLMap | YAMLSeq, key: Node | null): MapSite | undefined => {
		if (map.flow) return undefined;
		const first = map.items[0] as Pair | Node | undefined;
		const firstNode = (first && 'key' in (first as object) ? (first as Pair).key : first) as Node | undefined;
		if (!firstNode?.range) return key ? emptySite(key) : undefined;
		const [firstStart] = range(firstNode);
		const [, end] = range(map as Node);
		// A list item's map starts after "- ": the list's own indentation is the dash's column.
		const itemStart = isSeq(map) ? source.lastIndexOf('-', firstStart) : firstStart;
		return { insertAt: nextLine(end), indent: indentAt(itemStart) };
	};
	const emptySite = (key: Node): MapSite => {
		const [start, end] = range(key);
		return { insertAt: nextLine(end), indent: `${indentAt(start)}  ` };
	};

	const documentInfo = (root: YAMLMap, kindPair: Pair): ConfigDocument => {
		const [kindStart, kindEnd] = range(kindPair.value as Node);
		return {
			apiVersion: stringOf(root, 'apiVersion') ?? '',
			root: blockSite(root, null) ?? null,
			kindStart,
			kindEnd,
		};
	};

	/** Records a field's value; `entry` spans what removing the field deletes (a `key: value` pair or a list item). */
	const valueOf = (field: ConfigField, node: Node | null, entry: [Node, Node | null], path: string, expects: 'string' | 'integer'): void => {
		let [start, end] = range(node ?? entry[0]);
		// `key:` with nothing after it (no node, or an empty null scalar): the value goes right after the colon.
		if (node === null) start = end = source.indexOf(':', range(entry[0])[1]) + 1;
		else if (node.range && node.range[0] === node.range[1]) end = start;
		const [first] = range(entry[0]);
		const [, last] = range(entry[1] ?? entry[0]);
		const entryStart = lineStart(first);
		const entryEnd = nextLine(last);
		// Only indentation (and a list dash) before it, only a comment after it.
		const removable = /^[ \t]*(-[ \t]+)?$/.test(source.slice(entryStart, first)) && /^[ \t]*(#[^\n]*)?\n?$/.test(source.slice(last, entryEnd));
		if (node !== null && !isScalar(node)) {
			add(CONFIG_RULES.notAValue, m(`Expected a single value here, not a ${isSeq(node) ? 'list' : 'map'}.`, `这里应是单个值，而不是${isSeq(node) ? '列表' : '映射'}。`), node, path);
			return;
		}
		const scalar = node as Scalar | null;
		const raw = scalar?.value;
		const text = raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : String(raw);
		const quoted = scalar?.type === 'QUOTE_DOUBLE' || scalar?.type === 'QUOTE_SINGLE';
		const spelled = source.slice(start + (quoted ? 1 : 0), end - (quoted ? 1 : 0));
		values[field] = { text, start, end, contentStart: node && spelled === text ? start + (quoted ? 1 : 0) : undefined, entryStart, entryEnd, removable, path };
		if (expects === 'string' && raw !== null && raw !== undefined && typeof raw !== 'string') {
			add(
				CONFIG_RULES.expectsString,
				m(
					`kubeadm reads this value as a string and refuses the number ${text}: quote it ("${text}").`,
					`kubeadm 把这个值当作字符串读取，不接受数字 ${text}：请加上引号（"${text}"）。`,
				),
				node,
				path,
			);
		}
		if (expects === 'integer' && typeof raw === 'string' && /^[0-9]+$/.test(raw)) {
			add(
				CONFIG_RULES.expectsInteger,
				m(`The kubelet reads maxPods as a number and refuses the string "${raw}": remove the quotes.`, `kubelet 把 maxPods 当作数字读取，不接受字符串 "${raw}"：请去掉引号。`),
				node,
				path,
			);
		}
	};

	const result: ClusterConfigRead = { readable: true, findings, values };
	for (const { document } of parsed.documents) {
		const root = document.contents;
		if (!isMap(root)) continue;
		const kindPair = pairOf(root, 'kind');
		const kind = stringOf(root, 'kind');
		const apiVersion = stringOf(root, 'apiVersion') ?? '';
		if (!kindPair) continue;

		if (kind === 'ClusterConfiguration' && apiVersion.startsWith('kubeadm.k8s.io/')) {
			if (readCluster()) continue;
			add(CONFIG_RULES.duplicateDocument, m('A second ClusterConfiguration: kubeadm refuses a file that names a kind twice. The playground reads the first one.', '第二个 ClusterConfiguration：同一种 kind 出现两次的文件会被 kubeadm 拒绝。演练场只读取第一个。'), kindPair.value as Node, 'kind');
			continue;
		}
		if (kind === 'KubeletConfiguration' && apiVersion.startsWith('kubelet.config.k8s.io/')) {
			if (readKubelet()) continue;
			add(CONFIG_RULES.duplicateDocument, m('A second KubeletConfiguration: kubeadm refuses a file that names a kind twice. The playground reads the first one.', '第二个 KubeletConfiguration：同一种 kind 出现两次的文件会被 kubeadm 拒绝。演练场只读取第一个。'), kindPair.value as Node, 'kind');
		}

		function readCluster(): boolean {
			if (result.cluster) return false;
			const cluster: NonNullable<ClusterConfigRead['cluster']> = documentInfo(root as YAMLMap, kindPair!);
			result.cluster = cluster;
			const networkingPair = pairOf(root as YAMLMap, 'networking');
			const networking = networkingPair?.value;
			if (networkingPair && isMap(networking)) {
				cluster.networking = blockSite(networking, networkingPair.key as Node) ?? null;
				for (const pair of networking.items) {
					const name = keyName(pair);
					if (!NETWORKING_FIELDS.includes(name)) unknownField(pair, name, NETWORKING_FIELDS, 'networking');
				}
				for (const [name, field] of [['podSubnet', 'pod'], ['serviceSubnet', 'service']] as const) {
					const pair = pairOf(networking, name);
					if (pair) valueOf(field, (pair.value as Node | null) ?? null, [pair.key as Node, pair.value as Node | null], `networking.${name}`, 'string');
				}
			} else if (networkingPair) {
				if (isEmpty(networking)) cluster.networking = emptySite(networkingPair.key as Node);
				else cluster.networking = null;
				if (!isEmpty(networking)) add(CONFIG_RULES.notAMap, m('networking must be a map of fields.', 'networking 必须是字段映射。'), networking as Node, 'networking');
			}

			const managerPair = pairOf(root as YAMLMap, 'controllerManager');
			const manager = managerPair?.value;
			if (managerPair && isMap(manager)) {
				cluster.controllerManager = blockSite(manager, managerPair.key as Node) ?? null;
				const argsPair = pairOf(manager, 'extraArgs');
				if (argsPair) readExtraArgs(cluster, argsPair);
			} else if (managerPair) {
				cluster.controllerManager = isEmpty(manager) ? emptySite(managerPair.key as Node) : null;
			}
			return true;
		}

		function readExtraArgs(cluster: NonNullable<ClusterConfigRead['cluster']>, argsPair: Pair): void {
			const args = argsPair.value;
			const wantsList = cluster.apiVersion !== 'kubeadm.k8s.io/v1beta3';
			const path = 'controllerManager.extraArgs';
			cluster.extraArgs = null;
			if (isEmpty(args)) {
				cluster.extraArgs = { ...emptySite(argsPair.key as Node), shape: wantsList ? 'list' : 'map' };
				return;
			}
			if (isSeq(args)) {
				const site = blockSite(args, argsPair.key as Node);
				if (site) cluster.extraArgs = { ...site, shape: 'list' };
				if (!wantsList) add(CONFIG_RULES.extraArgsShape, m(`${cluster.apiVersion} writes extraArgs as a map (flag: "value"), not a list.`, `${cluster.apiVersion} 中 extraArgs 写成映射（参数: "值"），而不是列表。`), args as Node, path);
				args.items.forEach((item, index) => {
					if (!isMap(item)) return;
					for (const pair of item.items) {
						const name = keyName(pair);
						if (!ARG_FIELDS.includes(name)) unknownField(pair, name, ARG_FIELDS, `${path}[${index}]`);
					}
					const flag = stringOf(item, 'name');
					const field = maskFieldOf(flag);
					const valuePair = pairOf(item, 'value');
					if (field && valuePair) valueOf(field, (valuePair.value as Node | null) ?? null, [item as Node, item as Node], `${path}[${index}].value`, 'string');
				});
				return;
			}
			if (isMap(args)) {
				const site = blockSite(args, argsPair.key as Node);
				if (site) cluster.extraArgs = { ...site, shape: 'map' };
				if (wantsList) add(CONFIG_RULES.extraArgsShape, m(`${cluster.apiVersion || 'kubeadm.k8s.io/v1beta4'} writes extraArgs as a list of name/value pairs, not a map.`, `${cluster.apiVersion || 'kubeadm.k8s.io/v1beta4'} 中 extraArgs 写成 name/value 列表，而不是映射。`), args as Node, path);
				for (const pair of args.items) {
					const field = maskFieldOf(keyName(pair));
					if (field) valueOf(field, (pair.value as Node | null) ?? null, [pair.key as Node, pair.value as Node | null], `${path}.${keyName(pair)}`, 'string');
				}
			}
		}

		function readKubelet(): boolean {
			if (result.kubelet) return false;
			result.kubelet = documentInfo(root as YAMLMap, kindPair!);
			const pair = pairOf(root as YAMLMap, 'maxPods');
			if (pair) valueOf('maxPods', (pair.value as Node | null) ?? null, [pair.key as Node, pair.value as Node | null], 'maxPods', 'integer');
			return true;
		}
	}

	function unknownField(pair: Pair, name: string, known: readonly string[], parent: string): void {
		const suggestion = closest(name, known);
		add(
			CONFIG_RULES.unknownField,
			m(
				`Unknown field "${name}" in ${parent}${suggestion ? ` — did you mean "${suggestion}"?` : '.'} kubeadm init only warns and ignores it, so its value is not used; kubeadm config validate refuses it.`,
				`${parent} 中的未知字段“${name}”${suggestion ? `——你是想写“${suggestion}”吗？` : '。'}kubeadm init 只给出警告并忽略它，所以它的值不会生效；kubeadm config validate 会拒绝它。`,
			),
			pair.key as Node,
			`${parent}.${name}`,
		);
	}

	if (!result.cluster) {
		findings.push({
			severity: CONFIG_RULES.noClusterConfiguration.severity,
			rule: CONFIG_RULES.noClusterConfiguration.id,
			message: m(
				'No kubeadm ClusterConfiguration (apiVersion: kubeadm.k8s.io/v1beta4, kind: ClusterConfiguration) found: the form keeps its plan.',
				'没有找到 kubeadm ClusterConfiguration（apiVersion: kubeadm.k8s.io/v1beta4，kind: ClusterConfiguration）：表单保留原来的规划。',
			),
			start: 0,
			end: Math.min(1, source.length),
			path: '',
		});
		return result;
	}
	const state = {} as Record<ConfigField, string>;
	for (const field of CONFIG_FIELDS) state[field] = values[field]?.text ?? absentValue(field);
	result.state = state;
	findings.sort((a, b) => a.start - b.start);
	return result;
}

/** `key:` with nothing after it. */
function isEmpty(value: unknown): boolean {
	return value === null || value === undefined || (isScalar(value) && value.value === null);
}

function keyName(pair: Pair): string {
	return isScalar(pair.key) ? String((pair.key as Scalar).value) : '';
}

/** The last pair with this key: YAML forbids duplicates (the syntax layer reports them), so there is one. */
function pairOf(map: YAMLMap, name: string): Pair | undefined {
	for (let i = map.items.length - 1; i >= 0; i--) if (keyName(map.items[i]!) === name) return map.items[i];
	return undefined;
}

function stringOf(map: YAMLMap, name: string): string | undefined {
	const value = pairOf(map, name)?.value;
	return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
}

function maskFieldOf(flag: string | undefined): MaskField | undefined {
	return (Object.keys(MASK_FLAGS) as MaskField[]).find((f) => MASK_FLAGS[f] === flag);
}
