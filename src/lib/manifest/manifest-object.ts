// One Kubernetes object found in the paste, with what the later layers need to know about it.
import type { YAMLMap } from 'yaml';
import type { PathSegment } from './yaml-access.ts';

export interface ManifestObject {
	/** Index of the YAML document it came from. */
	document: number;
	node: YAMLMap;
	/** Path of the object inside its document: [] for a top-level object, ['items', 2] inside a List. */
	path: PathSegment[];
	apiVersion?: string;
	kind?: string;
	name?: string;
	namespace?: string;
	/** Schema type id when this is a built-in kind the bundled schema describes. */
	typeId?: string;
	/** A kubeadm/kubelet/kube-proxy configuration file rather than an API object. */
	componentConfig?: boolean;
	/** A kustomization.yaml (kustomize's input, not an API object). */
	kustomization?: boolean;
}

/** API group of an apiVersion: "apps/v1" -> "apps", "v1" -> "" (the core group). */
export function groupOf(apiVersion: string): string {
	const slash = apiVersion.indexOf('/');
	return slash === -1 ? '' : apiVersion.slice(0, slash);
}
