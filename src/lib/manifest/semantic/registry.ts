// Which validators run for which kind. Keys are "group/Kind" with "" for the core group ("/Pod",
// "apps/Deployment"); a module exports its own table and rule list, and this file merges them.
import type { RuleInfo } from '../rule-catalogue.ts';
import type { SemanticValidator } from './context.ts';
import * as metadata from './metadata.ts';
import * as podSpec from './pod-spec.ts';
import * as workloads from './workloads.ts';
import * as batch from './batch.ts';
import * as service from './service.ts';
import * as networking from './networking.ts';
import * as autoscaling from './autoscaling.ts';
import * as policy from './policy.ts';
import * as rbac from './rbac.ts';
import * as configData from './config-data.ts';
import * as storage from './storage.ts';
import * as labelSelector from './label-selector.ts';
import * as downwardApi from './downward-api.ts';
import * as resourceClaims from './resource-claims.ts';
import * as podOverhead from './pod-overhead.ts';
import * as statefulSetUpdate from './statefulset-update.ts';

export interface SemanticModule {
	/** Validators by "group/Kind"; "*" runs for every built-in object. */
	readonly validators: Readonly<Record<string, SemanticValidator | readonly SemanticValidator[]>>;
	readonly rules: readonly RuleInfo[];
}

/** A module with what docs/manifest-rules.md calls it: its sub-heading there and its file in semantic/. */
export interface NamedSemanticModule extends SemanticModule {
	readonly file: string;
	readonly title: string;
}

const named = (file: string, title: string, module: SemanticModule): NamedSemanticModule => ({ file, title, validators: module.validators, rules: module.rules });

export const SEMANTIC_MODULES: readonly NamedSemanticModule[] = [
	named('metadata.ts', 'Object metadata', metadata),
	named('label-selector.ts', 'Label selectors, wherever an object holds one', labelSelector),
	named('pod-spec.ts', 'Pod spec, for Pods and every Pod template', podSpec),
	named('workloads.ts', 'Workloads', workloads),
	named('batch.ts', 'Jobs and CronJobs', batch),
	named('service.ts', 'Service, Endpoints and EndpointSlice', service),
	named('networking.ts', 'Networking: Ingress, IngressClass, NetworkPolicy, ServiceCIDR, IPAddress', networking),
	named('autoscaling.ts', 'Autoscaling: HorizontalPodAutoscaler', autoscaling),
	named('policy.ts', 'Policy: PodDisruptionBudget', policy),
	named('rbac.ts', 'RBAC: Role, ClusterRole and their bindings', rbac),
	named('config-data.ts', 'ConfigMap and Secret', configData),
	named('storage.ts', 'Storage: PersistentVolume and PersistentVolumeClaim', storage),
	named('downward-api.ts', 'Downward API: env fieldRef / resourceFieldRef and downwardAPI volume files', downwardApi),
	named('resource-claims.ts', 'Dynamic resource allocation: Pod resourceClaims and container claims', resourceClaims),
	named('pod-overhead.ts', 'Pod overhead (RuntimeClass admission)', podOverhead),
	named('statefulset-update.ts', 'StatefulSet rolling update: maxUnavailable', statefulSetUpdate),
];
const MODULES: readonly SemanticModule[] = SEMANTIC_MODULES;

// Spelled out (not flatMap) so that the rule ids stay a union of literals (RuleId).
export const SEMANTIC_RULES = [
	...metadata.rules,
	...labelSelector.rules,
	...podSpec.rules,
	...workloads.rules,
	...batch.rules,
	...service.rules,
	...networking.rules,
	...autoscaling.rules,
	...policy.rules,
	...rbac.rules,
	...configData.rules,
	...storage.rules,
	...downwardApi.rules,
	...resourceClaims.rules,
	...podOverhead.rules,
	...statefulSetUpdate.rules,
];

const byKey = new Map<string, SemanticValidator[]>();
for (const module of MODULES) {
	for (const [key, value] of Object.entries(module.validators)) {
		const list = byKey.get(key) ?? [];
		list.push(...(Array.isArray(value) ? value : [value as SemanticValidator]));
		byKey.set(key, list);
	}
}

export function validatorsFor(group: string, kind: string): readonly SemanticValidator[] {
	return [...(byKey.get('*') ?? []), ...(byKey.get(`${group}/${kind}`) ?? [])];
}
