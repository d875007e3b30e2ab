// The CIDR playground's rule engine applied to a kubeadm ClusterConfiguration: one set of network
// rules, two front ends (the form and the YAML validator).
import { analyzePlan } from '../cidr/index.ts';
import type { Field } from '../cidr/index.ts';
import { KUBEADM_DEFAULT_SERVICE_SUBNET } from '../cidr/kubeadm-config.ts';
import type { ClusterNetworkField, ClusterNetworkRules } from './check-cluster-configuration.ts';
import { message } from './message.ts';


const fieldFor: Partial<Record<Field, ClusterNetworkField>> = { pod: 'podSubnet', service: 'serviceSubnet' };

export const cidrClusterNetworkRules: ClusterNetworkRules = (plan) => {
	// Without a podSubnet kubeadm turns off node IPAM (the CNI plugin allocates), so only the
	// Service subnet can be judged; without either there is nothing to check.
	if (plan.podSubnet === undefined && plan.serviceSubnet === undefined) return [];
	const hasPods = plan.podSubnet !== undefined;
	const result = analyzePlan({
		pod: plan.podSubnet ?? '',
		service: plan.serviceSubnet ?? KUBEADM_DEFAULT_SERVICE_SUBNET,
	});
	return result.diagnostics
		.filter((d) => hasPods || (d.field !== 'pod' && d.related?.field !== 'pod'))
		.filter((d) => plan.serviceSubnet !== undefined || d.field !== 'service' || d.related?.field === 'pod')
		.map((d) => {
			let field = fieldFor[d.field] ?? (hasPods ? 'podSubnet' : 'serviceSubnet');
			// A problem with the defaulted Service subnet can only be shown on the value that is in the file.
			if (field === 'serviceSubnet' && plan.serviceSubnet === undefined) field = 'podSubnet';
			// TEMPORARY (until the CIDR engine reports refs, helper msg-cidr): carry its two texts.
			return { rule: d.rule, severity: d.severity, message: message('bridge/cidr-text', { en: d.message.en, zh: d.message.zh }), field };
		});
};
