// The kubeadm configuration reader's messages in English. `name`, `suggestion`, `text` come from the
// reader's file and are bounded by the reader (field names and short scalars).
import type { MessageFunctions } from '../../i18n/index.ts';

export const en = {
	'kubeadm/not-a-value': (p: { shape: 'list' | 'map' }) => `Expected a single value here, not a ${p.shape}.`,
	'kubeadm/expects-string': (p: { text: string }) => `kubeadm reads this value as a string and refuses the number ${p.text}: quote it ("${p.text}").`,
	'kubelet/expects-integer': (p: { text: string }) => `The kubelet reads maxPods as a number and refuses the string "${p.text}": remove the quotes.`,
	'kubeadm/duplicate-document': (p: { kind: 'ClusterConfiguration' | 'KubeletConfiguration' }) =>
		`A second ${p.kind}: kubeadm refuses a file that names a kind twice. The playground reads the first one.`,
	'kubeadm/not-a-map': () => 'networking must be a map of fields.',
	'kubeadm/extra-args-shape:map': (p: { apiVersion: string }) => `${p.apiVersion} writes extraArgs as a map (flag: "value"), not a list.`,
	'kubeadm/extra-args-shape:list': (p: { apiVersion: string }) => `${p.apiVersion} writes extraArgs as a list of name/value pairs, not a map.`,
	'kubeadm/unknown-field': (p: { name: string; parent: string; suggestion?: string }) =>
		`Unknown field "${p.name}" in ${p.parent}${p.suggestion ? ` — did you mean "${p.suggestion}"?` : '.'} kubeadm init only warns and ignores it, so its value is not used; kubeadm config validate refuses it.`,
	'kubeadm/no-cluster-configuration': () => 'No kubeadm ClusterConfiguration (apiVersion: kubeadm.k8s.io/v1beta4, kind: ClusterConfiguration) found: the form keeps its plan.',
} satisfies MessageFunctions;
