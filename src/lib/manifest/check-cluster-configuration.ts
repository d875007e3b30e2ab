// kubeadm ClusterConfiguration: its networking.podSubnet and networking.serviceSubnet get the same network
// rules as the CIDR playground (one rule engine, two front ends). This module finds and locates the values;
// the rules themselves live in src/lib/cidr.
import type { Node } from 'yaml';
import type { ManifestObject } from './manifest-object.ts';
import type { DocumentFinding } from './parse-documents.ts';
import type { Severity } from './types.ts';
import { field, formatPath, get, rangeOf, stringValue } from './yaml-access.ts';
import type { MessageRef } from '../i18n/index.ts';

export type ClusterNetworkField = 'podSubnet' | 'serviceSubnet';

/** The ClusterConfiguration network plan, as the CIDR rules need it. */
export interface ClusterNetworkPlan {
	/** kubeadm.k8s.io/v1beta3, v1beta4, … */
	apiVersion: string;
	podSubnet?: string;
	serviceSubnet?: string;
}

export interface ClusterNetworkProblem {
	rule: string;
	severity: Severity;
	/** A manifest message, or the CIDR engine's (the rules are the CIDR playground's). */
	message: MessageRef;
	/** Which value to underline. */
	field: ClusterNetworkField;
}

/** Signature the CIDR rule engine is adapted to. */
export type ClusterNetworkRules = (plan: ClusterNetworkPlan) => ClusterNetworkProblem[];

export function isClusterConfiguration(object: ManifestObject): boolean {
	return object.kind === 'ClusterConfiguration' && (object.apiVersion ?? '').startsWith('kubeadm.k8s.io/');
}

export function checkClusterConfiguration(objects: readonly ManifestObject[], rules: ClusterNetworkRules | undefined): DocumentFinding[] {
	if (!rules) return [];
	const findings: DocumentFinding[] = [];
	for (const object of objects) {
		if (!isClusterConfiguration(object)) continue;
		const networking = get(object.node, 'networking');
		const located: Partial<Record<ClusterNetworkField, Node>> = {};
		const plan: ClusterNetworkPlan = { apiVersion: object.apiVersion! };
		for (const name of ['podSubnet', 'serviceSubnet'] as const) {
			const entry = field(networking, name);
			const value = stringValue(entry?.value);
			if (entry && value !== undefined) {
				plan[name] = value;
				located[name] = entry.locator;
			}
		}
		for (const problem of rules(plan)) {
			const at = located[problem.field] ?? object.node;
			findings.push({
				rule: problem.rule,
				severity: problem.severity,
				message: problem.message,
				...rangeOf(at),
				path: formatPath([...object.path, 'networking', problem.field]),
				document: object.document,
			});
		}
	}
	return findings;
}
