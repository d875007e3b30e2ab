// Reads a plan back out of kubeadm configuration, keeping where each value sits so the CIDR rules'
// findings can be shown on the exact characters, and so the form can write a value back in place. The one
// reader of kubeadm configuration: the CIDR page's kubeadm view (readClusterConfig, from text) and the
// manifest validator (readConfigDocuments, from the documents it already parsed) both go through it.
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
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import { KUBEADM_DEFAULT_SERVICE_SUBNET, MASK_FLAGS } from '../cidr/index.ts';
import type { MaskField } from '../cidr/index.ts';
import type { Severity } from '../i18n/index.ts';
import { parseDocuments } from '../manifest/parse-documents.ts';
import type { DocumentFinding } from '../manifest/index.ts';
import { closest } from '../manifest/suggest.ts';
import { editPositions } from './edit-positions.ts';
import type { EntrySpan, MapSite } from './edit-positions.ts';
import { configMessage } from './message.ts';
import type { ConfigMessage } from './message.ts';
import { CONFIG_RULES } from './rules.ts';
import type { ConfigRule } from './rules.ts';

export type { MapSite } from './edit-positions.ts';
export { CONFIG_RULES, CONFIG_RULE_LIST } from './rules.ts';

/** Form fields the configuration carries; the node network is not among them (it comes from the infrastructure). */
export type ConfigField = 'pod' | 'service' | MaskField | 'maxPods';
export const CONFIG_FIELDS: readonly ConfigField[] = ['pod', 'service', 'nodeMaskV4', 'nodeMaskV6', 'maxPods'];

/** Configuration text longer than this is not read (a plan fits in a few hundred characters). */
export const MAX_CONFIG_CHARS = 64 * 1024;

/** Where a field's value is in the text. All offsets are 0-based into the text as given. */
export interface ConfigValue extends EntrySpan {
	/** The value as the form holds it. */
	text: string;
	/** The scalar's source, quotes included. */
	start: number;
	end: number;
	/** Offset of the value's first character when the source spells the value character for character
	 * (plain, or quoted without escapes), so a range inside the value can be underlined exactly. */
	contentStart?: number;
	/** Field path, e.g. `networking.podSubnet`. */
	path: string;
}

/** The reader's own findings, or the YAML syntax layer's (whose words the manifest validator's catalogue has). */
export type ConfigFindingMessage = ConfigMessage | DocumentFinding['message'];

export interface ConfigFinding {
	severity: Severity;
	rule: string;
	message: ConfigFindingMessage;
	start: number;
	end: number;
	path: string;
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

const NETWORKING_FIELDS = ['serviceSubnet', 'podSubnet', 'dnsDomain'];
const ARG_FIELDS = ['name', 'value'];

export function readClusterConfig(input: string): ClusterConfigRead {
	const parsed = parseDocuments(input, MAX_CONFIG_CHARS);
	// parseDocuments counts positions without a byte-order mark; shift them back onto the input.
	const shift = input.length - parsed.text.length;
	const findings: ConfigFinding[] = parsed.findings.map((f) => ({
		severity: 'error',
		rule: f.rule,
		message: f.message,
		start: f.start + shift,
		end: f.end + shift,
		path: f.path,
	}));
	if (findings.length > 0 || parsed.documents.some((d) => !d.usable)) return { readable: false, findings, values: {} };
	return readConfigDocuments(input, parsed.documents, shift);
}

/**
 * Reads the plan out of YAML documents already parsed from `source` (the manifest validator's, or
 * readClusterConfig's): the first ClusterConfiguration and the first KubeletConfiguration. `shift` moves
 * the documents' offsets onto `source` (a byte-order mark they were counted without).
 */
export function readConfigDocuments(source: string, documents: readonly { document: Document }[], shift = 0): ClusterConfigRead {
	const findings: ConfigFinding[] = [];
	const values: ClusterConfigRead['values'] = {};
	const at = editPositions(source, shift);
	const { range, blockSite, emptySite } = at;
	const add = (rule: ConfigRule, message: ConfigMessage, node: Node | null | undefined, path: string) => {
		const [start, end] = range(node);
		findings.push({ severity: rule.severity, rule: rule.id, message, start, end, path });
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
		const span = at.entrySpan(entry[0], entry[1]);
		if (node !== null && !isScalar(node)) {
			add(CONFIG_RULES.notAValue, configMessage('kubeadm/not-a-value', { shape: isSeq(node) ? 'list' : 'map' }), node, path);
			return;
		}
		const scalar = node as Scalar | null;
		const raw = scalar?.value;
		const text = raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : String(raw);
		const quoted = scalar?.type === 'QUOTE_DOUBLE' || scalar?.type === 'QUOTE_SINGLE';
		const spelled = source.slice(start + (quoted ? 1 : 0), end - (quoted ? 1 : 0));
		values[field] = { text, start, end, contentStart: node && spelled === text ? start + (quoted ? 1 : 0) : undefined, ...span, path };
		if (expects === 'string' && raw !== null && raw !== undefined && typeof raw !== 'string') {
			add(CONFIG_RULES.expectsString, configMessage('kubeadm/expects-string', { text }), node, path);
		}
		if (expects === 'integer' && typeof raw === 'string' && /^[0-9]+$/.test(raw)) {
			add(CONFIG_RULES.expectsInteger, configMessage('kubelet/expects-integer', { text: raw }), node, path);
		}
	};

	const result: ClusterConfigRead = { readable: true, findings, values };
	for (const { document } of documents) {
		const root = document.contents;
		if (!isMap(root)) continue;
		const kindPair = pairOf(root, 'kind');
		const kind = stringOf(root, 'kind');
		const apiVersion = stringOf(root, 'apiVersion') ?? '';
		if (!kindPair) continue;

		if (kind === 'ClusterConfiguration' && apiVersion.startsWith('kubeadm.k8s.io/')) {
			if (readCluster()) continue;
			add(CONFIG_RULES.duplicateDocument, configMessage('kubeadm/duplicate-document', { kind: 'ClusterConfiguration' }), kindPair.value as Node, 'kind');
			continue;
		}
		if (kind === 'KubeletConfiguration' && apiVersion.startsWith('kubelet.config.k8s.io/')) {
			if (readKubelet()) continue;
			add(CONFIG_RULES.duplicateDocument, configMessage('kubeadm/duplicate-document', { kind: 'KubeletConfiguration' }), kindPair.value as Node, 'kind');
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
				for (const [name, field] of [
					['podSubnet', 'pod'],
					['serviceSubnet', 'service'],
				] as const) {
					const pair = pairOf(networking, name);
					if (pair) valueOf(field, (pair.value as Node | null) ?? null, [pair.key as Node, pair.value as Node | null], `networking.${name}`, 'string');
				}
			} else if (networkingPair) {
				if (isEmpty(networking)) cluster.networking = emptySite(networkingPair.key as Node);
				else cluster.networking = null;
				if (!isEmpty(networking)) add(CONFIG_RULES.notAMap, configMessage('kubeadm/not-a-map'), networking as Node, 'networking');
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
				if (!wantsList) add(CONFIG_RULES.extraArgsShape, configMessage('kubeadm/extra-args-shape:map', { apiVersion: cluster.apiVersion }), args as Node, path);
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
				if (wantsList)
					add(CONFIG_RULES.extraArgsShape, configMessage('kubeadm/extra-args-shape:list', { apiVersion: cluster.apiVersion || 'kubeadm.k8s.io/v1beta4' }), args as Node, path);
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
		add(CONFIG_RULES.unknownField, configMessage('kubeadm/unknown-field', { name, parent, suggestion }), pair.key as Node, `${parent}.${name}`);
	}

	if (!result.cluster) {
		findings.push({
			severity: CONFIG_RULES.noClusterConfiguration.severity,
			rule: CONFIG_RULES.noClusterConfiguration.id,
			message: configMessage('kubeadm/no-cluster-configuration'),
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
