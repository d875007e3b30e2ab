// A plan written as kubeadm configuration: ClusterConfiguration (networking, and the controller manager's
// node mask flags, which kubeadm does not set itself) plus the KubeletConfiguration that carries maxPods.
//
// Kubernetes source:
// - cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go: Networking{ServiceSubnet, PodSubnet, DNSDomain};
//   ControlPlaneComponent.ExtraArgs is a list of Arg{Name, Value string} (a map[string]string in v1beta3).
// - cmd/kubeadm/app/phases/controlplane/manifests.go getControllerManagerCommand: a podSubnet turns on
//   --allocate-node-cidrs and becomes --cluster-cidr; serviceSubnet becomes --service-cluster-ip-range.
// - cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidatePodSubnetNodeMask reads the node mask from
//   controllerManager.extraArgs node-cidr-mask-size-ipv4 / -ipv6.
// - staging/src/k8s.io/kubelet/config/v1beta1/types.go KubeletConfiguration.MaxPods (int32).

export const KUBEADM_API_VERSION = 'kubeadm.k8s.io/v1beta4';
export const KUBELET_API_VERSION = 'kubelet.config.k8s.io/v1beta1';

/** kubeadm's default Service subnet (v1beta4 defaults.go DefaultServicesSubnet), used when none is set. */
export const KUBEADM_DEFAULT_SERVICE_SUBNET = '10.96.0.0/12';

/** The controller-manager flag behind each node mask field. */
export const MASK_FLAGS = { nodeMaskV4: 'node-cidr-mask-size-ipv4', nodeMaskV6: 'node-cidr-mask-size-ipv6' } as const;
export type MaskField = keyof typeof MASK_FLAGS;

export interface KubeadmConfigValues {
	pod: string;
	service: string;
	/** '' leaves the flag out (the controller manager's default applies). */
	nodeMaskV4: string;
	nodeMaskV6: string;
	/** '' leaves maxPods out (the kubelet's default, 110, applies). */
	maxPods: string;
	/** Written into the KubeletConfiguration when given (kubeadm derives the same address itself). */
	clusterDNS?: string;
}

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML, and escapes anything odd. */
export const yamlString = (value: string): string => JSON.stringify(value);

/** maxPods is an int32: written bare when it is a whole number, quoted otherwise (the kubelet will refuse it). */
export const yamlInteger = (value: string): string => (/^[0-9]{1,10}$/.test(value) ? value : yamlString(value));

/** `extraArgs` entries for the given node masks, in v1beta4's list form. */
export function maskArgLines(values: Pick<KubeadmConfigValues, MaskField>, indent: string): string[] {
	return (Object.keys(MASK_FLAGS) as MaskField[])
		.filter((f) => values[f] !== '')
		.flatMap((f) => [`${indent}- name: ${MASK_FLAGS[f]}`, `${indent}  value: ${yamlString(values[f])}`]);
}

/** The configuration as YAML, optionally after comment lines (written without the leading "# "). */
export function kubeadmConfigText(values: KubeadmConfigValues, comments: readonly string[] = []): string {
	const args = maskArgLines(values, '    ');
	return [
		...comments.map((c) => `# ${c}`),
		`apiVersion: ${KUBEADM_API_VERSION}`,
		'kind: ClusterConfiguration',
		'networking:',
		`  podSubnet: ${yamlString(values.pod)}`,
		`  serviceSubnet: ${yamlString(values.service)}`,
		...(args.length ? ['controllerManager:', '  extraArgs:', ...args] : []),
		'---',
		`apiVersion: ${KUBELET_API_VERSION}`,
		'kind: KubeletConfiguration',
		...(values.maxPods !== '' ? [`maxPods: ${yamlInteger(values.maxPods)}`] : []),
		...(values.clusterDNS ? ['clusterDNS:', `  - ${values.clusterDNS}`] : []),
		'',
	].join('\n');
}
