// When built-in API versions were deprecated, removed and introduced, per kind.
//
// Removals and replacements follow the official Deprecated API Migration Guide,
// https://kubernetes.io/docs/reference/using-api/deprecation-guide/ (sections v1.16, v1.22, v1.25, v1.26,
// v1.27, v1.29, v1.32). `deprecatedIn` is the release whose API server started sending deprecation
// warnings, from the same guide and the release notes; `introducedIn` of the GA replacements is the
// "available since" the guide gives, and for newer GA APIs the release that graduated them.
import { message, type ManifestMessage } from './message.ts';

export interface RemovedApi {
	apiVersion: string;
	kind: string;
	deprecatedIn: string;
	/** First release that no longer serves it; undefined when only deprecated. */
	removedIn?: string;
	/** apiVersion to migrate to; undefined when there is no replacement. */
	replacement?: string;
	/** Replacement kind when it differs (PodSecurityPolicy has none at all). */
	replacementKind?: string;
	/** A note shown with the diagnostic, e.g. schema changes to make while migrating. */
	note?: ManifestMessage;
}

const entries: RemovedApi[] = [];
function removed(apiVersions: string[], kinds: string[], deprecatedIn: string, removedIn: string | undefined, replacement?: string, note?: RemovedApi['note']): void {
	for (const apiVersion of apiVersions) for (const kind of kinds) entries.push({ apiVersion, kind, deprecatedIn, removedIn, replacement, note });
}

// v1.16
const selectorNote = message('api/note:apps-v1-selector');
removed(['extensions/v1beta1', 'apps/v1beta2'], ['Deployment', 'DaemonSet', 'ReplicaSet'], '1.9', '1.16', 'apps/v1', selectorNote);
removed(['apps/v1beta1'], ['Deployment'], '1.9', '1.16', 'apps/v1', selectorNote);
removed(['apps/v1beta1', 'apps/v1beta2'], ['StatefulSet', 'ControllerRevision'], '1.9', '1.16', 'apps/v1');
removed(['extensions/v1beta1'], ['NetworkPolicy'], '1.9', '1.16', 'networking.k8s.io/v1');
removed(['extensions/v1beta1'], ['PodSecurityPolicy'], '1.11', '1.16', 'policy/v1beta1');
removed(['apps/v1beta1', 'extensions/v1beta1'], ['DeploymentRollback'], '1.9', '1.16', undefined);
removed(['apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1'], ['Scale'], '1.9', '1.16', 'autoscaling/v1');
// v1.22
removed(['admissionregistration.k8s.io/v1beta1'], ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], '1.16', '1.22', 'admissionregistration.k8s.io/v1');
removed(['apiextensions.k8s.io/v1beta1'], ['CustomResourceDefinition'], '1.16', '1.22', 'apiextensions.k8s.io/v1', message('api/note:crd-v1-structural-schema'));
removed(['apiregistration.k8s.io/v1beta1'], ['APIService'], '1.19', '1.22', 'apiregistration.k8s.io/v1');
removed(['authentication.k8s.io/v1beta1'], ['TokenReview'], '1.19', '1.22', 'authentication.k8s.io/v1');
removed(
	['authorization.k8s.io/v1beta1'],
	['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'],
	'1.19',
	'1.22',
	'authorization.k8s.io/v1',
);
removed(['certificates.k8s.io/v1beta1'], ['CertificateSigningRequest'], '1.19', '1.22', 'certificates.k8s.io/v1');
removed(['coordination.k8s.io/v1beta1'], ['Lease'], '1.19', '1.22', 'coordination.k8s.io/v1');
removed(['extensions/v1beta1', 'networking.k8s.io/v1beta1'], ['Ingress'], '1.14', '1.22', 'networking.k8s.io/v1', message('api/note:ingress-v1-backend'));
removed(['networking.k8s.io/v1beta1'], ['IngressClass'], '1.19', '1.22', 'networking.k8s.io/v1');
removed(['rbac.authorization.k8s.io/v1beta1'], ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], '1.17', '1.22', 'rbac.authorization.k8s.io/v1');
removed(['scheduling.k8s.io/v1beta1'], ['PriorityClass'], '1.14', '1.22', 'scheduling.k8s.io/v1');
removed(['storage.k8s.io/v1beta1'], ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], '1.19', '1.22', 'storage.k8s.io/v1');
// v1.25
removed(['batch/v1beta1'], ['CronJob'], '1.21', '1.25', 'batch/v1');
removed(['discovery.k8s.io/v1beta1'], ['EndpointSlice'], '1.21', '1.25', 'discovery.k8s.io/v1');
removed(['events.k8s.io/v1beta1'], ['Event'], '1.22', '1.25', 'events.k8s.io/v1');
removed(['autoscaling/v2beta1'], ['HorizontalPodAutoscaler'], '1.22', '1.25', 'autoscaling/v2');
removed(['policy/v1beta1'], ['PodDisruptionBudget'], '1.21', '1.25', 'policy/v1', message('api/note:pdb-v1-empty-selector'));
removed(['policy/v1beta1'], ['PodSecurityPolicy'], '1.21', '1.25', undefined, message('api/note:psp-no-replacement'));
removed(['policy/v1beta1'], ['Eviction'], '1.22', '1.25', 'policy/v1');
removed(['node.k8s.io/v1beta1'], ['RuntimeClass'], '1.22', '1.25', 'node.k8s.io/v1');
// v1.26
removed(['autoscaling/v2beta2'], ['HorizontalPodAutoscaler'], '1.23', '1.26', 'autoscaling/v2');
removed(['flowcontrol.apiserver.k8s.io/v1beta1'], ['FlowSchema', 'PriorityLevelConfiguration'], '1.23', '1.26', 'flowcontrol.apiserver.k8s.io/v1');
// v1.27
removed(['storage.k8s.io/v1beta1'], ['CSIStorageCapacity'], '1.24', '1.27', 'storage.k8s.io/v1');
// v1.29
removed(['flowcontrol.apiserver.k8s.io/v1beta2'], ['FlowSchema', 'PriorityLevelConfiguration'], '1.26', '1.29', 'flowcontrol.apiserver.k8s.io/v1');
// v1.32
removed(['flowcontrol.apiserver.k8s.io/v1beta3'], ['FlowSchema', 'PriorityLevelConfiguration'], '1.29', '1.32', 'flowcontrol.apiserver.k8s.io/v1');
// Deprecated, still served.
removed(['v1'], ['ComponentStatus'], '1.19', undefined);
removed(['v1'], ['Endpoints'], '1.33', undefined, 'discovery.k8s.io/v1');
entries.find((e) => e.apiVersion === 'v1' && e.kind === 'Endpoints')!.replacementKind = 'EndpointSlice';

export const REMOVED_APIS: readonly RemovedApi[] = entries;

/** Release that first served an apiVersion/kind, for those newer than the oldest target we offer. */
export const INTRODUCED_IN: Readonly<Record<string, string>> = {
	'networking.k8s.io/v1 Ingress': '1.19',
	'networking.k8s.io/v1 IngressClass': '1.19',
	'certificates.k8s.io/v1 CertificateSigningRequest': '1.19',
	'events.k8s.io/v1 Event': '1.19',
	'storage.k8s.io/v1 CSIDriver': '1.18',
	'node.k8s.io/v1 RuntimeClass': '1.20',
	'batch/v1 CronJob': '1.21',
	'discovery.k8s.io/v1 EndpointSlice': '1.21',
	'policy/v1 PodDisruptionBudget': '1.21',
	'policy/v1 Eviction': '1.22',
	'autoscaling/v2 HorizontalPodAutoscaler': '1.23',
	'flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema': '1.23',
	'flowcontrol.apiserver.k8s.io/v1beta2 PriorityLevelConfiguration': '1.23',
	'storage.k8s.io/v1 CSIStorageCapacity': '1.24',
	'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema': '1.26',
	'flowcontrol.apiserver.k8s.io/v1beta3 PriorityLevelConfiguration': '1.26',
	'authentication.k8s.io/v1 SelfSubjectReview': '1.28',
	'flowcontrol.apiserver.k8s.io/v1 FlowSchema': '1.29',
	'flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration': '1.29',
	'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy': '1.30',
	'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBinding': '1.30',
	'networking.k8s.io/v1 IPAddress': '1.33',
	'networking.k8s.io/v1 ServiceCIDR': '1.33',
	'storage.k8s.io/v1 VolumeAttributesClass': '1.34',
	'resource.k8s.io/v1 DeviceClass': '1.34',
	'resource.k8s.io/v1 ResourceClaim': '1.34',
	'resource.k8s.io/v1 ResourceClaimTemplate': '1.34',
	'resource.k8s.io/v1 ResourceSlice': '1.34',
	'admissionregistration.k8s.io/v1 MutatingAdmissionPolicy': '1.36',
	'admissionregistration.k8s.io/v1 MutatingAdmissionPolicyBinding': '1.36',
};

const byKey = new Map(entries.map((e) => [`${e.apiVersion} ${e.kind}`, e]));

export function lifecycleOf(apiVersion: string, kind: string): RemovedApi | undefined {
	return byKey.get(`${apiVersion} ${kind}`);
}

/** Compares "1.9" and "1.23" as releases, not as decimals. */
export function compareVersions(a: string, b: string): number {
	const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
	const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
	return aMajor - bMajor || aMinor - bMinor;
}
