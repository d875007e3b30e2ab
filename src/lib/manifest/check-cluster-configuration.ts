// kubeadm configuration in a manifest stream gets the same network rules as the CIDR playground, read by
// the same reader (src/lib/cluster-config): podSubnet, serviceSubnet, the controller manager's node masks
// and the KubeletConfiguration's maxPods. This module hands the parsed documents over and files the
// located problems under their documents; the reading and the rules live in src/lib/cluster-config and
// src/lib/cidr.
import type { ManifestObject } from './manifest-object.ts';
import type { DocumentFinding, ParsedDocument } from './parse-documents.ts';
import type { Severity } from './types.ts';

/** What a ClusterConfiguration's network plan looks like to the validator: located problems. */
export interface ClusterNetworkProblem {
	rule: string;
	severity: Severity;
	message: DocumentFinding['message'];
	/** Offsets in the linted text. */
	start: number;
	end: number;
	path: string;
}

/** Signature of the adapter to the CIDR rule engine (cluster-network-rules.ts). */
export type ClusterNetworkRules = (text: string, documents: readonly ParsedDocument[]) => ClusterNetworkProblem[];

export function isClusterConfiguration(object: ManifestObject): boolean {
	return object.kind === 'ClusterConfiguration' && (object.apiVersion ?? '').startsWith('kubeadm.k8s.io/');
}

export function checkClusterConfiguration(
	objects: readonly ManifestObject[],
	rules: ClusterNetworkRules | undefined,
	text: string,
	documents: readonly ParsedDocument[],
): DocumentFinding[] {
	if (!rules || !objects.some(isClusterConfiguration)) return [];
	const usable = documents.filter((d) => d.usable);
	const documentAt = (offset: number) => usable.find((d) => offset >= d.start && offset < Math.max(d.end, d.start + 1))?.index ?? usable[0]?.index ?? 0;
	return rules(text, usable).map((p) => ({ rule: p.rule, severity: p.severity, message: p.message, start: p.start, end: p.end, path: p.path, document: documentAt(p.start) }));
}
