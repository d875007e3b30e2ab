// The form writes into the configuration text: each changed value is replaced where it stands, a missing
// entry is added to the block it belongs in, an entry set back to "default" is removed — so the reader's
// comments, other fields and layout survive. Only text that cannot be read (a YAML error, no
// ClusterConfiguration, flow-style maps) is written afresh, as a single edit that Undo takes back.
import { KUBELET_API_VERSION, MASK_FLAGS, kubeadmConfigText, yamlInteger, yamlString } from '../cidr/index.ts';
import type { MaskField } from '../cidr/index.ts';
import { CONFIG_FIELDS, absentValue, readClusterConfig } from './read-config.ts';
import type { ClusterConfigRead, ConfigField, MapSite } from './read-config.ts';

/** Replace [start, end) of the original text. Edits never overlap; apply them from the last to the first. */
export interface TextEdit {
	start: number;
	end: number;
	text: string;
}

const scalarFor = (field: ConfigField, value: string) => (field === 'maxPods' ? yamlInteger(value) : yamlString(value));

/** Lines of a new block entry under `site`, for one field. */
function entryLines(field: ConfigField, value: string, indent: string, shape: 'list' | 'map'): string[] {
	if (field === 'nodeMaskV4' || field === 'nodeMaskV6') {
		const flag = MASK_FLAGS[field as MaskField];
		return shape === 'list' ? [`${indent}- name: ${flag}`, `${indent}  value: ${yamlString(value)}`] : [`${indent}${flag}: ${yamlString(value)}`];
	}
	const key = field === 'pod' ? 'podSubnet' : field === 'service' ? 'serviceSubnet' : 'maxPods';
	return [`${indent}${key}: ${scalarFor(field, value)}`];
}

/**
 * Edits that make `input` say what the form says. `comments` head a configuration written afresh.
 * Returns [] when the text already agrees.
 */
export function configEdits(input: string, state: Record<ConfigField, string>, comments: readonly string[] = []): TextEdit[] {
	const read = readClusterConfig(input);
	const afresh = (): TextEdit[] => [{ start: 0, end: input.length, text: kubeadmConfigText(state, comments) }];
	if (!read.readable || !read.cluster || !read.state) return afresh();

	const edits: TextEdit[] = [];
	// Inserts at one offset are gathered so they come out in field order.
	const inserts = new Map<number, string[]>();
	const insert = (at: number, lines: string[]) => inserts.set(at, [...(inserts.get(at) ?? []), ...lines]);

	for (const field of CONFIG_FIELDS) {
		const wanted = state[field];
		if (wanted === read.state[field]) continue;
		const value = read.values[field];
		// A node mask or maxPods set back to empty means "the default": the entry goes.
		const unset = wanted === '' && absentValue(field) === '' && field !== 'pod';
		if (value && unset) {
			if (!value.removable) return afresh();
			edits.push({ start: value.entryStart, end: value.entryEnd, text: '' });
		} else if (value) {
			const scalar = scalarFor(field, wanted);
			edits.push({ start: value.start, end: value.end, text: value.start === value.end ? ` ${scalar}` : scalar });
		} else {
			const lines = placeNew(read, field, wanted, input.length);
			if (!lines) return afresh();
			insert(lines.at, lines.lines);
		}
	}
	for (const [at, lines] of inserts) {
		// At the very end of a text without a final line break, start a new line first.
		const lead = at === input.length && input.length > 0 && !input.endsWith('\n') ? '\n' : '';
		edits.push({ start: at, end: at, text: `${lead}${lines.join('\n')}\n` });
	}
	return edits.sort((a, b) => b.start - a.start);
}

/** Where a missing entry goes, and its lines; undefined when the text's layout leaves no safe place. */
function placeNew(read: ClusterConfigRead, field: ConfigField, value: string, end: number): { at: number; lines: string[] } | undefined {
	const cluster = read.cluster!;
	// null: the block is there but cannot be added to in place (flow style); the caller writes afresh.
	const under = (site: MapSite | null | undefined, lines: (indent: string) => string[]) => (site ? { at: site.insertAt, lines: lines(site.indent) } : undefined);
	if (field === 'pod' || field === 'service') {
		if (cluster.networking !== undefined) return under(cluster.networking, (indent) => entryLines(field, value, indent, 'map'));
		return under(cluster.root, (indent) => [`${indent}networking:`, ...entryLines(field, value, `${indent}  `, 'map')]);
	}
	if (field === 'nodeMaskV4' || field === 'nodeMaskV6') {
		const shape = cluster.extraArgs?.shape ?? (cluster.apiVersion === 'kubeadm.k8s.io/v1beta3' ? 'map' : 'list');
		if (cluster.extraArgs !== undefined) return under(cluster.extraArgs, (indent) => entryLines(field, value, indent, shape));
		if (cluster.controllerManager !== undefined)
			return under(cluster.controllerManager, (indent) => [`${indent}extraArgs:`, ...entryLines(field, value, `${indent}  `, shape)]);
		return under(cluster.root, (indent) => [`${indent}controllerManager:`, `${indent}  extraArgs:`, ...entryLines(field, value, `${indent}    `, shape)]);
	}
	// maxPods: into the KubeletConfiguration, or a new one after everything else.
	if (read.kubelet) return under(read.kubelet.root, (indent) => entryLines(field, value, indent, 'map'));
	return { at: end, lines: ['---', `apiVersion: ${KUBELET_API_VERSION}`, 'kind: KubeletConfiguration', ...entryLines(field, value, '', 'map')] };
}

/** Applies edits made against `input` (as configEdits returns them: last first). */
export function applyEdits(input: string, edits: readonly TextEdit[]): string {
	let out = input;
	for (const e of edits) {
		const start = Math.min(e.start, out.length);
		out = out.slice(0, start) + e.text + out.slice(Math.min(e.end, out.length));
	}
	return out;
}
