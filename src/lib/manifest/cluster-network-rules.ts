// The CIDR playground's rule engine applied to kubeadm configuration: one reader, one set of network
// rules, two front ends (the CIDR page's kubeadm view and the YAML validator). The findings carry
// message references of the CIDR and kubeadm catalogues, which the manifest catalogues include.
import { fileProblems, readConfigDocuments } from '../cluster-config/index.ts';
import type { ClusterNetworkRules } from './check-cluster-configuration.ts';

export const cidrClusterNetworkRules: ClusterNetworkRules = (text, documents) => {
	const read = readConfigDocuments(text, documents);
	return fileProblems(text, read).map((p) => ({ rule: p.rule, severity: p.severity, message: p.message, start: p.offset, end: p.endOffset, path: p.path }));
};
